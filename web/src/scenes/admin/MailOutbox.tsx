import { Alert, Badge, Button, Card, Code, Modal, SegmentedControl, Table, Text } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PagedFooter, PageHeader, QueryState } from "../../components/common";
import { useConfirm } from "../../components/confirm";

const PAGE = 50;
const STATUSES = ["queued", "sending", "sent", "rejected", "failed", "unknown"] as const;
type Status = (typeof STATUSES)[number];
const COLOR: Record<Status, string> = {
  queued: "blue",
  sending: "cyan",
  sent: "teal",
  rejected: "red",
  failed: "red",
  unknown: "orange",
};

interface OutboxRow {
  id: string;
  to: string;
  kind: "immediate" | "digest";
  subject: string;
  body: string;
  status: Status;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  smtpResponse: string | null;
  messageId: string | null;
  createdAt: string;
  sentAt: string | null;
  policies: { resend: boolean };
}

/** 送信メール: every mail Sekimori sends or holds, for administrators; resend what did not go out. */
export default function MailOutbox() {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const qc = useQueryClient();
  const [status, setStatus] = useState<"all" | Status>("all");
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<OutboxRow | null>(null);
  const query = useQuery({
    queryKey: ["mail-outbox", { status, page }],
    queryFn: () =>
      api.get("/api/mail/outbox", {
        query: {
          status: status === "all" ? undefined : status,
          limit: PAGE,
          offset: (page - 1) * PAGE,
        },
      }),
    placeholderData: keepPreviousData,
  });
  const resend = useMutation({
    mutationFn: (id: string) => api.post("/api/mail/outbox/{id}/resend", { path: { id } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["mail-outbox"] }),
  });
  const counts = query.data?.counts ?? {};
  const total =
    status === "all" ? Object.values(counts).reduce((a, b) => a + (b ?? 0), 0) : (counts[status] ?? 0);
  const rows = query.data?.data ?? [];
  const smtp = query.data?.smtp;
  return (
    <>
      {confirmDialog}
      <PageHeader title={t("mailOutbox.title")} description={t("mailOutbox.description")} />
      {smtp && (
        <Alert
          color={smtp.configured ? "teal" : "yellow"}
          variant="light"
          mb="sm"
          data-testid="mail-smtp-state"
          data-configured={String(smtp.configured)}
        >
          {smtp.configured
            ? t("mailOutbox.smtpOn", { url: smtp.url, from: smtp.from })
            : t("mailOutbox.smtpOff", { from: smtp.from })}
        </Alert>
      )}
      <Card withBorder padding="sm" mb="sm">
        <SegmentedControl
          value={status}
          onChange={(v) => {
            setStatus(v as "all" | Status);
            setPage(1);
          }}
          data={[
            { value: "all", label: t("common.all") },
            ...STATUSES.map((s) => ({
              value: s,
              label: `${t(`mailOutbox.status.${s}`)} (${counts[s] ?? 0})`,
            })),
          ]}
          data-testid="mail-status-filter"
        />
      </Card>
      <ErrorAlert error={resend.error} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {rows.length === 0 ? (
            <Empty>{t("mailOutbox.empty")}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={1000}>
              <Table className="data-table" highlightOnHover data-testid="mail-outbox-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("mailOutbox.createdAt")}</Table.Th>
                    <Table.Th>{t("mailOutbox.to")}</Table.Th>
                    <Table.Th>{t("mailOutbox.subject")}</Table.Th>
                    <Table.Th>{t("mailOutbox.state")}</Table.Th>
                    <Table.Th className="num">{t("mailOutbox.attempts")}</Table.Th>
                    <Table.Th>{t("mailOutbox.result")}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id} data-testid="mail-row" data-status={r.status}>
                      <Table.Td>
                        <DateText value={r.createdAt} time />
                      </Table.Td>
                      <Table.Td className="mono">{r.to}</Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          onClick={() => setOpen(r)}
                          data-testid="mail-open"
                        >
                          {r.kind === "digest" && (
                            <Badge size="xs" variant="light" mr={6}>
                              {t("mailOutbox.digest")}
                            </Badge>
                          )}
                          <Text size="sm" truncate maw={360}>
                            {r.subject}
                          </Text>
                        </Button>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={COLOR[r.status]} variant="light">
                          {t(`mailOutbox.status.${r.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td className="num">{r.attempts}</Table.Td>
                      <Table.Td>
                        {r.status === "sent" ? (
                          <DateText value={r.sentAt} time />
                        ) : r.status === "queued" && r.attempts > 0 ? (
                          <Text size="xs">
                            {t("mailOutbox.nextAttempt")}: <DateText value={r.nextAttemptAt} time />
                          </Text>
                        ) : null}
                        {r.lastError && r.status !== "sent" && (
                          <Text size="xs" c="red" data-testid="mail-error">
                            {r.lastError}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        {r.policies.resend && (
                          <Button
                            size="compact-xs"
                            variant="default"
                            loading={resend.isPending && resend.variables === r.id}
                            onClick={() => {
                              void confirm({ message: t("mailOutbox.confirmResend", { to: r.to }) }).then(
                                (ok) => ok && resend.mutate(r.id),
                              );
                            }}
                            data-testid="mail-resend"
                          >
                            {t("mailOutbox.resend")}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        <PagedFooter total={total} page={page} pageSize={PAGE} onChange={setPage} />
      </QueryState>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open?.subject} size="lg">
        {open && (
          <>
            <Text size="sm" mb="xs">
              {t("mailOutbox.to")}: <span className="mono">{open.to}</span>
            </Text>
            {open.messageId && (
              <Text size="xs" c="dimmed" mb="xs">
                Message-ID: <span className="mono">{open.messageId}</span>
              </Text>
            )}
            {open.smtpResponse && (
              <Text size="xs" c="dimmed" mb="xs">
                {t("mailOutbox.smtpResponse")}: <span className="mono">{open.smtpResponse}</span>
              </Text>
            )}
            <Code block data-testid="mail-body">
              {open.body}
            </Code>
          </>
        )}
      </Modal>
    </>
  );
}
