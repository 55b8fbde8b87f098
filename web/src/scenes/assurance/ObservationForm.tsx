import { Button, Card, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FINDING_SEVERITY_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ErrorAlert, useFieldError } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { AssuranceAuditDetail } from "../../contract";
import { useTexts } from "./labels";

/** During fieldwork a named auditor records an observation as a finding of an audited unit (10.1(7)). */
export function ObservationForm({ audit }: { audit: AssuranceAuditDetail["data"] }) {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const [unit, setUnit] = useState<string | null>(audit.units[0]?.id ?? null);
  const [title, setTitle] = useState("");
  const [severity, setSeverity] = useState<string | null>("medium");
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [action, setAction] = useState("");
  const create = useMutation({
    mutationFn: () =>
      api.post("/api/assurance/audits/{id}/findings", {
        path: { id: audit.id },
        body: {
          departmentId: unit ?? "",
          title: title.trim(),
          severity: (severity ?? "medium") as "medium",
          dueDate: dueDate ?? "",
          correctiveAction: action.trim() || undefined,
        },
      }),
    onSuccess: () => {
      setTitle("");
      setAction("");
      void qc.invalidateQueries({ queryKey: ["assurance"] });
    },
  });
  const fieldError = useFieldError(create.error);
  return (
    <Card withBorder data-testid="audit-observation">
      <Stack gap="xs">
        <Text fw={500}>{tx("observation")}</Text>
        <Group grow align="flex-start">
          <Select
            label={tx("auditedUnits")}
            data={audit.units.map((u) => ({ value: u.id, label: u.name ?? "—" }))}
            value={unit}
            onChange={setUnit}
            allowDeselect={false}
            error={fieldError("departmentId")}
          />
          <Select
            label={tx("severity")}
            data={["high", "medium", "low"].map((v) => ({
              value: v,
              label: lab(FINDING_SEVERITY_LABELS, v),
            }))}
            value={severity}
            onChange={setSeverity}
            allowDeselect={false}
            error={fieldError("severity")}
          />
          <DateField
            label={tx("dueDate")}
            value={dueDate}
            onChange={setDueDate}
            required
            error={fieldError("dueDate")}
          />
        </Group>
        <TextInput
          label={tx("title")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError("title")}
        />
        <Textarea
          label={tx("correctiveAction")}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <ErrorAlert error={create.error} />
        <Group>
          <Button
            onClick={() => create.mutate()}
            loading={create.isPending}
            disabled={!title.trim() || !dueDate}
          >
            {tx("raiseFinding")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
