import { Button, Card, Group, Select, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, useFieldError } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { TrainingPlan } from "../../contract";
import { departmentOptions, useDepartments } from "../../hooks";
import { dutyLabel, useTexts } from "./labels";

/** The profile's chain of reports of a plan (西原村 6.2(2)⑤⑥⑦): each step a record with its date. */
export function Reports({ plan }: { plan: TrainingPlan }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const depts = useDepartments();
  const reports = useQuery({
    queryKey: ["training", "reports", plan.id],
    queryFn: () => api.get("/api/training/reports", { query: { planId: plan.id } }),
  });
  const chain = reports.data?.data.chain ?? [];
  const rows = reports.data?.data.reports ?? [];
  const [stepKey, setStepKey] = useState<string | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [reportedOn, setReportedOn] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const make = useMutation({
    mutationFn: () =>
      api.post("/api/training/reports", {
        body: {
          planId: plan.id,
          stepKey,
          departmentId: departmentId ?? undefined,
          reportedOn,
          note: note.trim() || undefined,
        },
      }),
    onSuccess: () => {
      setNote("");
      return qc.invalidateQueries({ queryKey: ["training", "reports", plan.id] });
    },
  });
  const fieldError = useFieldError(make.error);
  const stepTitle = (key: string) => {
    const step = chain.find((s) => s.key === key);
    return step ? pick(step.title) : "—";
  };
  return (
    <div>
      <Title order={3} size="h4" mb="xs">
        {tx("reports")}
      </Title>
      {!chain.length ? (
        <Empty>{tx("noChain")}</Empty>
      ) : (
        <Stack>
          <Table data-testid="report-chain">
            <Table.Tbody>
              {chain.map((s, i) => (
                <Table.Tr key={s.key}>
                  <Table.Td>
                    {i + 1}. {pick(s.title)}
                  </Table.Td>
                  <Table.Td>
                    {dutyLabel(s.by, pick)} → {dutyLabel(s.to, pick)}
                  </Table.Td>
                  <Table.Td>
                    <ClauseLink id={s.clause} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {rows.length > 0 && (
            <Table striped data-testid="reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx("reportStep")}</Table.Th>
                  <Table.Th>{tx("department")}</Table.Th>
                  <Table.Th>{tx("reportedOn")}</Table.Th>
                  <Table.Th>{tx("note")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{stepTitle(r.stepKey)}</Table.Td>
                    <Table.Td>
                      {r.departmentId ? (depts.data?.byId.get(r.departmentId)?.name ?? "—") : "—"}
                    </Table.Td>
                    <Table.Td>
                      <DateText value={r.reportedOn} />
                    </Table.Td>
                    <Table.Td>{r.note ?? ""}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {plan.status === "in_effect" && (
            <Card withBorder>
              <Stack>
                <Select
                  label={tx("reportStep")}
                  data={chain.map((s) => ({ value: s.key, label: pick(s.title) }))}
                  value={stepKey}
                  onChange={setStepKey}
                  error={fieldError("stepKey")}
                />
                {stepKey === chain[0]?.key && (
                  <Select
                    label={tx("department")}
                    data={departmentOptions(depts.data, true)}
                    value={departmentId}
                    onChange={setDepartmentId}
                    searchable
                    error={fieldError("departmentId")}
                  />
                )}
                <DateField
                  label={tx("reportedOn")}
                  value={reportedOn}
                  onChange={setReportedOn}
                  error={fieldError("reportedOn")}
                />
                <Textarea
                  label={tx("note")}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  autosize
                />
                <ErrorAlert error={make.error} />
                <Group justify="flex-end">
                  <Button
                    onClick={() => make.mutate()}
                    disabled={!stepKey || !reportedOn}
                    loading={make.isPending}
                  >
                    {tx("makeReport")}
                  </Button>
                </Group>
                <Text size="xs" c="dimmed">
                  {tx("completionHint")}
                </Text>
              </Stack>
            </Card>
          )}
        </Stack>
      )}
    </div>
  );
}
