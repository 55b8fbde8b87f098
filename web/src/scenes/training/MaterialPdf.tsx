import { Anchor, Button, FileInput, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { useActionForm } from "../../forms";
import { sceneWords, useSceneWords } from "../../i18n";
import trainingMaterialWords from "../../locales/scenes/trainingMaterial.json";

const scene = sceneWords("trainingMaterial", trainingMaterialWords);

interface CourseMaterial {
  id: string;
  hasPdf: boolean;
  materialPdfName: string | null;
}

/** The course's PDF material, as a download (never shown inline: a file of the organizer's). */
export function MaterialPdfLink({ course }: { course: CourseMaterial }) {
  const { tx } = useSceneWords(scene);
  if (!course.hasPdf) return null;
  return (
    <Anchor
      href={`/api/training/courses/${course.id}/material`}
      download={course.materialPdfName ?? undefined}
      data-testid="course-material-pdf"
    >
      {tx("open")}
      {course.materialPdfName ? `（${course.materialPdfName}）` : ""}
    </Anchor>
  );
}

const PdfValues = z.object({ file: z.file().nullable().pipe(z.file()) });

/** Upload or replace an e-learning course's PDF (the organizer, while the plan is a draft). */
export function MaterialPdfUpload({ course }: { course: CourseMaterial }) {
  const { tx } = useSceneWords(scene);
  const qc = useQueryClient();
  const upload = useMutation({
    mutationFn: (v: z.output<typeof PdfValues>) => {
      const body = new FormData();
      body.set("file", v.file);
      return api.post("/api/training/courses/{id}/material", { path: { id: course.id }, body });
    },
    onSuccess: () => {
      form.reset();
      void qc.invalidateQueries({ queryKey: ["training"] });
    },
  });
  const form = useActionForm(PdfValues, { file: null }, upload.error);
  return (
    <form
      {...form.formProps((v) => upload.mutate(PdfValues.parse(v)))}
      data-testid={`course-material-upload-${course.id}`}
    >
      <Stack gap={4}>
        {course.hasPdf && (
          <Text size="xs" c="dimmed">
            {tx("uploaded")}: <MaterialPdfLink course={course} />
          </Text>
        )}
        <Group align="flex-start" gap="xs">
          <FileInput
            aria-label={tx("pdf")}
            placeholder={tx("pdf")}
            accept="application/pdf"
            required
            {...form.getInputProps("file")}
            size="xs"
            w={220}
          />
          <Button type="submit" size="xs" loading={upload.isPending}>
            {course.hasPdf ? tx("replace") : tx("upload")}
          </Button>
        </Group>
        <ErrorAlert error={upload.error} />
      </Stack>
    </form>
  );
}
