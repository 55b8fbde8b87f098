import { Badge, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api";
import { DateText, Empty, QueryState } from "../../components/common";
import type { VulnFetchRun as FetchRun } from "../../contract";
import { useLang } from "../../i18n";

type L = { ja: string; en: string };

const RUN_STATUS: Record<FetchRun["status"], L & { color: string }> = {
  imported: { ja: "成功", en: "All imported", color: "green" },
  partial: { ja: "一部失敗", en: "Partly failed", color: "orange" },
  failed: { ja: "失敗", en: "Failed", color: "red" },
};
const FEED_STATUS: Record<FetchRun["feeds"][number]["status"], L> = {
  imported: { ja: "取込み済", en: "Imported" },
  failed: { ja: "形式の誤り（取込みなし）", en: "Malformed (nothing imported)" },
  not_fetched: { ja: "取得できず（取込みなし）", en: "Not fetched (nothing imported)" },
};
const TRIGGER: Record<FetchRun["trigger"], L> = {
  schedule: { ja: "定時", en: "Scheduled" },
  retry: { ja: "再試行", en: "Retry" },
  command: { ja: "コマンド", en: "Command" },
};

/** One fetch run: when, how, its counts, each feed's outcome with the reason of a failure. */
function RunCard({ run }: { run: FetchRun }) {
  const { pick } = useLang();
  const status = RUN_STATUS[run.status];
  return (
    <Card withBorder data-testid="fetch-run">
      <Group gap="xs" wrap="wrap">
        <Badge color={status.color}>{pick(status)}</Badge>
        <Text fw={600}>
          <DateText value={run.fetchedAt} time />
        </Text>
        <Text size="sm" c="dimmed">
          {pick(TRIGGER[run.trigger])}
          {run.attempt > 1 ? pick({ ja: `（${run.attempt} 回目）`, en: ` (try ${run.attempt})` }) : ""}
        </Text>
        <Text size="sm">
          {pick({
            ja: `脆弱性情報 ${run.advisoryCount} 件・照合 ${run.matchCount} 件`,
            en: `${run.advisoryCount} advisories, ${run.matchCount} matches`,
          })}
        </Text>
      </Group>
      <Stack gap={2} mt="xs">
        {run.feeds.map((f) => (
          <Text size="sm" key={f.feed} c={f.status === "imported" ? undefined : "red"}>
            {f.feed}: {pick(FEED_STATUS[f.status])}
            {f.status === "imported" ? pick({ ja: `（${f.advisories} 件）`, en: ` (${f.advisories})` }) : ""}
            {f.error ? ` — ${pick(f.error)}` : ""}
          </Text>
        ))}
      </Stack>
      {run.retryAt && (
        <Text size="sm" mt="xs" c="dimmed">
          {pick({ ja: "取得できなかったものの再試行", en: "Failed feeds are tried again at" })}:{" "}
          <DateText value={run.retryAt} time />
        </Text>
      )}
    </Card>
  );
}

/**
 * 取込み / Imports (the ネットワーク管理者, 情報監理者, CISO): the optional fetch — whether feeds
 * are configured, its next run, its last runs with counts and errors — and every imported file
 * with the located error of a refused one.
 */
export function Imports() {
  const { pick } = useLang();
  const q = useQuery({
    queryKey: ["vuln", "imports"],
    queryFn: () => api.get("/api/vulnerabilities/imports"),
  });
  const fetch = q.data?.fetch;
  const files = q.data?.data ?? [];
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      <Stack>
        <Title order={3} size="h4">
          {pick({ ja: "インターネットからの自動取得", en: "Fetching from the internet" })}
        </Title>
        {fetch?.configured ? (
          <Text size="sm" data-testid="fetch-next">
            {pick({ ja: "次回の定時取得", en: "Next scheduled fetch" })}:{" "}
            <DateText value={fetch.nextAt} time />
          </Text>
        ) : (
          <Text size="sm" c="dimmed" data-testid="fetch-off">
            {pick({
              ja: "取得先が設定されていません（閉域網ではファイルを取り込みます）。設定はシステム管理者が SEKIMORI_ADVISORY_FEEDS で行います。",
              en: "No feed is configured (on a closed network, import files). The administrator sets SEKIMORI_ADVISORY_FEEDS.",
            })}
          </Text>
        )}
        {fetch?.runs.length ? (
          fetch.runs.map((r) => <RunCard key={r.id} run={r} />)
        ) : (
          <Empty>{pick({ ja: "自動取得の記録はありません", en: "No fetch has run" })}</Empty>
        )}
        <Title order={3} size="h4">
          {pick({ ja: "取り込んだファイル", en: "Imported files" })}
        </Title>
        {files.length ? (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{pick({ ja: "日時", en: "When" })}</Table.Th>
                <Table.Th>{pick({ ja: "ファイル", en: "File" })}</Table.Th>
                <Table.Th>{pick({ ja: "結果", en: "Result" })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <DateText value={f.importedAt} time />
                  </Table.Td>
                  <Table.Td>{f.fileName}</Table.Td>
                  <Table.Td>
                    {f.status === "imported"
                      ? pick({ ja: `${f.advisoryCount} 件を取込み`, en: `${f.advisoryCount} imported` })
                      : pick({
                          ja: `失敗（${f.error?.location ?? ""}: ${f.error?.ja ?? ""}）`,
                          en: `Failed (${f.error?.location ?? ""}: ${f.error?.en ?? ""})`,
                        })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Empty>{pick({ ja: "取り込んだファイルはありません", en: "No file imported" })}</Empty>
        )}
      </Stack>
    </QueryState>
  );
}
