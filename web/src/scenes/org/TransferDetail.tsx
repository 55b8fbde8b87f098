import { Alert, Button, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import type { TransferBatch, TransferItem } from "../../contract";
import { recordOf } from "../../hooks";
import { useLang } from "../../i18n";
import { Link } from "../../router";
import { StatusBadge } from "./Transfers";

function Handover({ item }: { item: TransferItem }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const entries = item.handover;
  const actionKey = item.handoverIsPreview ? "transfers.handoverActionPreview" : "transfers.handoverAction";
  if (entries.length === 0 && item.assetsToReassign.length === 0)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {entries.map((h) => (
        <Text key={`${h.kind}-${h.id}`} size="xs" c={h.action === "review" ? "orange.8" : undefined}>
          {h.kind === "role_assignment"
            ? t("transfers.handoverRole", {
                role: h.roleTitle ? pick(h.roleTitle) : h.roleKey,
                scope: h.scopeDepartmentName ?? t(`scope.${h.scope ?? "organization"}`),
              })
            : t(
                h.as === "principal" ? "transfers.handoverDeputyPrincipal" : "transfers.handoverDeputyDeputy",
                {
                  other: h.otherPersonName ?? "—",
                },
              )}
          {" — "}
          {t(`${actionKey}.${h.action}`)}
        </Text>
      ))}
      {item.assetsToReassign.length > 0 && (
        <Text size="xs" fw={600} mt={4}>
          {t("transfers.assetsToReassign")}
        </Text>
      )}
      {item.assetsToReassign.map((a) => (
        <Text key={`${a.as}-${a.assetId}`} size="xs" data-testid="asset-to-reassign">
          {a.hidden ? t("transfers.assetHidden") : `${a.assetNumber} ${a.name}`}（
          {t(`transfers.assetAs.${a.as}`)}）
        </Text>
      ))}
    </Stack>
  );
}

export default function TransferDetail({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: ["transfers", params.id],
    queryFn: async () =>
      recordOf<TransferBatch>(await api.get("/api/transfers/{id}", { path: { id: params.id } })),
  });
  const act = useMutation({
    mutationFn: (action: "apply" | "cancel") =>
      api.post(`/api/transfers/{id}/${action}`, { path: { id: params.id } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["transfers"] });
      await qc.invalidateQueries({ queryKey: ["people"] });
      await qc.invalidateQueries({ queryKey: ["person"] });
      await qc.invalidateQueries({ queryKey: ["role-assignments"] });
      await qc.invalidateQueries({ queryKey: ["departments"] });
    },
  });
  const b = query.data;
  const items = b?.items ?? [];
  const needsHandover = items.some((i) => i.handover.length > 0 || i.assetsToReassign.length > 0);

  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {confirmDialog}
      {b && (
        <>
          <PageHeader
            back={{ href: "/org/transfers", label: t("transfers.title") }}
            title={
              <Group gap="xs" component="span">
                <span>{b.title}</span>
                <StatusBadge status={b.status} />
              </Group>
            }
            description={
              <>
                {t("transfers.effectiveDate")}: <DateText value={b.effectiveDate} /> ・{" "}
                {t("transfers.itemCountN", { n: b.itemCount })}
                {b.appliedAt && (
                  <>
                    {" "}
                    ・ {t("transfers.appliedAt")}: <DateText value={b.appliedAt} time />
                  </>
                )}
              </>
            }
            actions={
              <>
                {b.policies?.cancel && (
                  <Button
                    variant="default"
                    color="red"
                    onClick={() =>
                      void confirm({ message: t("transfers.confirmCancel") }).then(
                        (ok) => ok && act.mutate("cancel"),
                      )
                    }
                    loading={act.isPending && act.variables === "cancel"}
                    data-testid="transfer-cancel"
                  >
                    {t("transfers.cancel")}
                  </Button>
                )}
                {b.policies?.apply && (
                  <Button
                    onClick={() =>
                      void confirm({ message: t("transfers.confirmApply") }).then(
                        (ok) => ok && act.mutate("apply"),
                      )
                    }
                    loading={act.isPending && act.variables === "apply"}
                    data-testid="transfer-apply"
                  >
                    {t("transfers.apply")}
                  </Button>
                )}
              </>
            }
          />
          <ErrorAlert error={act.error} />
          {b.status === "planned" && (
            <Alert color="blue" variant="light" mb="sm">
              {t("transfers.plannedHelp")}
              {needsHandover && (
                <Text size="sm" mt={4} data-testid="transfer-preview-notice">
                  {t("transfers.previewHelp")}
                </Text>
              )}
            </Alert>
          )}
          {b.status === "applied" && needsHandover && (
            <Alert color="orange" variant="light" mb="sm" data-testid="transfer-handover-notice">
              {t("transfers.handoverHelp")}
            </Alert>
          )}
          <Card withBorder padding={0}>
            {items.length === 0 ? (
              <Empty>{t("transfers.noItems")}</Empty>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table className="data-table" data-testid="transfer-items">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("person.employeeNumber")}</Table.Th>
                      <Table.Th>{t("transfers.person")}</Table.Th>
                      <Table.Th>{t("transfers.from")}</Table.Th>
                      <Table.Th>{t("transfers.to")}</Table.Th>
                      <Table.Th>{t("transfers.newTitle")}</Table.Th>
                      <Table.Th>{t("transfers.handover")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td className="mono">{i.employeeNumber ?? "—"}</Table.Td>
                        <Table.Td>
                          <Link href={`/org/people/${i.personId}`}>{i.personName ?? "—"}</Link>
                        </Table.Td>
                        <Table.Td>{i.fromDepartmentName ?? "—"}</Table.Td>
                        <Table.Td>
                          <b>{i.toDepartmentName ?? "—"}</b>
                        </Table.Td>
                        <Table.Td>{i.newTitle ?? "—"}</Table.Td>
                        <Table.Td>
                          <Handover item={i} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        </>
      )}
    </QueryState>
  );
}
