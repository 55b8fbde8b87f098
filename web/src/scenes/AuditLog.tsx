import { Alert, Anchor, Button, Card, Group, Table, Text, TextInput } from "@mantine/core";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { AUDIT_TARGET_LABELS, labelOf } from "../../../common/labels";
import { api, withQuery } from "../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../components/common";
import { DateField } from "../components/DateField";
import { useActionForm } from "../forms";
import { useLang } from "../i18n";
import { EventDetail } from "./audit/EventDetail";

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;

const IsoDate = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
/** What the browser can check of the server's AuditSearchQuery; a period's end not before its start. */
const FilterValues = z
  .object({ q: z.string().max(200), type: z.string().max(100), from: IsoDate, to: IsoDate })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ["to"], message: "to before from" });
type Filters = z.infer<typeof FilterValues>;

const EMPTY: Filters = { q: "", type: "", from: "", to: "" };

function Verify() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => api.get("/api/audit/verify") });
  const r = verify.data;
  return (
    <Card withBorder padding="sm" mb="sm">
      <Group justify="space-between">
        <div>
          <Text fw={600} size="sm">
            {t("audit.verifyTitle")}
          </Text>
          <Text size="xs" c="dimmed">
            {t("audit.verifyHelp")}
          </Text>
        </div>
        <Button
          variant="default"
          onClick={() => verify.mutate()}
          loading={verify.isPending}
          data-testid="audit-verify"
        >
          {t("audit.verify")}
        </Button>
      </Group>
      <ErrorAlert error={verify.error} />
      {r &&
        (r.ok ? (
          <Alert color="teal" variant="light" mt="sm" data-testid="audit-verify-result" data-ok="true">
            {t("audit.verifyOk", { count: r.count })}
          </Alert>
        ) : (
          <Alert color="red" variant="filled" mt="sm" data-testid="audit-verify-result" data-ok="false">
            {t("audit.verifyBad", { id: r.firstBadEventId, count: r.count })}
          </Alert>
        ))}
    </Card>
  );
}

export default function AuditLog() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [open, setOpen] = useState<number | null>(null);
  const query = useInfiniteQuery({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam }) =>
      api.get("/api/audit/events", { query: { ...filters, before: pageParam ?? undefined, limit: 100 } }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
  const events = query.data?.pages.flatMap((p) => p.events) ?? [];
  const policies = query.data?.pages[0]?.policies;
  // The search is sent as the list's query: the server's refusal of a filter lands at that field.
  const form = useActionForm(FilterValues, EMPTY, query.error, {
    refine: (errors, v) => (errors.to && v.to ? { ...errors, to: t("audit.toAfterFrom") } : errors),
  });
  const csvHref = withQuery("/api/audit/events.csv", { ...filters });
  const xlsxHref = withQuery("/api/audit/events.xlsx", { ...filters });
  const pdfHref = withQuery("/api/audit/events.pdf", { ...filters });

  return (
    <>
      <PageHeader
        title={t("audit.title")}
        description={t("audit.description")}
        actions={
          policies?.export !== false && (
            <Group gap="xs">
              <Button component="a" href={csvHref} variant="default" data-testid="audit-csv" download>
                {t("audit.csv")}
              </Button>
              <Button component="a" href={xlsxHref} variant="default" data-testid="audit-xlsx" download>
                {t("audit.xlsx")}
              </Button>
              <Button component="a" href={pdfHref} variant="default" data-testid="audit-pdf" download>
                {t("audit.pdf")}
              </Button>
            </Group>
          )
        }
      />
      {policies?.verify && <Verify />}
      <Card withBorder padding="sm" mb="sm">
        <form {...form.formProps(setFilters)} data-testid="audit-filters">
          <Group gap="sm" align="flex-end">
            <TextInput
              label={t("audit.keyword")}
              {...form.getInputProps("q")}
              w={220}
              maxLength={200}
              data-testid="audit-q"
            />
            <TextInput
              label={t("audit.type")}
              {...form.getInputProps("type")}
              w={200}
              maxLength={100}
              data-testid="audit-type"
            />
            <DateField
              label={t("audit.from")}
              value={form.values.from || null}
              onChange={(v) => form.setFieldValue("from", v ?? "")}
              error={form.errors.from}
              description={null}
              data-testid="audit-from"
            />
            <DateField
              label={t("audit.to")}
              value={form.values.to || null}
              onChange={(v) => form.setFieldValue("to", v ?? "")}
              error={form.errors.to}
              description={null}
              data-testid="audit-to"
            />
            <Button type="submit" data-testid="audit-search">
              {t("common.search")}
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                form.setValues(EMPTY);
                form.clearErrors();
                setFilters(EMPTY);
              }}
            >
              {t("common.clear")}
            </Button>
          </Group>
        </form>
      </Card>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {events.length === 0 ? (
            <Empty>{t("audit.empty")}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={1000}>
              <Table className="data-table" highlightOnHover data-testid="audit-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th className="num">ID</Table.Th>
                    <Table.Th>{t("audit.at")}</Table.Th>
                    <Table.Th>{t("audit.type")}</Table.Th>
                    <Table.Th>{t("audit.actor")}</Table.Th>
                    <Table.Th>{t("audit.target")}</Table.Th>
                    <Table.Th>{t("audit.department")}</Table.Th>
                    <Table.Th>{t("common.ip")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {events.map((e) => (
                    <Fragment key={e.id}>
                      <Table.Tr
                        onClick={() => setOpen(open === e.id ? null : e.id)}
                        // The detail opens by keyboard too: Tab to the row, Enter or Space.
                        tabIndex={0}
                        // Not aria-expanded: a table row may carry it only inside a treegrid (axe).
                        data-open={open === e.id ? "true" : "false"}
                        onKeyDown={(k) => {
                          if (k.key !== "Enter" && k.key !== " ") return;
                          k.preventDefault();
                          setOpen(open === e.id ? null : e.id);
                        }}
                        style={{ cursor: "pointer" }}
                        data-testid="audit-row"
                        data-type={e.type}
                      >
                        <Table.Td className="num mono">{e.id}</Table.Td>
                        <Table.Td>
                          <DateText value={e.occurredAt} time />
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" fw={600}>
                            {pick(e.label)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {e.actor?.name ?? (e.actor ? e.actor.personId : t("audit.system"))}
                          {e.actingFor && (
                            <Text size="xs" c="orange">
                              {t("audit.actingFor", { name: e.actingFor.name ?? e.actingFor.personId })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs">
                            {e.targetType ? pick(labelOf(AUDIT_TARGET_LABELS, e.targetType)) : "—"}
                          </Text>
                          {/* The record by its number and name (through its module's face); else its short id.
                              Keys such as a setting's name are codes, not shown. */}
                          {e.targetName ? (
                            <Text size="xs">{e.targetName}</Text>
                          ) : (
                            e.targetId &&
                            UUID_SHAPE.test(e.targetId) && (
                              <Text size="xs" c="dimmed" className="mono">
                                {e.targetId.slice(0, 8)}
                              </Text>
                            )
                          )}
                        </Table.Td>
                        <Table.Td>{e.department?.name ?? "—"}</Table.Td>
                        <Table.Td className="mono">{e.ip ?? "—"}</Table.Td>
                      </Table.Tr>
                      {open === e.id && (
                        <Table.Tr>
                          <Table.Td colSpan={7} bg="gray.0">
                            <EventDetail data={e.data} hash={e.hash} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            {t("audit.shown", { n: events.length })}
          </Text>
          {query.hasNextPage && (
            <Anchor
              component="button"
              type="button"
              onClick={() => query.fetchNextPage()}
              data-testid="audit-more"
            >
              {query.isFetchingNextPage ? t("common.loading") : t("audit.more")}
            </Anchor>
          )}
        </Group>
      </QueryState>
    </>
  );
}
