import { Anchor, Badge, Button, Card, Group, NumberInput, Stack, Table, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { YearlyReportList } from "../../contract";
import { useActionForm } from "../../forms";
import { Link, navigate } from "../../router";
import { useTexts } from "./labels";

type Rule = NonNullable<YearlyReportList["rule"]>;

/** YearlyReq as the browser checks it (server/modules/reports/schema.ts). */
const GenerateValues = z.object({
  fiscalYear: z.number().int().min(2000).max(2100),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
type GenerateV = z.infer<typeof GenerateValues>;

function GenerateForm({ rule, onDone }: { rule: Rule; onDone(): void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (body: GenerateV) => api.post("/api/reports/yearly", { body }),
    onSuccess: (res) => {
      void qc.invalidateQueries({ queryKey: ["reports"] });
      onDone();
      navigate(`/reports/yearly/${res.data.id}`);
    },
  });
  const form = useActionForm(
    GenerateValues,
    { fiscalYear: rule.defaultFiscalYear, asOf: rule.defaultAsOf },
    create.error,
  );
  return (
    <Card withBorder mb="md" data-testid="yearly-generate">
      <form {...form.formProps((v) => create.mutate(v))}>
        <Stack>
          <NumberInput
            label={tx("fiscalYear")}
            description={tx("fiscalYearHint")}
            min={2000}
            max={2100}
            allowDecimal={false}
            required
            data-testid="yearly-fiscal-year"
            {...form.getInputProps("fiscalYear")}
            onChange={(v) => {
              const fy = typeof v === "number" ? v : Number(v);
              form.setFieldValue("fiscalYear", fy);
              // The snapshot date follows the year: the same day of that 年度's closing.
              if (Number.isInteger(fy)) form.setFieldValue("asOf", `${fy + 1}-${rule.defaultAsOf.slice(5)}`);
            }}
          />
          <DateField
            label={tx("asOf")}
            description={tx("asOfHint")}
            value={form.values.asOf || null}
            onChange={(v) => form.setFieldValue("asOf", v ?? "")}
            error={form.errors.asOf}
            required
            data-testid="yearly-as-of"
          />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="yearly-create">
              {tx("create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** 年次報告: the reports of the active profile and generating one: /reports/yearly. */
export default function YearlyReports() {
  const { tx, pick } = useTexts();
  const [creating, setCreating] = useState(false);
  const q = useQuery({
    queryKey: ["reports", "yearly"],
    queryFn: () => api.get("/api/reports/yearly"),
  });
  const rule = q.data?.rule ?? null;
  const reports = q.data?.data ?? [];
  return (
    <>
      <PageHeader
        title={tx("yearlyReports")}
        description={tx("hint")}
        actions={
          q.data?.policies.generate &&
          rule &&
          !creating && (
            <Button onClick={() => setCreating(true)} data-testid="yearly-new">
              {tx("generate")}
            </Button>
          )
        }
      />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {rule && (
          <Card withBorder mb="md">
            <Group gap="xs" mb={4}>
              <Text fw={600}>{pick(rule.title)}</Text>
              <Badge color={rule.required ? "blue" : "gray"} variant="light">
                {rule.required ? tx("required") : tx("notRequired")}
              </Badge>
            </Group>
            <Text size="sm">
              {tx("recipient")}: {pick(rule.recipient)}
            </Text>
            <Text size="sm">
              {tx("basis")}: {pick(rule.basis)} <ClauseLink id={rule.clause} />
            </Text>
          </Card>
        )}
        {creating && rule && <GenerateForm rule={rule} onDone={() => setCreating(false)} />}
        {reports.length === 0 ? (
          <Empty>{tx("noReports")}</Empty>
        ) : (
          <Table striped data-testid="yearly-reports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("fiscalYear")}</Table.Th>
                <Table.Th>{tx("asOf")}</Table.Th>
                <Table.Th>{tx("state")}</Table.Th>
                <Table.Th>{tx("generatedAt")}</Table.Th>
                <Table.Th>{tx("generatedBy")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/reports/yearly/${r.id}`}>
                      {r.fiscalYearLabel}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <DateText value={r.asOf} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={r.state === "approved" ? "green" : "yellow"}>
                      {r.state === "approved" ? tx("approved") : tx("draft")}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <DateText value={r.generatedAt} time />
                  </Table.Td>
                  <Table.Td>{r.generatedByName ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
