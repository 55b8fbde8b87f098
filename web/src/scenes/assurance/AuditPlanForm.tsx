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
import { useState } from "react";
import { fiscalYear } from "../../../../common/calendar";
import { api } from "../../api";
import { ErrorAlert, useFieldError } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { AuditKind } from "../../contract";
import { departmentOptions, useDepartments } from "../../hooks";
import { useTexts } from "./texts";

interface AuditorDraft {
  personId: string | null;
  reason: string;
}

/** 監査実施計画: the server checks each auditor's independence from the directory as of the start date. */
export function AuditPlanForm({ kinds, onDone }: { kinds: AuditKind[]; onDone(): void }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const departments = useDepartments();
  const [kind, setKind] = useState<string | null>(kinds[0]?.key ?? null);
  const [year, setYear] = useState<number>(fiscalYear(new Date()));
  const [title, setTitle] = useState("");
  const [units, setUnits] = useState<string[]>([]);
  const [scopeNote, setScopeNote] = useState("");
  const [dates, setDates] = useState<Record<string, string | null>>({});
  const [auditors, setAuditors] = useState<AuditorDraft[]>([{ personId: null, reason: "" }]);
  const plan = useMutation({
    mutationFn: () =>
      api.post("/api/assurance/audits", {
        kind,
        fiscalYear: year,
        title: title.trim(),
        unitIds: units,
        scopeNote: scopeNote.trim() || undefined,
        periodFrom: dates.periodFrom,
        periodTo: dates.periodTo,
        startDate: dates.startDate,
        endDate: dates.endDate,
        auditors: auditors
          .filter((a) => a.personId)
          .map((a) => ({ personId: a.personId, unavoidableReason: a.reason.trim() || undefined })),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["assurance"] });
      onDone();
    },
  });
  const fieldError = useFieldError(plan.error);
  const date = (key: string, label: string) => (
    <DateField
      label={label}
      value={dates[key] ?? null}
      onChange={(v) => setDates((d) => ({ ...d, [key]: v }))}
      error={fieldError(key)}
      required
    />
  );
  const setAuditor = (i: number, a: AuditorDraft) =>
    setAuditors((all) => all.map((x, j) => (j === i ? a : x)));
  return (
    <Card withBorder mb="md" data-testid="audit-plan-form">
      <Stack>
        <Text fw={500}>{tx("planAudit")}</Text>
        <Group grow align="flex-start">
          <Select
            label={tx("kind")}
            data={kinds.map((k) => ({ value: k.key, label: pick(k.title) }))}
            value={kind}
            onChange={setKind}
            allowDeselect={false}
          />
          <NumberInput
            label={tx("fiscalYear")}
            value={year}
            onChange={(v) => setYear(Number(v))}
            min={2000}
            max={2100}
          />
        </Group>
        <TextInput
          label={tx("title")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          error={fieldError("title")}
          data-testid="audit-title"
        />
        <MultiSelect
          label={tx("auditedUnits")}
          data={departmentOptions(departments.data)}
          value={units}
          onChange={setUnits}
          searchable
          required
          error={fieldError("unitIds")}
          data-testid="audit-units"
        />
        <Textarea
          label={tx("scopeNote")}
          value={scopeNote}
          onChange={(e) => setScopeNote(e.currentTarget.value)}
          autosize
        />
        <Group grow align="flex-start">
          {date("periodFrom", tx("periodFrom"))}
          {date("periodTo", tx("periodTo"))}
        </Group>
        <Group grow align="flex-start">
          {date("startDate", tx("startDate"))}
          {date("endDate", tx("endDate"))}
        </Group>
        <Text size="sm" fw={500}>
          {tx("auditors")}
        </Text>
        {auditors.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id before they are saved
          <Group key={i} align="flex-end" wrap="nowrap">
            <PersonPicker
              aria-label={tx("auditors")}
              value={a.personId}
              onChange={(id) => setAuditor(i, { ...a, personId: id })}
              w={280}
              error={fieldError(`auditors.${i}.personId`)}
            />
            <TextInput
              label={tx("unavoidableReason")}
              value={a.reason}
              onChange={(e) => setAuditor(i, { ...a, reason: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            {auditors.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={tx("cancel")}
                onClick={() => setAuditors((all) => all.filter((_, j) => j !== i))}
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
            onClick={() => setAuditors((all) => [...all, { personId: null, reason: "" }])}
          >
            {tx("addAuditor")}
          </Button>
        </Group>
        <ErrorAlert error={plan.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tx("cancel")}
          </Button>
          <Button onClick={() => plan.mutate()} loading={plan.isPending} data-testid="audit-plan-save">
            {tx("create")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
