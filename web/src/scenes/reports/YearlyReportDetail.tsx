import { Anchor, Badge, Button, Card, Code, Group, Modal, Stack, Table, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, formatDate, PageHeader, QueryState } from "../../components/common";
import { OverrideReasonField } from "../../components/OverrideReasonField";
import type { YearlyReportDetail as Detail } from "../../contract";
import { useActionForm } from "../../forms";
import { Link } from "../../router";
import { useTexts } from "./labels";

/** ApproveReq of the yearly report: a reason only where the approver decides their own report. */
const ApproveValues = z.object({ overrideReason: z.string().trim().max(2000) });
type ApproveV = z.infer<typeof ApproveValues>;

type Figure = Detail["data"]["sections"][number]["figures"][number];
const PAGE = 50;

/** The records one figure counts, as of the snapshot, as far as the viewer may see them. */
function FigureRecords({ reportId, figure, onClose }: { reportId: string; figure: Figure; onClose(): void }) {
  const { tx, pick, lang } = useTexts();
  // References carry calendar dates (completion, due, check dates): shown in 和暦 with 西暦.
  const dates = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}/g, (d) => formatDate(d, lang));
  const q = useInfiniteQuery({
    queryKey: ["reports", "yearly", reportId, "figure", figure.key],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      api.get("/api/reports/yearly/{id}/figures/{key}/records", {
        path: { id: reportId, key: figure.key },
        query: {
          offset: pageParam,
          limit: PAGE,
        },
      }),
    getNextPageParam: (last) =>
      last.data.offset + last.data.limit < last.data.count ? last.data.offset + last.data.limit : undefined,
  });
  const records = (q.data?.pages ?? []).flatMap((p) => p.data.records);
  return (
    <Modal opened onClose={onClose} size="xl" title={tx("recordsOf", { label: pick(figure.label) })}>
      <Text size="sm" c="dimmed" mb="sm">
        {tx("recordsHint", { count: figure.count })}
      </Text>
      <QueryState isLoading={q.isLoading} error={q.error}>
        {records.length === 0 ? (
          <Empty>{tx("noRecords")}</Empty>
        ) : (
          <Table striped data-testid="figure-records">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("reference")}</Table.Th>
                <Table.Th>{tx("title")}</Table.Th>
                <Table.Th>{tx("detail")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.reference ? dates(r.reference) : "—"}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} href={r.href}>
                      {r.title || tx("open")}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.detail || "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {q.hasNextPage && (
          <Group justify="center" mt="sm">
            <Button variant="default" onClick={() => q.fetchNextPage()} loading={q.isFetchingNextPage}>
              {tx("more")}
            </Button>
          </Group>
        )}
      </QueryState>
    </Modal>
  );
}

/** One yearly report: cover, sections with figures and breakdowns, approval, downloads: /reports/yearly/:id. */
export default function YearlyReportDetail({ params }: { params: { id: string } }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const [figure, setFigure] = useState<Figure | null>(null);
  const q = useQuery({
    queryKey: ["reports", "yearly", params.id],
    queryFn: () => api.get("/api/reports/yearly/{id}", { path: { id: params.id } }),
  });
  const approve = useMutation({
    mutationFn: (v: ApproveV) =>
      api.post("/api/reports/yearly/{id}/approve", {
        path: { id: params.id },
        body: {
          overrideReason: v.overrideReason.trim() || undefined,
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reports"] }),
  });
  const form = useActionForm(ApproveValues, { overrideReason: "" }, approve.error);
  const r = q.data?.data;
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {r && (
        <>
          <PageHeader
            title={`${r.fiscalYearLabel} ${pick(r.title)}`}
            back={{ href: "/reports/yearly", label: tx("back") }}
            actions={
              <>
                <Button
                  component="a"
                  href={`/api/reports/yearly/${r.id}/pdf`}
                  download
                  variant="default"
                  data-testid="yearly-pdf"
                >
                  {tx("downloadPdf")}
                </Button>
                <Button
                  component="a"
                  href={`/api/reports/yearly/${r.id}/xlsx`}
                  download
                  variant="default"
                  data-testid="yearly-xlsx"
                >
                  {tx("downloadXlsx")}
                </Button>
              </>
            }
          />
          <Stack>
            <Card withBorder>
              <Group gap="xs" mb="xs">
                <Badge
                  variant="light"
                  color={r.state === "approved" ? "green" : "yellow"}
                  data-testid="yearly-state"
                >
                  {r.state === "approved" ? tx("approved") : tx("draft")}
                </Badge>
                <Badge variant="light" color={r.required ? "blue" : "gray"}>
                  {r.required ? tx("required") : tx("notRequired")}
                </Badge>
                <Badge variant="outline" color="red">
                  {tx("marking")}: {r.marking}
                </Badge>
              </Group>
              <Text size="sm">{r.organizationName}</Text>
              <Text size="sm">
                {tx("asOf")}: <DateText value={r.asOf} />
              </Text>
              <Text size="sm">
                {tx("recipient")}: {pick(r.recipient)}
              </Text>
              <Text size="sm">
                {tx("approver")}: {pick(r.approverDutyLabel)}
              </Text>
              <Text size="sm">
                {tx("generatedBy")}: {r.generatedByName ?? "—"}（<DateText value={r.generatedAt} time />）
              </Text>
              {r.approvedAt && (
                <Text size="sm">
                  {tx("approvedBy")}: {r.approvedByName ?? "—"}（<DateText value={r.approvedAt} time />）
                </Text>
              )}
              {r.approvalOverrideReason && (
                <Text size="sm">
                  {tx("override")}: {r.approvalOverrideReason}
                </Text>
              )}
              <Text size="sm">
                {tx("basis")}: {pick(r.basis)} <ClauseLink id={r.clause} />
              </Text>
              {r.policies.approve && (
                <form {...form.formProps((v) => approve.mutate(v))} data-testid="yearly-approve-form">
                  <Stack gap="xs" mt="sm">
                    <OverrideReasonField
                      label={tx("overrideReason")}
                      value={form.values.overrideReason}
                      onChange={(v) => form.setFieldValue("overrideReason", v)}
                      error={form.errors.overrideReason as string | undefined}
                      testId="yearly-override-reason"
                    />
                    <ErrorAlert error={approve.error} />
                    <Group justify="flex-end">
                      <Button type="submit" loading={approve.isPending} data-testid="yearly-approve">
                        {tx("approve")}
                      </Button>
                    </Group>
                  </Stack>
                </form>
              )}
            </Card>
            {r.sections.map((s) => (
              <Card withBorder key={s.module} data-testid={`yearly-section-${s.module}`}>
                <Title order={3} size="h4" mb="xs">
                  {pick(s.title)}
                </Title>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{tx("figure")}</Table.Th>
                      <Table.Th ta="right">{tx("count")}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.figures.map((f) => (
                      <Table.Tr key={f.key}>
                        <Table.Td>{pick(f.label)}</Table.Td>
                        <Table.Td ta="right">{f.count.toLocaleString()}</Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => setFigure(f)}
                            aria-label={`${tx("records")}: ${pick(f.label)}`}
                          >
                            {tx("records")}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {s.tables.map((t) => (
                  <Stack key={t.key} gap={4} mt="sm">
                    <Text size="sm" fw={600}>
                      {pick(t.title)}
                    </Text>
                    {t.rows.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {tx("noRecords")}
                      </Text>
                    ) : (
                      <BarTable rows={t.rows.map((row) => ({ label: pick(row.label), count: row.count }))} />
                    )}
                  </Stack>
                ))}
              </Card>
            ))}
            <Card withBorder>
              <Title order={3} size="h4" mb="xs">
                {tx("integrity")}
              </Title>
              {r.signedHead ? (
                <Code block data-testid="yearly-signed-head">
                  {r.signedHead.printable}
                </Code>
              ) : (
                <Text size="sm">{tx("noHead")}</Text>
              )}
            </Card>
          </Stack>
          {figure && <FigureRecords reportId={r.id} figure={figure} onClose={() => setFigure(null)} />}
        </>
      )}
    </QueryState>
  );
}

/** A breakdown as a table with a bar per row (the numbers are the table; the bars only draw them). */
function BarTable({ rows }: { rows: Array<{ label: string; count: number }> }) {
  const { tx } = useTexts();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{tx("figure")}</Table.Th>
          <Table.Th ta="right">{tx("count")}</Table.Th>
          <Table.Th w="40%" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label}>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td ta="right">{r.count.toLocaleString()}</Table.Td>
            <Table.Td aria-hidden>
              <div
                style={{
                  background: "var(--mantine-color-blue-6)",
                  height: 10,
                  width: `${(r.count / max) * 100}%`,
                }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
