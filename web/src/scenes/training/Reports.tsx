import { Button, Card, Group, Select, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { TrainingPlan } from "../../contract";
import { requiredChoice, requiredDate } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { departmentOptions, useDepartments } from "../../hooks";
import { dutyLabel, useTexts } from "./labels";

const ReportValues = z.object({
  stepKey: requiredChoice,
  departmentId: z.string().nullable(),
  reportedOn: requiredDate,
  note: z.string().max(4000),
});
type Chain = Array<{ key: string; title: { ja: string; en: string } }>;

/** One report of the chain; the first step names the 課 it is from (the server asks for it). */
function ReportForm({ plan, chain }: { plan: TrainingPlan; chain: Chain }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const depts = useDepartments();
  const make = useMutation({
    mutationFn: (v: z.output<typeof ReportValues>) =>
      api.post("/api/training/reports", {
        body: {
          planId: plan.id,
          stepKey: v.stepKey,
          departmentId: v.departmentId ?? undefined,
          reportedOn: v.reportedOn,
          note: v.note.trim() || undefined,
        },
      }),
    onSuccess: () => {
      form.setFieldValue("note", "");
      return qc.invalidateQueries({ queryKey: ["training", "reports", plan.id] });
    },
  });
  const form = useActionForm(
    ReportValues,
    { stepKey: null, departmentId: null, reportedOn: null, note: "" },
    make.error,
  );
  const v = form.values;
  return (
    <Card withBorder>
      <form {...form.formProps((x) => make.mutate(ReportValues.parse(x)))} data-testid="report-form">
        <Stack>
          <Select
            label={tx("reportStep")}
            required
            data={chain.map((s) => ({ value: s.key, label: pick(s.title) }))}
            allowDeselect={false}
            {...form.getInputProps("stepKey")}
            data-testid="report-step"
          />
          {v.stepKey === chain[0]?.key && (
            <Select
              label={tx("department")}
              data={departmentOptions(depts.data, true)}
              searchable
              allowDeselect={false}
              {...form.getInputProps("departmentId")}
            />
          )}
          <DateField
            label={tx("reportedOn")}
            required
            {...bindField(form, "reportedOn")}
            data-testid="report-on"
          />
          <Textarea label={tx("note")} autosize {...form.getInputProps("note")} />
          <ErrorAlert error={make.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={make.isPending} data-testid="report-make">
              {tx("makeReport")}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {tx("completionHint")}
          </Text>
        </Stack>
      </form>
    </Card>
  );
}

/** The profile's chain of reports of a plan (西原村 6.2(2)⑤⑥⑦): each step a record with its date. */
export function Reports({ plan }: { plan: TrainingPlan }) {
  const { tx, pick } = useTexts();
  const depts = useDepartments();
  const reports = useQuery({
    queryKey: ["training", "reports", plan.id],
    queryFn: () => api.get("/api/training/reports", { query: { planId: plan.id } }),
  });
  const chain = reports.data?.data.chain ?? [];
  const rows = reports.data?.data.reports ?? [];
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
          {plan.status === "in_effect" && <ReportForm plan={plan} chain={chain} />}
        </Stack>
      )}
    </div>
  );
}
