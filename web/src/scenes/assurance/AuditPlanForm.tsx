import {
  ActionIcon,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { fiscalYear } from "../../../../common/calendar";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { AuditKind } from "../../contract";
import { bindField, useActionForm } from "../../forms";
import { departmentOptions, useDepartments } from "../../hooks";
import { useTexts } from "./labels";
import { ContractorsPicker, SystemsPicker } from "./ScopePickers";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** What the browser can check; the server checks the rest (each auditor's independence). */
const Values = z.object({
  kind: z.string().min(1),
  fiscalYear: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(300),
  unitIds: z.array(z.string()).min(1).max(200),
  systemIds: z.array(z.string()).max(200),
  contractorIds: z.array(z.string()).max(200),
  scopeNote: z.string().trim().max(4000),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  startDate: IsoDate,
  endDate: IsoDate,
  auditors: z
    .array(z.object({ personId: z.string().uuid(), unavoidableReason: z.string().trim().max(2000) }))
    .min(1)
    .max(20),
});
type V = z.infer<typeof Values>;
type DateKey = "periodFrom" | "periodTo" | "startDate" | "endDate";

/** 監査実施計画: the server checks each auditor's independence from the directory as of the start date. */
export function AuditPlanForm({ kinds, onDone }: { kinds: AuditKind[]; onDone(): void }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const departments = useDepartments();
  const plan = useMutation({
    mutationFn: (v: V) =>
      api.post("/api/assurance/audits", {
        body: {
          ...v,
          title: v.title.trim(),
          scopeNote: v.scopeNote.trim() || undefined,
          auditors: v.auditors.map((a) => ({
            personId: a.personId,
            unavoidableReason: a.unavoidableReason.trim() || undefined,
          })),
        },
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["assurance"] });
      onDone();
    },
  });
  const form = useActionForm(
    Values,
    {
      kind: kinds[0]?.key ?? "",
      fiscalYear: fiscalYear(new Date()),
      title: "",
      unitIds: [],
      systemIds: [],
      contractorIds: [],
      scopeNote: "",
      periodFrom: "",
      periodTo: "",
      startDate: "",
      endDate: "",
      auditors: [{ personId: "", unavoidableReason: "" }],
    },
    plan.error,
  );
  const date = (key: DateKey, label: string) => (
    <DateField
      label={label}
      value={form.values[key] || null}
      onChange={(v) => form.setFieldValue(key, v ?? "")}
      error={form.errors[key]}
      required
      data-testid={`audit-${key}`}
    />
  );
  return (
    <Card withBorder mb="md" data-testid="audit-plan-form">
      <form {...form.formProps((v) => plan.mutate(v))}>
        <Stack>
          <Text fw={500}>{tx("planAudit")}</Text>
          <Group grow align="flex-start">
            <Select
              label={tx("kind")}
              data={kinds.map((k) => ({ value: k.key, label: pick(k.title) }))}
              allowDeselect={false}
              required
              {...form.getInputProps("kind")}
            />
            <NumberInput
              label={tx("fiscalYear")}
              min={2000}
              max={2100}
              required
              {...form.getInputProps("fiscalYear")}
            />
          </Group>
          <TextInput
            label={tx("title")}
            required
            maxLength={300}
            data-testid="audit-title"
            {...form.getInputProps("title")}
          />
          <MultiSelect
            label={tx("auditedUnits")}
            data={departmentOptions(departments.data)}
            searchable
            required
            data-testid="audit-units"
            {...form.getInputProps("unitIds")}
          />
          <SystemsPicker
            label={tx("auditedSystems")}
            {...bindField(form, "systemIds")}
            data-testid="audit-systems"
          />
          <ContractorsPicker
            label={tx("auditedContractors")}
            {...bindField(form, "contractorIds")}
            data-testid="audit-contractors"
          />
          <Textarea label={tx("scopeNote")} autosize maxLength={4000} {...form.getInputProps("scopeNote")} />
          <Group grow align="flex-start">
            {date("periodFrom", tx("periodFrom"))}
            {date("periodTo", tx("periodTo"))}
          </Group>
          <Group grow align="flex-start">
            {date("startDate", tx("startDate"))}
            {date("endDate", tx("endDate"))}
          </Group>
          <Text size="sm" fw={500}>
            {tx("auditors")}{" "}
            <Text component="span" c="red" aria-hidden>
              *
            </Text>
          </Text>
          {form.values.auditors.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id before they are saved
            <Group key={i} align="flex-end" wrap="nowrap">
              <PersonPicker
                aria-label={tx("auditors")}
                value={a.personId || null}
                onChange={(id) => form.setFieldValue(`auditors.${i}.personId`, id ?? "")}
                w={280}
                required
                data-testid="audit-auditor"
                error={form.errors[`auditors.${i}.personId`] ?? (i === 0 ? form.errors.auditors : undefined)}
              />
              <TextInput
                label={tx("unavoidableReason")}
                maxLength={2000}
                style={{ flex: 1 }}
                {...form.getInputProps(`auditors.${i}.unavoidableReason`)}
              />
              {form.values.auditors.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={tx("cancel")}
                  onClick={() => form.removeListItem("auditors", i)}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => form.insertListItem("auditors", { personId: "", unavoidableReason: "" })}
            >
              {tx("addAuditor")}
            </Button>
          </Group>
          <ErrorAlert error={plan.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={plan.isPending} data-testid="audit-plan-save">
              {tx("create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
