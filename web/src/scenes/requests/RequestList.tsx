import {
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Table,
  Text,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import type { RequestSummary } from "../../contract";
import { useLang } from "../../i18n";
import { Link, navigate, setSearchParams, useLocation } from "../../router";
import { NotificationsLink } from "./Notifications";

export const STATUS_COLORS: Record<string, string> = {
  draft: "gray",
  submitted: "orange",
  approved: "blue",
  rejected: "red",
  returned: "yellow",
  in_effect: "cyan",
  completed: "green",
  expired: "gray",
  cancelled: "gray",
};

const STATUS_LABELS: Record<string, { ja: string; en: string }> = {
  draft: { ja: "下書き", en: "Draft" },
  submitted: { ja: "承認待ち", en: "Waiting for approval" },
  approved: { ja: "承認済み", en: "Approved" },
  rejected: { ja: "却下", en: "Rejected" },
  returned: { ja: "差し戻し", en: "Returned for changes" },
  in_effect: { ja: "実施中", en: "In effect" },
  completed: { ja: "完了", en: "Completed" },
  expired: { ja: "期限切れ", en: "Expired" },
  cancelled: { ja: "取消し", en: "Cancelled" },
};

/** `?followUp=` of GET /api/requests (the dashboard links to these). */
const FOLLOW_UPS: Record<string, { ja: string; en: string }> = {
  overdue: { ja: "期限を過ぎた報告（返却・事後報告）", en: "Overdue reports (return, post-report)" },
  return_to_confirm: { ja: "返却の確認待ち", en: "Returns to confirm" },
  late: {
    ja: "報告の期限超過（閲覧できるすべて）",
    en: "Reports overdue (all you may see)",
  },
};

/**
 * 自分の申請 / 承認待ち / 閲覧できるすべて: the server filters by the same rule as the detail.
 * The filters live in the URL (`?scope=all`, `?status=a,b`, `?kind=`, `?followUp=`), so the
 * dashboard's links land on exactly the records they count, and Back returns to the last filter.
 */
export default function RequestList() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { path, search } = useLocation();
  const scope = path.endsWith("/waiting") ? "waiting" : search.get("scope") === "all" ? "all" : "mine";
  const status = search.get("status") ?? "";
  const kind = search.get("kind") ?? "";
  const followUp = search.get("followUp") ?? "";
  const filters = {
    scope,
    status: status || undefined,
    kind: kind || undefined,
    followUp: followUp || undefined,
  };
  const query = useQuery({
    queryKey: ["requests", scope, { status, kind, followUp }],
    queryFn: () => api.get("/api/requests", { query: filters }),
  });
  const items: RequestSummary[] = query.data?.data ?? [];
  return (
    <>
      <PageHeader
        title={scope === "waiting" ? t("requests.waiting") : t("requests.mine")}
        actions={
          <Group gap="xs">
            <NotificationsLink />
            <Button onClick={() => navigate("/requests/new")} data-testid="request-new">
              {t("requests.newTitle")}
            </Button>
          </Group>
        }
      />
      <Group mb="sm" gap="sm" align="flex-end">
        <SegmentedControl
          value={scope}
          onChange={(v) =>
            navigate(
              v === "waiting" ? "/requests/waiting" : v === "all" ? "/requests?scope=all" : "/requests",
            )
          }
          data={[
            { value: "mine", label: t("requests.mine") },
            { value: "waiting", label: t("requests.waiting") },
            { value: "all", label: pick({ ja: "閲覧できるすべて", en: "All I may see" }) },
          ]}
          data-testid="request-scope"
        />
        <MultiSelect
          label={t("requests.status")}
          data={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label: pick(label) }))}
          value={status ? status.split(",") : []}
          onChange={(v) => setSearchParams({ status: v.join(",") })}
          clearable
          w={280}
          data-testid="request-filter-status"
        />
        <Select
          label={pick({ ja: "対応", en: "Follow-up" })}
          data={Object.entries(FOLLOW_UPS).map(([value, label]) => ({ value, label: pick(label) }))}
          value={followUp || null}
          onChange={(v) => setSearchParams({ followUp: v })}
          clearable
          placeholder={pick({ ja: "すべて", en: "All" })}
          w={260}
          data-testid="request-filter-follow-up"
        />
        {kind && (
          <Badge
            variant="light"
            size="lg"
            style={{ cursor: "pointer" }}
            onClick={() => setSearchParams({ kind: null })}
            title={pick({ ja: "種類の絞り込みを解除", en: "Clear the kind filter" })}
          >
            {t("requests.kind")}: {kind} ×
          </Badge>
        )}
      </Group>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <ExportLinks path="/api/requests/export" query={filters} testId="requests-export" />
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Empty>{t("requests.none")}</Empty>
          ) : (
            <Table striped highlightOnHover data-testid="request-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("requests.number")}</Table.Th>
                  <Table.Th>{t("requests.kind")}</Table.Th>
                  <Table.Th>{t("requests.requester")}</Table.Th>
                  <Table.Th>{t("requests.status")}</Table.Th>
                  <Table.Th>{t("requests.createdAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id} data-testid="request-row" data-id={r.id}>
                    <Table.Td>
                      <Link href={`/requests/${r.id}`}>No.{r.number}</Link>
                    </Table.Td>
                    <Table.Td>{pick(r.kindTitle)}</Table.Td>
                    <Table.Td>{r.requester?.name}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[r.status] ?? "gray"} variant="light">
                        {pick(r.statusLabel)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        <DateText value={r.createdAt} />
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </QueryState>
    </>
  );
}
