import {
  Badge,
  Button,
  Card,
  Checkbox,
  CloseButton,
  Group,
  SegmentedControl,
  Select,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatFiscalYear, formatWareki } from "../../../../common/calendar";
import {
  INCIDENT_SEVERITY_LABELS,
  labelOf,
  INCIDENT_STAGE_LABELS as STAGE_LABELS,
} from "../../../../common/labels";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import { useLang } from "../../i18n";
import { Link, navigate, setSearchParams, useLocation } from "../../router";
import { categoryLabel, SeverityBadge, StageBadge } from "./common";

const OPEN_STAGES = ["new", "triage", "containment", "recovery"];
const STAGE_FILTERS = ["open", ...OPEN_STAGES, "closed", "all"];

/** 受付の期間: 受付 令和8年度 (2026年度), or 受付 令和8年4月（2026年4月）. */
function periodLabel(fy: string, month: string): { ja: string; en: string } {
  if (month && /^\d{4}-\d{2}$/.test(month)) {
    const [y, m] = month.split("-").map(Number);
    const era = formatWareki(`${month}-01`).replace(/\d+日.*$/, "");
    return { ja: `受付 ${era}（${y}年${m}月）`, en: `Recorded in ${month}` };
  }
  return { ja: `受付 ${formatFiscalYear(Number(fy))}`, en: `Recorded in FY${fy}` };
}

/**
 * インシデント一覧: only the cases the user may see (the server filters by the same rule as the
 * detail). The filters live in the URL (`?stage=`, `?awaiting=acknowledge`, `?ppc=undecided`,
 * `?q=`), so the dashboard's links land on exactly the cases they count, and Back works.
 */
export default function IncidentList() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { search } = useLocation();
  const stageParam = search.get("stage") ?? "open";
  const stage = STAGE_FILTERS.includes(stageParam) ? stageParam : "open";
  const awaiting = search.get("awaiting") === "acknowledge";
  const ppc = search.get("ppc") === "undecided";
  const severity = search.get("severity") ?? "";
  const fy = search.get("fiscalYear") ?? "";
  const month = search.get("month") ?? "";
  const urlQ = search.get("q") ?? "";
  const [q, setQ] = useState(urlQ);
  const [dq] = useDebouncedValue(q, 250);
  // Typed text goes to the URL (replacing, not one history entry per key); Back/links come back.
  useEffect(() => {
    if (dq.trim() !== urlQ) setSearchParams({ q: dq.trim() }, { replace: true });
  }, [dq, urlQ]);
  useEffect(() => setQ((cur) => (cur.trim() === urlQ ? cur : urlQ)), [urlQ]);
  const filters = {
    stage: stage === "all" ? undefined : stage,
    awaiting: awaiting ? "acknowledge" : undefined,
    ppc: ppc ? "undecided" : undefined,
    severity: severity || undefined,
    fiscalYear: fy || undefined,
    month: month || undefined,
    q: urlQ || undefined,
  };
  const query = useQuery({
    queryKey: ["incidents", { stage, awaiting, ppc, urlQ, severity, fy, month }],
    queryFn: () => api.get("/api/incidents", { query: filters }),
  });
  const items = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t("incidents.title")}
        description={t("incidents.description")}
        actions={
          <Button onClick={() => navigate("/incidents/new")} data-testid="incident-new">
            {t("incidents.report")}
          </Button>
        }
      />
      <Group mb="sm" gap="sm">
        <SegmentedControl
          value={OPEN_STAGES.includes(stage) ? "open" : stage}
          onChange={(v) => setSearchParams({ stage: v === "open" ? null : v })}
          data={[
            { value: "open", label: t("incidents.open") },
            { value: "closed", label: pick({ ja: "終結", en: "Closed" }) },
            { value: "all", label: t("incidents.all") },
          ]}
          data-testid="incident-stage-filter"
        />
        <Select
          value={OPEN_STAGES.includes(stage) ? stage : null}
          onChange={(v) => setSearchParams({ stage: v })}
          data={OPEN_STAGES.map((s) => ({ value: s, label: pick(labelOf(STAGE_LABELS, s)) }))}
          clearable
          placeholder={pick({ ja: "段階（対応中のすべて）", en: "Stage (all open)" })}
          w={200}
          data-testid="incident-stage-detail"
        />
        <Select
          value={severity || null}
          onChange={(v) => setSearchParams({ severity: v })}
          data={[
            ...["critical", "high", "medium", "low"].map((v) => ({
              value: v,
              label: pick(labelOf(INCIDENT_SEVERITY_LABELS, v)),
            })),
            { value: "none", label: pick({ ja: "未判定", en: "Not set" }) },
          ]}
          clearable
          placeholder={pick({ ja: "重大度（すべて）", en: "Severity (all)" })}
          aria-label={pick({ ja: "重大度", en: "Severity" })}
          w={170}
          data-testid="incident-filter-severity"
        />
        {(fy || month) && (
          <Badge
            variant="light"
            size="lg"
            tt="none"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={pick({ ja: "期間の条件を外す", en: "Remove the period filter" })}
                onClick={() => setSearchParams({ fiscalYear: null, month: null })}
              />
            }
            data-testid="incident-filter-period"
          >
            {pick(periodLabel(fy, month))}
          </Badge>
        )}
        <Checkbox
          label={pick({ ja: "確認（受領）待ち", en: "Awaiting my acknowledgement" })}
          checked={awaiting}
          onChange={(e) => setSearchParams({ awaiting: e.currentTarget.checked ? "acknowledge" : null })}
          data-testid="incident-filter-awaiting"
        />
        <Checkbox
          label={pick({
            ja: "個人情報保護委員会への報告が未判断",
            en: "PPC report not yet decided",
          })}
          checked={ppc}
          onChange={(e) => setSearchParams({ ppc: e.currentTarget.checked ? "undecided" : null })}
          data-testid="incident-filter-ppc"
        />
        <TextInput
          placeholder={`${t("incidents.receipt")}・${t("incidents.summary")}`}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-testid="incident-search"
        />
      </Group>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <ExportLinks path="/api/incidents/export" query={filters} testId="incidents-export" />
        {query.data && (
          <Text size="xs" c="dimmed" mb={4} data-testid="incident-total">
            {pick({ ja: `${query.data.total}件`, en: `${query.data.total} cases` })}
          </Text>
        )}
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Empty>{t("incidents.empty")}</Empty>
          ) : (
            <Table className="data-table" highlightOnHover data-testid="incident-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("incidents.receipt")}</Table.Th>
                  <Table.Th>{t("incidents.summary")}</Table.Th>
                  <Table.Th>{t("incidents.stage")}</Table.Th>
                  <Table.Th>{t("incidents.severity")}</Table.Th>
                  <Table.Th>{t("incidents.category")}</Table.Th>
                  <Table.Th>{t("incidents.source")}</Table.Th>
                  <Table.Th>{t("incidents.reportedAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.id} data-testid="incident-row" data-receipt={i.receiptNumber}>
                    <Table.Td className="nowrap">
                      <Link href={`/incidents/${i.id}`} data-testid="incident-link">
                        {i.receiptNumber}
                      </Link>
                      {i.restricted && (
                        <Badge ml={4} size="xs" color="grape">
                          {t("incidents.restricted")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{i.summary}</Text>
                    </Table.Td>
                    <Table.Td>
                      <StageBadge stage={i.stage} />
                    </Table.Td>
                    <Table.Td>
                      <SeverityBadge severity={i.severity} />
                    </Table.Td>
                    <Table.Td>{categoryLabel(i.category, pick)}</Table.Td>
                    <Table.Td>
                      {i.source === "public" ? t("incidents.sourcePublic") : t("incidents.sourceStaff")}
                    </Table.Td>
                    <Table.Td>
                      <DateText value={i.createdAt} time />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
        {query.data && (
          <Text size="xs" c="dimmed" mt="xs">
            {t("common.totalCount", { n: query.data.total })}
          </Text>
        )}
      </QueryState>
    </>
  );
}
