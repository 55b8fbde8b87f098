import { Badge, Button, Card, Group, SegmentedControl, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { useLang } from "../../i18n";
import { Link, navigate, useLocation } from "../../router";
import type { Json } from "./i18n";
import { NotificationsLink } from "./Notifications";
import "./i18n";

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

/** 自分の申請 / 承認待ち: the server filters by the same rule as the detail. */
export default function RequestList() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { path } = useLocation();
  const scope = path.endsWith("/waiting") ? "waiting" : "mine";
  const query = useQuery({
    queryKey: ["requests", scope],
    queryFn: () => api.get<Json>("/api/requests", { scope }),
  });
  const items: Json[] = query.data?.data ?? [];
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
      <SegmentedControl
        mb="sm"
        value={scope}
        onChange={(v) => navigate(v === "waiting" ? "/requests/waiting" : "/requests")}
        data={[
          { value: "mine", label: t("requests.mine") },
          { value: "waiting", label: t("requests.waiting") },
        ]}
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
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
