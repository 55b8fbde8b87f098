import { Anchor, Group, SegmentedControl, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { formatDateJa } from "../../../../common/calendar";
import { FINDING_SOURCE_LABELS, FINDING_STATE_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { Empty, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import { FilterChip } from "../../components/FilterChip";
import { useLang } from "../../i18n";
import { Link, setSearchParams, useLocation } from "../../router";
import { useTexts } from "./labels";
import { Due, FindingStateBadge, SeverityBadge } from "./parts";

const FILTERS = ["not_closed", "overdue", "open", "in_progress", "done", "verified", "closed"] as const;

/** The findings board: /assurance/findings (the office sees all, others their units' and their own). */
export default function Findings() {
  const { tx, lab } = useTexts();
  const { pick } = useLang();
  const { search } = useLocation();
  const state = search.get("state") ?? "not_closed";
  // Recorded between two days (a dashboard age bucket): no control of its own, shown as a chip.
  const createdFrom = search.get("createdFrom") ?? "";
  const createdTo = search.get("createdTo") ?? "";
  // The board's filters, also those of its export links (the file holds this view's rows).
  const filters = {
    state: state === "all" ? undefined : state,
    createdFrom: createdFrom || undefined,
    createdTo: createdTo || undefined,
  };
  const q = useQuery({
    queryKey: ["assurance", "findings", state, createdFrom, createdTo],
    queryFn: () => api.get("/api/assurance/findings", { query: filters }),
  });
  const label = (f: string) =>
    f === "not_closed" ? tx("notClosed") : f === "overdue" ? tx("overdue") : lab(FINDING_STATE_LABELS, f);
  const rows = q.data?.data ?? [];
  return (
    <>
      <PageHeader title={tx("findings")} description={tx("findingsHint")} />
      <SegmentedControl
        mb="md"
        value={state}
        onChange={(v) => setSearchParams({ state: v })}
        data={[...FILTERS.map((f) => ({ value: f, label: label(f) })), { value: "all", label: tx("all") }]}
        data-testid="findings-filter"
      />
      {(createdFrom || createdTo) && (
        <Group mb="sm">
          <FilterChip
            label={pick({
              ja: `登録日 ${createdFrom ? formatDateJa(createdFrom) : ""}〜${createdTo ? formatDateJa(createdTo) : ""}`,
              en: `Recorded ${createdFrom || ""} – ${createdTo || ""}`,
            })}
            onClear={() => setSearchParams({ createdFrom: null, createdTo: null })}
            testId="findings-filter-created"
          />
          <Text size="xs" c="dimmed" data-testid="findings-count">
            {pick({ ja: `${rows.length}件`, en: `${rows.length} findings` })}
          </Text>
        </Group>
      )}
      <ExportLinks path="/api/assurance/findings/export" query={filters} testId="findings-export" />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {rows.length === 0 ? (
          <Empty>{tx("noFindings")}</Empty>
        ) : (
          <Table striped data-testid="findings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("finding")}</Table.Th>
                <Table.Th>{tx("unit")}</Table.Th>
                <Table.Th>{tx("owner")}</Table.Th>
                <Table.Th>{tx("dueDate")}</Table.Th>
                <Table.Th>{tx("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <SeverityBadge value={f.severity} />
                      <div>
                        <Anchor
                          component={Link}
                          href={`/assurance/findings/${f.id}`}
                          data-testid="finding-link"
                        >
                          {f.title}
                        </Anchor>
                        <Group gap="xs">
                          <Text size="xs" c="dimmed">
                            {lab(FINDING_SOURCE_LABELS, f.source)}
                          </Text>
                          <ClauseLink id={f.clause_id} />
                        </Group>
                      </div>
                    </Group>
                  </Table.Td>
                  <Table.Td>{f.unit_name ?? "—"}</Table.Td>
                  <Table.Td>{f.owner_name ?? "—"}</Table.Td>
                  <Table.Td>
                    <Due date={f.due_date} overdue={f.overdue} />
                  </Table.Td>
                  <Table.Td>
                    <FindingStateBadge state={f.state} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
