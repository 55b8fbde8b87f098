import { Group, Select, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { z } from "zod";
import { FINDING_SEVERITY_LABELS } from "../../../../common/labels";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { useTexts } from "./labels";

const SEVERITIES = ["high", "medium", "low"] as const;
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The fields of a finding, as the server's FindingFields (server/modules/assurance/schema.ts) read
 * them: one shape for a finding raised from a sheet's answer and an auditor's observation.
 */
export const FindingValues = z.object({
  departmentId: z.string(),
  title: z.string().trim().max(300),
  severity: z.enum(SEVERITIES),
  dueDate: IsoDate,
  ownerPersonId: z.string(),
  correctiveAction: z.string().trim().max(4000),
});
export type FindingFormValues = z.infer<typeof FindingValues>;

/** The body both finding routes share; empty optional fields are left out. */
export function findingBody(v: FindingFormValues) {
  return {
    title: v.title.trim(),
    severity: v.severity,
    dueDate: v.dueDate,
    ownerPersonId: v.ownerPersonId || undefined,
    correctiveAction: v.correctiveAction.trim() || undefined,
  };
}

/**
 * Title, severity, deadline, corrective action — and the audited 課 (`units`, an observation) or
 * the owner (`withOwner`, a finding from an answer). Server errors land at these fields by name.
 */
export function FindingFields({
  form,
  units,
  withOwner = false,
  titleRequired = false,
  testIdPrefix = "finding",
}: {
  form: UseFormReturnType<FindingFormValues>;
  units?: Array<{ id: string; name: string | null }>;
  withOwner?: boolean;
  titleRequired?: boolean;
  testIdPrefix?: string;
}) {
  const { tx, lab } = useTexts();
  return (
    <>
      <TextInput
        label={tx("title")}
        required={titleRequired}
        maxLength={300}
        data-testid={`${testIdPrefix}-title`}
        {...form.getInputProps("title")}
      />
      <Group grow align="flex-start">
        {units && (
          <Select
            label={tx("auditedUnits")}
            data={units.map((u) => ({ value: u.id, label: u.name ?? "—" }))}
            allowDeselect={false}
            required
            data-testid={`${testIdPrefix}-unit`}
            {...form.getInputProps("departmentId")}
          />
        )}
        <Select
          label={tx("severity")}
          data={SEVERITIES.map((v) => ({ value: v, label: lab(FINDING_SEVERITY_LABELS, v) }))}
          allowDeselect={false}
          required
          data-testid={`${testIdPrefix}-severity`}
          {...form.getInputProps("severity")}
        />
        <DateField
          label={tx("dueDate")}
          value={form.values.dueDate || null}
          onChange={(v) => form.setFieldValue("dueDate", v ?? "")}
          error={form.errors.dueDate}
          required
          data-testid={`${testIdPrefix}-due`}
        />
      </Group>
      {withOwner && (
        <PersonPicker
          label={tx("owner")}
          value={form.values.ownerPersonId || null}
          onChange={(id) => form.setFieldValue("ownerPersonId", id ?? "")}
          error={form.errors.ownerPersonId}
          data-testid={`${testIdPrefix}-owner`}
        />
      )}
      <Textarea
        label={tx("correctiveAction")}
        autosize
        minRows={2}
        maxLength={4000}
        data-testid={`${testIdPrefix}-action`}
        {...form.getInputProps("correctiveAction")}
      />
    </>
  );
}
