import { Button, Card, Checkbox, Group, MultiSelect, NativeSelect, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { memo, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateField } from "../../components/DateField";
import { departmentOptions, useDepartments } from "../../hooks";
import { useLang } from "../../i18n";
import { setSearchParams, useLocation } from "../../router";
import { assetListQuery, FILTER_KEYS } from "./list-query";
import { KINDS, STATUSES, useSchemes, ZONES } from "./shared";

/**
 * The asset list's filters and saved views. Its own component, memoized and without props: the
 * filters follow the URL and the data they offer (levels, departments, views), and are not drawn
 * again when the rows arrive or grow — the list's first rows waited for a second drawing of ten
 * selects (#14 item 5, the bench's web section).
 */
export const AssetFilters = memo(function AssetFilters() {
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
  const tr = (ja: string, en: string) => (lang === "en" ? en : ja);
  const views = useQuery({
    queryKey: ["asset-views"],
    queryFn: () => api.get("/api/assets/views"),
  });

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
          <OneOf
            key={s}
            label={t(`assets.field.${s}`)}
            all={t("common.all")}
            data={
              s === "confidentiality"
                ? [...levelOptions(s), { value: "none", label: tr("未設定", "Not set") }]
                : levelOptions(s)
            }
            value={filters[s]}
            onChange={set(s)}
            w={130}
            testId={`asset-filter-${s}`}
          />
        ))}
        <OneOf
          label={t("assets.confidentialityAtLeast")}
          all={t("common.all")}
          data={levelOptions("confidentiality")}
          value={filters.confidentialityAtLeast}
          onChange={set("confidentialityAtLeast")}
          w={150}
          testId="asset-filter-at-least"
        />
        <OneOf
          label={t("assets.field.kind")}
          all={t("common.all")}
          data={KINDS.map((k) => ({ value: k, label: t(`assets.kind.${k}`) }))}
          value={filters.kind}
          onChange={set("kind")}
          w={150}
          testId="asset-filter-kind"
        />
        <OneOf
          label={t("assets.field.zone")}
          all={t("common.all")}
          data={[
            ...ZONES.map((z) => ({ value: z, label: t(`assets.zone.${z}`) })),
            { value: "none", label: t("assets.zone.none") },
          ]}
          value={filters.zone}
          onChange={set("zone")}
          w={190}
          testId="asset-filter-zone"
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
        <NativeSelect
          label={t("assets.sort")}
          data={["assetNumber", "name", "updatedAt", "disposalDueDate"].map((s) => ({
            value: s,
            label: t(`assets.sortBy.${s}`),
          }))}
          value={sort}
          onChange={(e) => setSort(e.currentTarget.value)}
          w={150}
          data-testid="asset-sort"
        />
      </Group>
      <Group gap="xs" mt="sm">
        <NativeSelect
          aria-label={t("assets.views.pick")}
          data={[
            { value: "", label: t("assets.views.pick") },
            ...(views.data?.items ?? []).map((v) => ({ value: v.id, label: v.name })),
          ]}
          // A picker of saved views, not a value: it shows its prompt again after each choice.
          value=""
          onChange={(e) => {
            const id = e.currentTarget.value;
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
  );
});

/**
 * A one-of filter as a native select, 「すべて」 clearing it. Ten Mantine comboboxes were a third of
 * the asset list's first render (#14 item 5); a native select costs little and is as usable by
 * keyboard. The two many-of filters (status, department) stay Mantine's MultiSelect.
 */
function OneOf({
  label,
  all,
  data,
  value,
  onChange,
  w,
  testId,
}: {
  label: string;
  all: string;
  data: Array<{ value: string; label: string }>;
  value: string | undefined;
  onChange(value: string | null): void;
  w: number;
  testId: string;
}) {
  return (
    <NativeSelect
      label={label}
      data={[{ value: "", label: all }, ...data]}
      value={value ?? ""}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      w={w}
      data-testid={testId}
    />
  );
}
