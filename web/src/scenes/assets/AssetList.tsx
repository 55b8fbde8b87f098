import { Button, Card, Checkbox, Group, MultiSelect, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { memo, startTransition, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, withQuery } from "../../api";
import { Empty, ErrorAlert, formatDate, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { AssetListItem } from "../../contract";
import { departmentOptions, useDepartments } from "../../hooks";
import { useLang } from "../../i18n";
import { Link, navigate, setSearchParams, useLocation } from "../../router";
import { assetListOptions, assetListQuery, FILTER_KEYS } from "./list-query";
import { KINDS, LevelBadgeView, RestrictionCount, STATUSES, useSchemes, ZONES } from "./shared";

/**
 * 情報資産台帳: the filters live in the URL (`?status=a,b&departmentId=x,y&classificationPending=true…`),
 * so the dashboard's links land on exactly the assets they count, links are shareable, and Back
 * returns to the previous filter.
 */
export default function AssetList() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const qc = useQueryClient();
  const schemes = useSchemes();
  const deps = useDepartments();
  const { search } = useLocation();
  const urlQ = search.get("q") ?? "";
  const [q, setQ] = useState(urlQ);
  const [debounced] = useDebouncedValue(q, 250);
  // Typed text goes to the URL (replacing, not one history entry per key); Back/links come back.
  useEffect(() => {
    if (debounced.trim() !== urlQ) setSearchParams({ q: debounced.trim() }, { replace: true });
  }, [debounced, urlQ]);
  useEffect(() => setQ((cur) => (cur.trim() === urlQ ? cur : urlQ)), [urlQ]);
  const query = assetListQuery(search);
  const { q: _q, sort, ...filters }: Record<string, string | undefined> = query;
  const [viewName, setViewName] = useState("");
  const set = (k: string) => (v: string | null) => setSearchParams({ [k]: v });
  const setMany = (k: string) => (v: string[]) => setSearchParams({ [k]: v.join(",") });
  const many = (k: string) => (filters[k] ? filters[k].split(",") : []);
  // Departments only, unless the URL names a bureau (a dashboard link of a bureau-scoped viewer).
  const departmentChoices = (() => {
    const only = departmentOptions(deps.data, true);
    return many("departmentId").every((id) => only.some((o) => o.value === id))
      ? only
      : departmentOptions(deps.data);
  })();
  const setSort = (v: string) => setSearchParams({ sort: v === "assetNumber" ? null : v });
  const { sort: _sort, ...exportQuery } = query;
  const tr = (ja: string, en: string) => (lang === "en" ? en : ja);

  const list = useInfiniteQuery(assetListOptions(query));
  const views = useQuery({
    queryKey: ["asset-views"],
    queryFn: () => api.get("/api/assets/views"),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const shown = useFirstRows(items);
  const canCreate = list.data?.pages[0]?.policies.create ?? false;

  const levelOptions = (s: "confidentiality" | "integrity" | "availability") =>
    (schemes?.[s].levels ?? []).map((l) => ({
      value: l.key,
      label: lang === "en" ? (l.labelEn ?? l.label) : l.label,
    }));

  const saveView = async () => {
    if (!viewName.trim()) return;
    const payload: Record<string, string> = {};
    for (const [k, v] of Object.entries(query)) if (v) payload[k] = String(v);
    await api.post("/api/assets/views", { body: { name: viewName.trim(), query: payload } });
    setViewName("");
    await qc.invalidateQueries({ queryKey: ["asset-views"] });
  };

  return (
    <>
      <PageHeader
        title={t("assets.title")}
        description={t("assets.description")}
        actions={
          <Group gap="xs">
            <Button
              variant="default"
              component={Link}
              href="/assets/inventory"
              data-testid="asset-inventory-link"
            >
              {t("assets.inventory.title")}
            </Button>
            {(["xlsx", "csv", "pdf"] as const).map((format) => (
              <Button
                key={format}
                variant="default"
                component="a"
                href={withQuery(`/api/assets/export.${format}`, exportQuery)}
                download
                data-testid={`asset-export-${format}`}
                title={tr(
                  `表示中の条件で${format === "pdf" ? "印刷用PDF（所管課ごと）" : format === "csv" ? "CSV（UTF-8 BOM付き）" : "Excel"}を出力`,
                  `Export ${format.toUpperCase()} with the current filters`,
                )}
              >
                {format === "xlsx" ? "Excel" : format.toUpperCase()}
              </Button>
            ))}
            {canCreate && (
              <Button
                variant="default"
                component={Link}
                href="/assets/import"
                data-testid="asset-import-link"
              >
                {tr("取込み（Excel・CSV）", "Import (Excel, CSV)")}
              </Button>
            )}
            {canCreate && (
              <Button component={Link} href="/assets/new" data-testid="asset-new">
                {t("assets.new")}
              </Button>
            )}
          </Group>
        }
      />
      <Card withBorder padding="sm" mb="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t("common.search")}
            placeholder={t("assets.searchPlaceholder")}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={260}
            data-testid="asset-search"
          />
          {(["confidentiality", "integrity", "availability"] as const).map((s) => (
            <Select
              key={s}
              label={t(`assets.field.${s}`)}
              data={
                s === "confidentiality"
                  ? [...levelOptions(s), { value: "none", label: tr("未設定", "Not set") }]
                  : levelOptions(s)
              }
              value={filters[s] ?? null}
              onChange={set(s)}
              clearable
              placeholder={t("common.all")}
              w={130}
              data-testid={`asset-filter-${s}`}
            />
          ))}
          <Select
            label={t("assets.confidentialityAtLeast")}
            data={levelOptions("confidentiality")}
            value={filters.confidentialityAtLeast ?? null}
            onChange={set("confidentialityAtLeast")}
            clearable
            placeholder={t("common.all")}
            w={150}
            data-testid="asset-filter-at-least"
          />
          <Select
            label={t("assets.field.kind")}
            data={KINDS.map((k) => ({ value: k, label: t(`assets.kind.${k}`) }))}
            value={filters.kind ?? null}
            onChange={set("kind")}
            clearable
            placeholder={t("common.all")}
            w={150}
            data-testid="asset-filter-kind"
          />
          <Select
            label={t("assets.field.zone")}
            data={[
              ...ZONES.map((z) => ({ value: z, label: t(`assets.zone.${z}`) })),
              { value: "none", label: t("assets.zone.none") },
            ]}
            value={filters.zone ?? null}
            onChange={set("zone")}
            clearable
            placeholder={t("common.all")}
            w={190}
            data-testid="asset-filter-zone"
          />
          <MultiSelect
            label={t("assets.field.status")}
            data={STATUSES.map((s) => ({ value: s, label: t(`assets.status.${s}`) }))}
            value={many("status")}
            onChange={setMany("status")}
            clearable
            placeholder={many("status").length ? undefined : t("common.all")}
            w={220}
            data-testid="asset-filter-status"
          />
          <MultiSelect
            label={t("assets.field.department")}
            data={departmentChoices}
            value={many("departmentId")}
            onChange={setMany("departmentId")}
            clearable
            searchable
            placeholder={many("departmentId").length ? undefined : t("common.all")}
            w={240}
            data-testid="asset-filter-department"
          />
          <Checkbox
            label={t("assets.field.hasPersonalInfo")}
            checked={filters.hasPersonalInfo === "true"}
            onChange={(e) => set("hasPersonalInfo")(e.currentTarget.checked ? "true" : null)}
            mb={8}
            data-testid="asset-filter-personal"
          />
          <Checkbox
            label={tr("分類未確定", "Classification pending")}
            checked={filters.classificationPending === "true"}
            onChange={(e) => set("classificationPending")(e.currentTarget.checked ? "true" : null)}
            mb={8}
            data-testid="asset-filter-classification-pending"
          />
          <DateField
            label={t("assets.disposalDueBefore")}
            description={null}
            value={filters.disposalDueBefore ?? null}
            onChange={(v) => set("disposalDueBefore")(v)}
            w={200}
            data-testid="asset-filter-disposal"
          />
          <Select
            label={t("assets.sort")}
            data={["assetNumber", "name", "updatedAt", "disposalDueDate"].map((s) => ({
              value: s,
              label: t(`assets.sortBy.${s}`),
            }))}
            value={sort}
            onChange={(v) => setSort(v ?? "assetNumber")}
            w={150}
            data-testid="asset-sort"
          />
        </Group>
        <Group gap="xs" mt="sm">
          <Select
            placeholder={t("assets.views.pick")}
            data={(views.data?.items ?? []).map((v) => ({
              value: v.id,
              label: v.name,
            }))}
            onChange={(id) => {
              const v = views.data?.items.find((x) => x.id === id);
              if (!v) return;
              // A saved filter is a string as the URL carries it; anything else is no filter.
              const of = (k: string) => {
                const x = v.query[k];
                return typeof x === "string" ? x : null;
              };
              const next: Record<string, string | null> = { q: of("q"), sort: of("sort") };
              for (const k of FILTER_KEYS) next[k] = of(k);
              setQ(of("q") ?? "");
              setSearchParams(next);
            }}
            w={220}
            size="xs"
            data-testid="asset-view-pick"
          />
          <TextInput
            size="xs"
            placeholder={t("assets.views.name")}
            value={viewName}
            onChange={(e) => setViewName(e.currentTarget.value)}
            w={200}
            data-testid="asset-view-name"
          />
          <Button size="xs" variant="default" onClick={saveView} data-testid="asset-view-save">
            {t("assets.views.save")}
          </Button>
        </Group>
      </Card>
      <QueryState isLoading={list.isLoading} error={list.error}>
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Empty>{t("assets.empty")}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={1380}>
              <Table striped highlightOnHover verticalSpacing={4} fz="sm" data-testid="asset-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("assets.field.assetNumber")}</Table.Th>
                    <Table.Th>{t("assets.field.name")}</Table.Th>
                    <Table.Th>{t("assets.field.kind")}</Table.Th>
                    <Table.Th>{t("assets.field.department")}</Table.Th>
                    <Table.Th>{t("assets.field.confidentiality")}</Table.Th>
                    <Table.Th>{t("assets.field.integrity")}</Table.Th>
                    <Table.Th>{t("assets.field.availability")}</Table.Th>
                    <Table.Th>{t("assets.field.zone")}</Table.Th>
                    <Table.Th>{t("assets.field.storagePlace")}</Table.Th>
                    <Table.Th>{t("assets.field.status")}</Table.Th>
                    <Table.Th>{t("assets.field.disposalDueDate")}</Table.Th>
                    <Table.Th>{t("assets.restrictions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((a) => (
                    <AssetRow key={a.id} a={a} lang={lang} t={t} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        <Group justify="center" mt="sm">
          {list.hasNextPage && (
            <Button
              variant="default"
              onClick={() => list.fetchNextPage()}
              loading={list.isFetchingNextPage}
              data-testid="asset-more"
            >
              {t("assets.more")}
            </Button>
          )}
          <Text size="xs" c="dimmed" data-testid="asset-count">
            {t("assets.shown", { count: items.length })}
          </Text>
        </Group>
        <ErrorAlert error={list.error} />
      </QueryState>
    </>
  );
}

/** Rows a first screen shows (a 720 px window holds about fifteen). */
const FIRST_ROWS = 20;

/**
 * The rows to render: at first only a screenful, the rest a frame later as a transition — the
 * first rows are on screen without waiting for the whole page of fifty to render (the bench's trace:
 * the list's first render was the longest task of the load). Later pages render whole.
 */
function useFirstRows<T>(items: T[]): T[] {
  const [all, setAll] = useState(false);
  const waiting = !all && items.length > FIRST_ROWS;
  useEffect(() => {
    if (!waiting) return;
    const frame = requestAnimationFrame(() => startTransition(() => setAll(true)));
    return () => cancelAnimationFrame(frame);
  }, [waiting]);
  return waiting ? items.slice(0, FIRST_ROWS) : items;
}

/**
 * One row, without hooks of its own and memoized: a page of rows renders as one pass of plain
 * cells (each row subscribing to i18n and mounting a tooltip made the first render slow).
 */
const AssetRow = memo(function AssetRow({
  a,
  lang,
  t,
}: {
  a: AssetListItem;
  lang: "ja" | "en";
  t: (key: string) => string;
}) {
  const pending = t("assets.pending");
  return (
    <Table.Tr
      data-testid="asset-row"
      data-asset-number={a.assetNumber}
      style={{ cursor: "pointer" }}
      onClick={() => navigate(`/assets/${a.id}`)}
    >
      <Table.Td className="mono nowrap">
        <Link href={`/assets/${a.id}`} onClick={(e) => e.stopPropagation()}>
          {a.assetNumber}
        </Link>
      </Table.Td>
      <Table.Td style={{ minWidth: 220 }}>
        {a.name}
        {a.flags.length > 0 && (
          <span className="flag-mark" title={a.flags.map((f) => f.text).join(" / ")}>
            ⚠
          </span>
        )}
      </Table.Td>
      <Table.Td className="nowrap">{t(`assets.kind.${a.kind}`)}</Table.Td>
      <Table.Td className="nowrap">{a.department.name}</Table.Td>
      <Table.Td className="nowrap">
        <LevelBadgeView level={a.effective.confidentiality} lang={lang} pendingLabel={pending} />
      </Table.Td>
      <Table.Td className="nowrap">
        <LevelBadgeView level={a.effective.integrity} lang={lang} pendingLabel={pending} />
      </Table.Td>
      <Table.Td className="nowrap">
        <LevelBadgeView level={a.effective.availability} lang={lang} pendingLabel={pending} />
      </Table.Td>
      <Table.Td className="nowrap">{a.zone ? t(`assets.zone.${a.zone}`) : "—"}</Table.Td>
      <Table.Td style={{ minWidth: 140 }}>{a.storagePlace ?? "—"}</Table.Td>
      <Table.Td className="nowrap">{t(`assets.status.${a.status}`)}</Table.Td>
      <Table.Td className="nowrap">{formatDate(a.disposalDueDate, lang, false)}</Table.Td>
      <Table.Td className="nowrap">
        <RestrictionCount items={a.handlingRestrictions} lang={lang} />
      </Table.Td>
    </Table.Tr>
  );
});
