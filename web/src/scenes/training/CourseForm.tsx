import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { EMPLOYMENT_TYPES } from "../../../../common/employment";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import { bindField, useActionForm } from "../../forms";
import { departmentOptions, useDepartments, useRoles } from "../../hooks";
import { useTexts } from "./labels";

const Values = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000),
  delivery: z.enum(["classroom", "elearning", "drill"]),
  mandatory: z.boolean(),
  newHire: z.boolean(),
  audienceKind: z.enum(["everyone", "roles", "employment", "departments"]),
  roleKeys: z.array(z.string()),
  types: z.array(z.string()),
  unitIds: z.array(z.string()),
  dueDate: z.string().nullable(),
  materialText: z.string().max(50_000),
  passMark: z.number().int().min(1).max(100),
  questions: z.array(
    z.object({ text: z.string(), choices: z.string(), correct: z.number().int().min(1).max(6) }),
  ),
});
type V = z.infer<typeof Values>;

function audienceOf(v: V) {
  switch (v.audienceKind) {
    case "roles":
      return { kind: "roles", roleKeys: v.roleKeys };
    case "employment":
      return { kind: "employment", types: v.types };
    case "departments":
      return { kind: "departments", unitIds: v.unitIds };
    default:
      return { kind: "everyone" };
  }
}

/** Adding a course to a draft plan: audience, delivery, deadline, and for e-learning a page and a quiz. */
export function CourseForm({ planId, onClose }: { planId: string; onClose(): void }) {
  const { tx, lang, pick } = useTexts();
  const { t } = useTranslation();
  const qc = useQueryClient();
  const roles = useRoles();
  const depts = useDepartments();
  const save = useMutation({
    mutationFn: (v: V) =>
      api.post("/api/training/courses", {
        body: {
          planId,
          title: v.title,
          description: v.description.trim() || undefined,
          delivery: v.delivery,
          mandatory: v.mandatory,
          newHire: v.newHire,
          audience: audienceOf(v),
          dueDate: v.dueDate ?? undefined,
          materialText: v.delivery === "elearning" && v.materialText.trim() ? v.materialText : undefined,
          quiz:
            v.delivery === "elearning" && v.questions.length
              ? {
                  passMark: v.passMark,
                  questions: v.questions.map((q) => ({
                    text: q.text,
                    choices: q.choices
                      .split("\n")
                      .map((c) => c.trim())
                      .filter(Boolean),
                    correct: q.correct - 1,
                  })),
                }
              : undefined,
        },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["training"] });
      onClose();
    },
  });
  const form = useActionForm(
    Values,
    {
      title: "",
      description: "",
      delivery: "classroom",
      mandatory: true,
      newHire: false,
      audienceKind: "everyone",
      roleKeys: [],
      types: [],
      unitIds: [],
      dueDate: null,
      materialText: "",
      passMark: 80,
      questions: [],
    },
    save.error,
  );
  const v = form.values;
  return (
    <Card withBorder>
      <form {...form.formProps((x) => save.mutate(x))}>
        <Stack>
          <Title order={3} size="h4">
            {tx("addCourse")}
          </Title>
          <TextInput
            label={tx("title")}
            required
            {...form.getInputProps("title")}
            data-testid="course-title"
          />
          <Textarea label={tx("description")} autosize minRows={2} {...form.getInputProps("description")} />
          <Select
            label={tx("delivery")}
            data={[
              { value: "classroom", label: lang === "en" ? "Classroom" : "集合研修" },
              { value: "elearning", label: lang === "en" ? "E-learning" : "eラーニング" },
              { value: "drill", label: lang === "en" ? "Drill" : "訓練" },
            ]}
            allowDeselect={false}
            {...form.getInputProps("delivery")}
            data-testid="course-delivery"
          />
          <Group>
            <Checkbox label={tx("mandatory")} {...form.getInputProps("mandatory", { type: "checkbox" })} />
            <Checkbox label={tx("newHire")} {...form.getInputProps("newHire", { type: "checkbox" })} />
          </Group>
          <SegmentedControl
            aria-label={tx("audience")}
            data={[
              { value: "everyone", label: tx("everyone") },
              { value: "roles", label: tx("byRoles") },
              { value: "employment", label: tx("byEmployment") },
              { value: "departments", label: tx("byDepartments") },
            ]}
            {...form.getInputProps("audienceKind")}
          />
          {v.audienceKind === "roles" && (
            <MultiSelect
              label={tx("byRoles")}
              data={roles.map((r) => ({ value: r.key, label: pick(r.title) }))}
              {...form.getInputProps("roleKeys")}
              error={form.errors["audience.roleKeys"] ?? form.errors.roleKeys}
            />
          )}
          {v.audienceKind === "employment" && (
            <MultiSelect
              label={tx("byEmployment")}
              data={EMPLOYMENT_TYPES.map((e) => ({ value: e, label: t(`employment.${e}`) }))}
              {...form.getInputProps("types")}
              error={form.errors["audience.types"] ?? form.errors.types}
            />
          )}
          {v.audienceKind === "departments" && (
            <MultiSelect
              label={tx("byDepartments")}
              data={departmentOptions(depts.data)}
              searchable
              {...form.getInputProps("unitIds")}
              error={form.errors["audience.unitIds"] ?? form.errors.unitIds}
            />
          )}
          <DateField label={tx("dueDate")} {...bindField(form, "dueDate")} />
          {v.delivery === "elearning" && (
            <>
              <Textarea
                label={tx("materialText")}
                autosize
                minRows={4}
                {...form.getInputProps("materialText")}
                data-testid="course-material-input"
              />
              <NumberInput
                label={tx("passMark", { n: "" })}
                min={1}
                max={100}
                {...form.getInputProps("passMark")}
              />
              <Title order={4} size="h5">
                {tx("quizQuestions")}
              </Title>
              {v.questions.map((_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: questions are edited in place
                <Card withBorder key={i}>
                  <Stack gap="xs">
                    <Group justify="space-between">
                      <span>{tx("question", { n: i + 1 })}</span>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={tx("remove")}
                        onClick={() => form.removeListItem("questions", i)}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                    <TextInput label={tx("questionText")} {...form.getInputProps(`questions.${i}.text`)} />
                    <Textarea
                      label={tx("choices")}
                      autosize
                      minRows={2}
                      {...form.getInputProps(`questions.${i}.choices`)}
                    />
                    <NumberInput
                      label={tx("correct")}
                      min={1}
                      max={6}
                      {...form.getInputProps(`questions.${i}.correct`)}
                    />
                  </Stack>
                </Card>
              ))}
              <Button
                variant="light"
                onClick={() => form.insertListItem("questions", { text: "", choices: "", correct: 1 })}
              >
                {tx("addQuestion")}
              </Button>
            </>
          )}
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="course-save">
              {tx("save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
