import { Alert, Anchor, Button, Card, Group, Table, Text, TextInput } from "@mantine/core";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { type FormEvent, Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { AUDIT_TARGET_LABELS, labelOf } from "../../../common/labels";
import { api, withQuery } from "../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../components/common";
import { DateField } from "../components/DateField";
import { useLang } from "../i18n";
import { EventDetail } from "./audit/EventDetail";

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;

interface Filters {
  q: string;
  type: string;
  from: string;
  to: string;
}

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
  const [draft, setDraft] = useState<Filters>(EMPTY);
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
  const set = (k: keyof Filters) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setDraft((d) => ({ ...d, [k]: e.currentTarget.value }));
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
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            setFilters(draft);
          }}
        >
          <Group gap="sm" align="flex-end">
            <TextInput
              label={t("audit.keyword")}
              value={draft.q}
              onChange={set("q")}
              w={220}
              maxLength={200}
              data-testid="audit-q"
            />
            <TextInput
              label={t("audit.type")}
              value={draft.type}
              onChange={set("type")}
              w={200}
              maxLength={100}
              data-testid="audit-type"
            />
            <DateField
              label={t("audit.from")}
              value={draft.from || null}
              onChange={(v) => setDraft((d) => ({ ...d, from: v ?? "" }))}
              description={null}
              data-testid="audit-from"
            />
            <DateField
              label={t("audit.to")}
              value={draft.to || null}
              onChange={(v) => setDraft((d) => ({ ...d, to: v ?? "" }))}
              description={null}
              data-testid="audit-to"
            />
            <Button type="submit" data-testid="audit-search">
              {t("common.search")}
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                setDraft(EMPTY);
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
