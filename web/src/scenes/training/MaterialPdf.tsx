import { Anchor, Button, FileInput, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
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

/** Upload or replace an e-learning course's PDF (the organizer, while the plan is a draft). */
export function MaterialPdfUpload({ course }: { course: CourseMaterial }) {
  const { tx } = useSceneWords(scene);
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      if (file) form.set("file", file);
      return api.post("/api/training/courses/{id}/material", { path: { id: course.id }, body: form });
    },
    onSuccess: () => {
      setFile(null);
      void qc.invalidateQueries({ queryKey: ["training"] });
    },
  });
  return (
    <Stack gap={4} data-testid={`course-material-upload-${course.id}`}>
      {course.hasPdf && (
        <Text size="xs" c="dimmed">
          {tx("uploaded")}: <MaterialPdfLink course={course} />
        </Text>
      )}
      <Group align="flex-end" gap="xs">
        <FileInput
          aria-label={tx("pdf")}
          placeholder={tx("pdf")}
          accept="application/pdf"
          value={file}
          onChange={setFile}
          size="xs"
          w={220}
        />
        <Button size="xs" disabled={!file} loading={upload.isPending} onClick={() => upload.mutate()}>
          {course.hasPdf ? tx("replace") : tx("upload")}
        </Button>
      </Group>
      {upload.error && <ErrorAlert error={upload.error} />}
    </Stack>
  );
}
