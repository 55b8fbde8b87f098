import { Anchor, Badge, Group, Select, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import type { SupplierCheckRow } from "../../contract";
import { Link } from "../../router";
import { IMPORTANCE_LABELS, RESULT_LABELS } from "./labels";
import { useServiceTexts } from "./service-labels";

function ReportTable({ rows }: { rows: SupplierCheckRow[] }) {
  const { tx, lab, pick } = useServiceTexts();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{tx("checkedOn")}</Table.Th>
          <Table.Th>{tx("contractSubject")}</Table.Th>
          <Table.Th>{tx("contractor")}</Table.Th>
          <Table.Th>{tx("department")}</Table.Th>
          <Table.Th>{tx("result")}</Table.Th>
          <Table.Th>{tx("findings")}</Table.Th>
          <Table.Th>{tx("measures")}</Table.Th>
          <Table.Th>{tx("reportedTo")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <DateText value={r.checkedOn} />
              <Text size="xs" c="dimmed">
                {r.checkedByName ?? "—"}
              </Text>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} href={`/suppliers/contracts/${r.contractId}`}>
                {r.subject}
              </Anchor>
            </Table.Td>
            <Table.Td>{r.contractorName}</Table.Td>
            <Table.Td>{r.departmentName ?? "—"}</Table.Td>
            <Table.Td>
              <Badge color={r.result === "issues" ? "red" : "green"} variant="light">
                {lab(RESULT_LABELS, r.result)}
              </Badge>
            </Table.Td>
            <Table.Td>{r.findings ?? "—"}</Table.Td>
            <Table.Td>{r.measures ?? "—"}</Table.Td>
            <Table.Td>{r.reportedToLabels.map((l) => pick(l)).join("、") || "—"}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The reports of contractor checks (西原村 9.1(3): 課長 → ネットワーク管理者, and the CISO by importance):
 * the important ones first, then the rest.
 */
export default function CheckReports() {
  const { tx, lab } = useServiceTexts();
  const [view, setView] = useState<string | null>("reported_to_me");
  const [importance, setImportance] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const filters = {
    view: view ?? "reported_to_me",
    importance: importance ?? undefined,
    result: result ?? undefined,
  };
  const q = useQuery({
    queryKey: ["suppliers", "checks", view, importance, result],
    queryFn: () => api.get("/api/suppliers/checks", { query: { ...filters, limit: 500 } }),
  });
  const rows = q.data?.data ?? [];
  const groups = (["high", "normal"] as const)
    .map((level) => ({ level, rows: rows.filter((r) => r.importance === level) }))
    .filter((g) => g.rows.length > 0);
  return (
    <Stack>
      <PageHeader title={tx("reports")} description={tx("reportsHint")} />
      {q.data?.clauseLabel && (
        <Text size="sm">
          {tx("basis")}: {q.data.clauseLabel}
        </Text>
      )}
      <Tabs value={view} onChange={setView}>
        <Tabs.List>
          <Tabs.Tab value="reported_to_me">{tx("reportedToMe")}</Tabs.Tab>
          <Tabs.Tab value="all">{tx("allChecks")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group>
        <Select
          label={tx("importanceFilter")}
          clearable
          value={importance}
          onChange={setImportance}
          data={Object.keys(IMPORTANCE_LABELS).map((k) => ({ value: k, label: lab(IMPORTANCE_LABELS, k) }))}
        />
        <Select
          label={tx("resultFilter")}
          clearable
          value={result}
          onChange={setResult}
          data={Object.keys(RESULT_LABELS).map((k) => ({ value: k, label: lab(RESULT_LABELS, k) }))}
        />
      </Group>
      <ExportLinks path="/api/suppliers/checks/export" query={filters} testId="checks-export" />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {groups.length === 0 ? (
          <Empty>{tx("noReports")}</Empty>
        ) : (
          groups.map((g) => (
            <Stack key={g.level} gap="xs" data-testid={`reports-${g.level}`}>
              <Title order={3}>
                {lab(IMPORTANCE_LABELS, g.level)}（{g.rows.length}）
              </Title>
              <ReportTable rows={g.rows} />
            </Stack>
          ))
        )}
      </QueryState>
    </Stack>
  );
}
