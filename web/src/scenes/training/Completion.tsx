import { Anchor, Badge, Group, SegmentedControl, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { labelOf, TRAINING_STATE_LABELS } from "../../../../common/labels";
import { api, withQuery } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { FilterChip } from "../../components/FilterChip";
import type { TrainingCourseFigure } from "../../contract";
import { useLang } from "../../i18n";
import { setSearchParams, useLocation } from "../../router";
import { fiscalYearNow, useTexts, yearOptions } from "./labels";
import { NewHires } from "./NewHires";

type By = "organization" | "bureau" | "department" | "person";
const BYS: By[] = ["organization", "bureau", "department", "person"];

/**
 * /training/completion: who of each course's audience had completed it on the day, per 課, 局,
 * person or the whole organization — counted with who belonged where on that day, so an April
 * transfer leaves last year's figures with the old 課. The 課長 sees their 課; the organizer all.
 */
export default function Completion() {
  const { tx } = useTexts();
  const { pick } = useLang();
  // A dashboard figure links here with ?fiscalYear=&by=person&courseId=&state= (one bar's people).
  const { search } = useLocation();
  const [year, setYear] = useState(Number(search.get("fiscalYear")) || fiscalYearNow());
  const [asOf, setAsOf] = useState<string | null>(null);
  const byParam = search.get("by") as By | null;
  const [by, setBy] = useState<By>(byParam && BYS.includes(byParam) ? byParam : "department");
  const courseId = search.get("courseId") ?? "";
  const state = search.get("state") ?? "";
  const query = {
    fiscalYear: year,
    asOf: asOf ?? undefined,
    by,
    courseId: courseId || undefined,
    state: state || undefined,
  };
  const figures = useQuery({
    queryKey: ["training", "completion", query],
    queryFn: () => api.get("/api/training/completion", { query }),
  });
  const overdue = useQuery({
    queryKey: ["training", "overdue", year, asOf],
    queryFn: () => api.get("/api/training/overdue", { query: { fiscalYear: year, asOf: asOf ?? undefined } }),
  });
  const d = figures.data?.data;
  const late = overdue.data?.data.overdue ?? [];
  return (
    <>
      <PageHeader
        title={tx("completion")}
        description={tx("completionHint")}
        actions={
          <Group gap="md">
            <Anchor
              href={withQuery("/api/training/completion", { ...query, format: "xlsx" })}
              download
              size="sm"
            >
              {tx("downloadXlsx")}
            </Anchor>
            {/* The same figures as a PDF, marked on every page (#15 item 4). */}
            <Anchor
              href={withQuery("/api/training/completion", { ...query, format: "pdf" })}
              download
              size="sm"
              data-testid="completion-pdf"
            >
              PDF
            </Anchor>
          </Group>
        }
      />
      <Stack gap="lg">
        <Group align="flex-end">
          <Select
            label={tx("fiscalYear")}
            data={yearOptions(fiscalYearNow())}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={260}
          />
          <DateField label={tx("asOf")} value={asOf} onChange={setAsOf} description={null} w={260} />
          {courseId && (
            <FilterChip
              label={`${pick({ ja: "研修", en: "Course" })}: ${d?.courses.find((c) => c.id === courseId)?.title ?? "…"}`}
              onClear={() => setSearchParams({ courseId: null })}
              testId="completion-filter-course"
            />
          )}
          {state && (
            <FilterChip
              label={pick(labelOf(TRAINING_STATE_LABELS, state))}
              onClear={() => setSearchParams({ state: null })}
              testId="completion-filter-state"
            />
          )}
          <SegmentedControl
            aria-label={tx("groupBy")}
            value={by}
            onChange={(v) => setBy(v as By)}
            data={[
              { value: "organization", label: tx("byOrganization") },
              { value: "bureau", label: tx("byBureau") },
              { value: "department", label: tx("byDepartment") },
              { value: "person", label: tx("byPerson") },
            ]}
          />
        </Group>
        {d && by === "person" && (
          <Text size="xs" c="dimmed" data-testid="completion-count">
            {pick({ ja: `${d.groups.length}人`, en: `${d.groups.length} people` })}
          </Text>
        )}
        <QueryState isLoading={figures.isLoading} error={figures.error}>
          {d?.courses.length && d.groups.length ? (
            <div style={{ overflowX: "auto" }}>
              <Table striped withTableBorder data-testid="completion-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th rowSpan={2}>
                      {tx("asOf")}: <DateText value={d.day} />
                    </Table.Th>
                    {d.courses.map((c) => (
                      <Table.Th key={c.id} colSpan={4}>
                        {c.title}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                  <Table.Tr>
                    {d.courses.map((c) => (
                      <FragmentHead key={c.id} />
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.groups.map((g) => (
                    <Table.Tr key={g.key}>
                      <Table.Td>{g.label}</Table.Td>
                      {g.courses.map((x) => (
                        <FragmentCells key={x.courseId} x={x} />
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          ) : (
            <Empty>{tx("noFigures")}</Empty>
          )}
        </QueryState>
        <div>
          <Title order={3} size="h4" mb="xs">
            {tx("overdueList")}
          </Title>
          {late.length ? (
            <Table striped data-testid="overdue">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx("employeeNumber")}</Table.Th>
                  <Table.Th>{tx("person")}</Table.Th>
                  <Table.Th>{tx("course")}</Table.Th>
                  <Table.Th>{tx("deadline")}</Table.Th>
                  <Table.Th>{tx("login")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {late.slice(0, 500).map((o) => (
                  <Table.Tr key={`${o.personId}-${o.courseId}`}>
                    <Table.Td>{o.employeeNumber ?? "—"}</Table.Td>
                    <Table.Td>{o.name}</Table.Td>
                    <Table.Td>{o.courseTitle}</Table.Td>
                    <Table.Td>
                      <DateText value={o.deadline} />
                    </Table.Td>
                    <Table.Td>{tx(o.hasLogin ? "hasLogin" : "noLogin")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Empty>{tx("noOverdue")}</Empty>
          )}
        </div>
        <NewHires />
      </Stack>
    </>
  );
}

function FragmentHead() {
  const { tx } = useTexts();
  return (
    <>
      <Table.Th>{tx("audienceCount")}</Table.Th>
      <Table.Th>{tx("completed")}</Table.Th>
      <Table.Th>{tx("overdue")}</Table.Th>
      <Table.Th>{tx("rate")}</Table.Th>
    </>
  );
}

function FragmentCells({ x }: { x: TrainingCourseFigure }) {
  return (
    <>
      <Table.Td>{x.audience}</Table.Td>
      <Table.Td>{x.completed}</Table.Td>
      <Table.Td>
        {x.overdue ? (
          <Badge color="red" variant="light">
            {x.overdue}
          </Badge>
        ) : (
          0
        )}
      </Table.Td>
      <Table.Td>{x.rate === null ? "—" : `${x.rate}%`}</Table.Td>
    </>
  );
}
