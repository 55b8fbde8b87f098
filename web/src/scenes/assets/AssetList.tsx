import { Button, Card, Group, Table, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { memo, startTransition, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { withQuery } from "../../api";
import { Empty, ErrorAlert, formatDate, PageHeader, QueryState } from "../../components/common";
import type { AssetListItem } from "../../contract";
import { useLang } from "../../i18n";
import { Link, navigate, useLocation } from "../../router";
import { AssetFilters } from "./AssetFilters";
import { assetListOptions, assetListQuery } from "./list-query";
import { LevelBadgeView, RestrictionCount } from "./shared";

/**
 * 情報資産台帳: the filters live in the URL (`?status=a,b&departmentId=x,y&classificationPending=true…`),
 * so the dashboard's links land on exactly the assets they count, links are shareable, and Back
 * returns to the previous filter.
 */
export default function AssetList() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { search } = useLocation();
  const query = assetListQuery(search);
  const { sort: _sort, ...exportQuery } = query;
  const tr = (ja: string, en: string) => (lang === "en" ? en : ja);

  const list = useInfiniteQuery(assetListOptions(query));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const shown = useFirstRows(items);
  const canCreate = list.data?.pages[0]?.policies.create ?? false;

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
      <AssetFilters />
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
