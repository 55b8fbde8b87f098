import { Badge, Box, Button, Card, Group, Switch, Table, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { MailPreference } from "../../components/MailPreference";
import type { RequestNotification } from "../../contract";
import { useLang } from "../../i18n";
import { Link, navigate, setSearchParams, useLocation } from "../../router";

/** Unread request notifications of the signed-in person (shared with the badge in 自分の申請). */
export function useUnreadNotifications() {
  return useQuery({
    queryKey: ["request-notifications", "unread"],
    queryFn: () => api.get("/api/requests/notifications", { query: { unread: "true" } }),
    refetchInterval: 60_000,
  });
}

/** お知らせ: in-app notifications about requests, each linking to its request; mark read. */
export default function Notifications() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const qc = useQueryClient();
  // `?unread=true` (the dashboard's link): the filter lives in the URL.
  const unreadOnly = useLocation().search.get("unread") === "true";
  const setUnreadOnly = (v: boolean) => setSearchParams({ unread: v ? "true" : null });
  const query = useQuery({
    queryKey: ["request-notifications", unreadOnly ? "unread" : "all"],
    queryFn: () => api.get("/api/requests/notifications", { query: unreadOnly ? { unread: "true" } : {} }),
  });
  const items: RequestNotification[] = query.data?.data ?? [];
  const unread = items.filter((n) => !n.readAt);
  const markRead = useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await api.post("/api/requests/notifications/{id}/read", { path: { id } });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: ["request-notifications"] }),
  });
  const open = (n: RequestNotification) => {
    if (!n.readAt) markRead.mutate([n.id]);
    if (n.requestId) navigate(`/requests/${n.requestId}`);
  };
  return (
    <>
      <PageHeader
        title={t("requests.notificationsTitle")}
        description={t("requests.notificationsDescription")}
        actions={
          <Button
            variant="light"
            disabled={unread.length === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate(unread.map((n) => n.id))}
            data-testid="notifications-mark-all"
          >
            {t("requests.markAllRead")}
          </Button>
        }
      />
      <Switch
        mb="sm"
        label={t("requests.unreadOnly")}
        checked={unreadOnly}
        onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
        data-testid="notifications-unread-only"
      />
      {markRead.error ? <ErrorAlert error={markRead.error} /> : null}
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Empty>{t("requests.notificationsNone")}</Empty>
          ) : (
            <Table highlightOnHover data-testid="notification-list">
              <Table.Tbody>
                {items.map((n) => (
                  <Table.Tr
                    key={n.id}
                    data-testid="notification-row"
                    data-read={String(!!n.readAt)}
                    style={{ fontWeight: n.readAt ? undefined : 600 }}
                  >
                    <Table.Td w={90}>
                      <Badge color={n.readAt ? "gray" : "blue"} variant="light">
                        {n.readAt ? t("requests.read") : t("requests.unread")}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {n.requestId ? (
                        <Link
                          href={`/requests/${n.requestId}`}
                          onClick={(e) => {
                            e.preventDefault();
                            open(n);
                          }}
                          data-testid="notification-link"
                        >
                          {lang === "en" ? n.messageEn : n.messageJa}
                        </Link>
                      ) : (
                        <Text size="sm">{lang === "en" ? n.messageEn : n.messageJa}</Text>
                      )}
                    </Table.Td>
                    <Table.Td w={200}>
                      <Text size="sm">
                        <DateText value={n.createdAt} time />
                      </Text>
                    </Table.Td>
                    <Table.Td w={120}>
                      {!n.readAt && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => markRead.mutate([n.id])}
                          data-testid="notification-mark-read"
                        >
                          {t("requests.markRead")}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </QueryState>
      <Box mt="md">
        <MailPreference />
      </Box>
    </>
  );
}

/** A link with the unread count, for the request screens' headers. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useUnreadNotifications();
  const count: number = unread.data?.data?.length ?? 0;
  return (
    <Group gap={4}>
      <Button
        variant="subtle"
        onClick={() => navigate("/requests/notifications")}
        data-testid="notifications-link"
        rightSection={
          count > 0 ? (
            <Badge color="red" size="sm" circle data-testid="notifications-unread-count">
              {count}
            </Badge>
          ) : null
        }
      >
        <BellIcon />
        {t("requests.notifications")}
      </Button>
    </Group>
  );
}

/** A bell drawn inline (closed networks have no emoji font; nothing is fetched). */
function BellIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" style={{ marginRight: 4 }}>
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
      />
    </svg>
  );
}
