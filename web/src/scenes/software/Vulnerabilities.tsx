import { Badge, Button, Card, FileInput, Group, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatFiscalYear, formatMonthJa, formatWareki } from "../../../../common/calendar";
import { labelOf, VULN_SEVERITY_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { useAuth } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import { FilterChip } from "../../components/FilterChip";
import type { VulnAdvisory, VulnMatch } from "../../contract";
import { useLang } from "../../i18n";
import { setSearchParams, useLocation } from "../../router";
import { DecisionForm } from "./DecisionForm";
import { Imports } from "./Imports";
import { StaffNoticeDialog } from "./StaffNoticeDialog";

const SEVERITY_COLOR: Record<string, string> = {
  critical: "red",
  high: "orange",
  medium: "yellow",
  low: "blue",
  none: "gray",
};

/** The label is common/labels.ts's, the same the server's reports use (null = unscored). */
function Severity({ value }: { value: string | null }) {
  const { pick } = useLang();
  const v = value ?? "none";
  return <Badge color={SEVERITY_COLOR[v]}>{pick(labelOf(VULN_SEVERITY_LABELS, v))}</Badge>;
}

/** The matched asset as the software module labels it (`number`, not the assets face's `assetNumber`). */
function AssetName({ asset }: { asset: VulnMatch["asset"] }) {
  const { t } = useTranslation();
  if (!asset || asset.hidden) return <Text c="dimmed">{t("vuln.hiddenAsset")}</Text>;
  return (
    <span>
      {asset.number} {asset.name}
    </span>
  );
}

/** One match with the owner's decision form. */
function MatchCard({ m }: { m: VulnMatch }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <Card withBorder data-testid={`match-${m.advisoryKey}`}>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Severity value={m.severity} />
          {m.kev && (
            <Badge color="red" variant="outline">
              {t("vuln.kev")}
            </Badge>
          )}
          <Text fw={600}>{m.advisoryKey}</Text>
          <Text>{m.titleJa ?? m.title}</Text>
        </Group>
        <Badge variant="light">{t(`vuln.state.${m.state}`)}</Badge>
      </Group>
      <Text size="sm" mt={4}>
        {m.vendor} {m.product} {m.version} — <AssetName asset={m.asset} /> ({m.departmentName})
      </Text>
      <Text size="sm">
        {t("vuln.due")}: {m.dueOn ? `${formatWareki(m.dueOn)} (${m.dueOn.slice(0, 4)}年)` : "—"}
      </Text>
      {m.verdict === "confirm" && (
        <Text size="sm" c="orange" data-testid="confirm-reason">
          {t("vuln.toConfirm")}: {pick(m.reason)}
        </Text>
      )}
      {m.decisionReason && (
        <Text size="sm" c="dimmed">
          {t("vuln.reason")}: {m.decisionReason}
        </Text>
      )}
      <DecisionForm m={m} />
    </Card>
  );
}

/** Days since first matched, as the overview buckets them (GET /api/vulnerabilities/matches?age=). */
const AGE_LABELS: Record<string, { ja: string; en: string }> = {
  "0-7": { ja: "7日以内", en: "Up to 7 days" },
  "8-30": { ja: "8〜30日", en: "8–30 days" },
  "31-90": { ja: "31〜90日", en: "31–90 days" },
  "91+": { ja: "91日以上", en: "91 days or more" },
};

function MatchList({
  path,
  query,
  counted = false,
}: {
  path: "/api/vulnerabilities/matches" | "/api/vulnerabilities/tasks";
  query?: Record<string, string>;
  counted?: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const q = useQuery({
    queryKey: ["vuln", path, query],
    queryFn: () => api.get(path, { query }),
  });
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      <ExportLinks
        path={`${path}/export`}
        query={query}
        testId={path.endsWith("/tasks") ? "vuln-tasks-export" : "vuln-matches-export"}
      />
      {counted && q.data && (
        <Text size="xs" c="dimmed" mb="xs" data-testid="match-count">
          {pick({ ja: `${q.data.data.length}件`, en: `${q.data.data.length} matches` })}
        </Text>
      )}
      {q.data?.data.length ? (
        <Stack>
          {q.data.data.map((m) => (
            <MatchCard key={m.id} m={m} />
          ))}
        </Stack>
      ) : (
        <Empty>{t("vuln.none")}</Empty>
      )}
    </QueryState>
  );
}

function Advisories({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const list = useQuery({
    queryKey: ["vuln", "advisories"],
    queryFn: () => api.get("/api/vulnerabilities/advisories"),
  });
  const [noticeFor, setNoticeFor] = useState<VulnAdvisory | null>(null);
  const mayNotify = list.data?.can.notifyStaff === true;
  const upload = useMutation({
    mutationFn: async () => {
      if (!file) return null;
      return api.post("/api/vulnerabilities/imports", { query: { name: file.name }, body: file });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: ["vuln"] }),
  });
  const result = upload.data?.data;
  return (
    <Stack>
      {canImport && (
        <Card withBorder>
          <Group align="flex-end">
            <FileInput
              label={t("vuln.importFile")}
              value={file}
              onChange={setFile}
              accept=".json,.gz,.xml"
              w={320}
              data-testid="vuln-file"
            />
            <Button
              onClick={() => upload.mutate()}
              disabled={!file}
              loading={upload.isPending}
              data-testid="vuln-import"
            >
              {t("vuln.import")}
            </Button>
          </Group>
          {result && result.status === "imported" && (
            <Text mt="xs">{t("vuln.imported", { count: result.advisories, matches: result.matches })}</Text>
          )}
          <ErrorAlert error={upload.error} />
        </Card>
      )}
      <QueryState isLoading={list.isLoading} error={list.error}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("vuln.id")}</Table.Th>
              <Table.Th>{t("vuln.title")}</Table.Th>
              <Table.Th>{t("vuln.severityLabel")}</Table.Th>
              <Table.Th>{t("vuln.published")}</Table.Th>
              {mayNotify && <Table.Th>{pick({ ja: "職員への注意喚起", en: "Notice to staff" })}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data?.data ?? []).map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {a.key}
                  {a.jvndbIds?.length ? <Text size="xs">{a.jvndbIds.join(", ")}</Text> : null}
                </Table.Td>
                <Table.Td>
                  {pick({ ja: a.titleJa ?? a.title, en: a.title })}{" "}
                  {a.kev && (
                    <Badge color="red" variant="outline">
                      {t("vuln.kev")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Severity value={a.severity} />
                </Table.Td>
                <Table.Td>
                  <DateText value={a.published} />
                </Table.Td>
                {mayNotify && (
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setNoticeFor(a)}>
                      {pick({ ja: "全職員へ通知", en: "Notify all staff" })}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
      {noticeFor && <StaffNoticeDialog advisory={noticeFor} onClose={() => setNoticeFor(null)} />}
    </Stack>
  );
}

function EndOfSupport() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const q = useQuery({
    queryKey: ["vuln", "eos"],
    queryFn: () => api.get("/api/software/end-of-support"),
  });
  const data = q.data?.data;
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      <Stack>
        {data?.rule && (
          <Text size="sm" c="dimmed">
            {/* The clause as people read it (common/clause-label.ts), never the profile's id. */}
            {pick(data.rule.text)} <ClauseLink id={data.rule.clause} />
          </Text>
        )}
        {data?.years?.length ? (
          // Under 年度 headings (April to March), as the budget is requested; then by month.
          data.years.map((y) => (
            <Stack gap="xs" key={y.fiscalYear} data-testid={`eos-year-${y.fiscalYear}`}>
              <Title order={3} size="h4">
                {formatFiscalYear(y.fiscalYear)}
              </Title>
              <Text size="sm" c="dimmed">
                {t("vuln.eosYear", { products: y.products, installations: y.installations })} ·{" "}
                {t("vuln.warnFromFirst")} <DateText value={y.warnFrom} />
              </Text>
              {y.months.map((m) => (
                <Card withBorder key={m.month} data-testid={`eos-month-${m.month}`}>
                  <Title order={4} size="h6">
                    {formatMonthJa(m.month)}
                  </Title>
                  {m.items.map((i) => (
                    <Text size="sm" key={i.productId}>
                      {i.vendor} {i.product} {i.version}: {t("vuln.eosOn")}{" "}
                      <DateText value={i.endOfSupport} /> ·{" "}
                      {t("vuln.installations", { count: i.installations })} · {t("vuln.warnFrom")}{" "}
                      <DateText value={i.warnFrom} />
                    </Text>
                  ))}
                </Card>
              ))}
            </Stack>
          ))
        ) : (
          <Empty>{t("vuln.noEos")}</Empty>
        )}
      </Stack>
    </QueryState>
  );
}

function Summary() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ["vuln", "summary"],
    queryFn: () => api.get("/api/vulnerabilities/summary"),
  });
  const s = q.data?.data;
  const ages = ["0-7", "8-30", "31-90", "91+"];
  const sevs = ["critical", "high", "medium", "low", "none"];
  const cell = (sev: string, age: string) =>
    s?.bySeverity.find((x) => x.severity === sev && x.age === age)?.n ?? 0;
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      <Stack>
        <Group>
          <Badge size="lg" color="red">
            {t("vuln.overdue")}: {s?.overdue ?? 0}
          </Badge>
          <Badge size="lg" color="orange">
            {t("vuln.toConfirm")}: {s?.confirm ?? 0}
          </Badge>
          <Badge size="lg" color="grape">
            {t("vuln.kev")}: {s?.kev ?? 0}
          </Badge>
        </Group>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("vuln.severityLabel")}</Table.Th>
              {ages.map((a) => (
                <Table.Th key={a}>{t("vuln.ageDays", { range: a })}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sevs.map((sev) => (
              <Table.Tr key={sev}>
                <Table.Td>
                  <Severity value={sev} />
                </Table.Td>
                {ages.map((a) => (
                  <Table.Td key={a}>{cell(sev, a)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </QueryState>
  );
}

/** ソフトウェア・脆弱性: my tasks; for the network manager / 情報監理者 and the CISO, the organization views. */
export default function Vulnerabilities() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { me } = useAuth();
  // The server decides (software/access.ts, sent as app policies by GET /api/auth/me).
  const oversee = me?.user.policies?.overseeVulnerabilities === true;
  const canImport = me?.user.policies?.importAdvisories === true;
  // A dashboard bar links here with ?view=open&severity=&age=: those matches in their own tab.
  const { search } = useLocation();
  const severity = search.get("severity");
  const age = search.get("age");
  const filtered = search.get("view") === "open" && (severity || age);
  return (
    <>
      <PageHeader title={t("vuln.title_page")} description={t("vuln.description")} />
      <Tabs defaultValue={filtered ? "filtered" : "tasks"} keepMounted={false}>
        <Tabs.List>
          {filtered && (
            <Tabs.Tab value="filtered" data-testid="tab-filtered">
              {pick({ ja: "絞り込み（未対応）", en: "Filtered (open)" })}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="tasks" data-testid="tab-tasks">
            {t("vuln.tabs.tasks")}
          </Tabs.Tab>
          {oversee && (
            <Tabs.Tab value="confirm" data-testid="tab-confirm">
              {t("vuln.tabs.confirm")}
            </Tabs.Tab>
          )}
          {oversee && <Tabs.Tab value="overdue">{t("vuln.tabs.overdue")}</Tabs.Tab>}
          <Tabs.Tab value="advisories">{t("vuln.tabs.advisories")}</Tabs.Tab>
          <Tabs.Tab value="eos">{t("vuln.tabs.eos")}</Tabs.Tab>
          {oversee && <Tabs.Tab value="summary">{t("vuln.tabs.summary")}</Tabs.Tab>}
          {oversee && (
            <Tabs.Tab value="imports" data-testid="tab-imports">
              {pick({ ja: "取込み・自動取得", en: "Imports and fetch" })}
            </Tabs.Tab>
          )}
        </Tabs.List>
        {filtered && (
          <Tabs.Panel value="filtered" pt="md">
            <Group mb="sm">
              {severity && (
                <FilterChip
                  label={`${pick({ ja: "深刻度", en: "Severity" })}: ${pick(labelOf(VULN_SEVERITY_LABELS, severity))}`}
                  onClear={() => setSearchParams({ severity: null })}
                />
              )}
              {age && (
                <FilterChip
                  label={`${pick({ ja: "初回検出から", en: "Since first matched" })}: ${pick(AGE_LABELS[age] ?? { ja: "—", en: "—" })}`}
                  onClear={() => setSearchParams({ age: null })}
                />
              )}
            </Group>
            <MatchList
              path="/api/vulnerabilities/matches"
              query={{
                view: "open",
                ...(severity ? { severity } : {}),
                ...(age ? { age } : {}),
                limit: "500",
              }}
              counted
            />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="tasks" pt="md">
          <MatchList path="/api/vulnerabilities/tasks" />
        </Tabs.Panel>
        <Tabs.Panel value="confirm" pt="md">
          <MatchList path="/api/vulnerabilities/matches" query={{ view: "confirm" }} />
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="md">
          <MatchList path="/api/vulnerabilities/matches" query={{ view: "overdue" }} />
        </Tabs.Panel>
        <Tabs.Panel value="advisories" pt="md">
          <Advisories canImport={canImport} />
        </Tabs.Panel>
        <Tabs.Panel value="eos" pt="md">
          <EndOfSupport />
        </Tabs.Panel>
        <Tabs.Panel value="summary" pt="md">
          <Summary />
        </Tabs.Panel>
        <Tabs.Panel value="imports" pt="md">
          <Imports />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
