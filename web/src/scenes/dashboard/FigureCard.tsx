import { BarChart } from "@mantine/charts";
import { Anchor, Button, Card, Group, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useId, useState } from "react";
import type { OverviewFigure } from "../../../../common/overview";
import { Link, navigate } from "../../router";
import { useDashboardTexts } from "./labels";

/** Colours of a figure's series, in order (dark enough for text contrast on white). */
const SERIES_COLORS: Record<string, string> = {
  completed: "teal.8",
  submitted: "teal.8",
  pending: "gray.6",
  in_progress: "yellow.7",
  not_started: "gray.6",
  overdue: "red.8",
  undecided: "orange.7",
  task_open: "red.8",
};
const PALETTE = ["navy.6", "orange.7", "red.8", "grape.7"];
/** Figures whose rows are an ordered time axis read left to right. */
const COLUMNS = new Set(["incidents.by_month"]);

/**
 * One figure of the overview: a bar chart (stacked when it has several series) whose bars open
 * the list of the records they count, and — for the keyboard and screen readers — the same
 * figures as a table of links behind a 「表で見る」 toggle. The chart itself is hidden from
 * assistive technology; its summary names the table.
 */
export function FigureCard({ figure }: { figure: OverviewFigure }) {
  const { tx, pick } = useDashboardTexts();
  const [table, setTable] = useState(false);
  const tableId = useId();
  const total = figure.rows.reduce((s, r) => s + r.cells.reduce((a, c) => a + c.count, 0), 0);
  const data = figure.rows.map((r) => ({
    name: pick(r.label),
    ...Object.fromEntries(r.cells.map((c) => [c.series, c.count])),
  }));
  const series = figure.series.map((s, i) => ({
    name: s.key,
    label: pick(s.label),
    color: SERIES_COLORS[s.key] ?? PALETTE[i % PALETTE.length],
  }));
  const hrefOf = (rowIndex: number, seriesKey: string) =>
    figure.rows[rowIndex]?.cells.find((c) => c.series === seriesKey)?.href;
  const title = pick(figure.title);
  const horizontal = !COLUMNS.has(figure.key);
  return (
    <Card withBorder padding="md" data-testid={`figure-${figure.key}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={5}>{title}</Title>
          <Text size="xs" c="dimmed">
            {pick(figure.note)}
          </Text>
        </div>
        <Text size="sm" fw={600} className="mono" style={{ whiteSpace: "nowrap" }}>
          {tx("total", { n: total })}
        </Text>
      </Group>
      {figure.rows.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {tx("noRows")}
        </Text>
      ) : (
        <>
          <VisuallyHidden>{tx("chartSummary", { title, n: total })}</VisuallyHidden>
          <div aria-hidden="true" data-testid="figure-chart">
            <BarChart
              h={Math.max(160, horizontal ? figure.rows.length * 34 + 40 : 200)}
              mt="sm"
              data={data}
              dataKey="name"
              series={series}
              type={series.length > 1 ? "stacked" : "default"}
              orientation={horizontal ? "vertical" : "horizontal"}
              yAxisProps={horizontal ? { width: 150 } : undefined}
              withLegend={series.length > 1}
              withTooltip
              tooltipAnimationDuration={0}
              barChartProps={{ accessibilityLayer: false }}
              barProps={(s) => ({
                cursor: "pointer",
                onClick: (_: unknown, index: number) => {
                  const href = hrefOf(index, s.name);
                  if (href) navigate(href);
                },
              })}
            />
          </div>
          <Button
            variant="subtle"
            size="compact-sm"
            mt="xs"
            aria-expanded={table}
            aria-controls={tableId}
            onClick={() => setTable((v) => !v)}
            data-testid="figure-table-toggle"
          >
            {table ? tx("hideTable") : tx("showTable")}
          </Button>
          <div id={tableId} hidden={!table}>
            <FigureTable figure={figure} title={title} />
          </div>
        </>
      )}
    </Card>
  );
}

/** The figures as a table: one row per bar group, one column per series, each number a link. */
function FigureTable({ figure, title }: { figure: OverviewFigure; title: string }) {
  const { tx, pick } = useDashboardTexts();
  return (
    <Table className="data-table" mt="xs" data-testid="figure-table">
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{tx("item")}</Table.Th>
          {figure.series.map((s) => (
            <Table.Th key={s.key} scope="col" ta="right">
              {pick(s.label)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figure.rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" fw={500}>
              {pick(r.label)}
            </Table.Th>
            {figure.series.map((s) => {
              const c = r.cells.find((x) => x.series === s.key);
              return (
                <Table.Td key={s.key} ta="right" className="mono">
                  {c ? (
                    <Anchor
                      component={Link}
                      href={c.href}
                      aria-label={tx("cellLabel", { row: pick(r.label), series: pick(s.label), n: c.count })}
                      data-testid={`figure-cell-${r.key}-${s.key}`}
                    >
                      {c.count}
                    </Anchor>
                  ) : (
                    "—"
                  )}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
