import { Alert, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { clauseLabel } from "../../components/Clause";
import { DateText, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import type { Separation } from "../../contract";
import { recordOf } from "../../hooks";
import { useLang } from "../../i18n";
import { Link } from "../../router";
import { SeparationStatus } from "./Separations";

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={4} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function None() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t("separations.none")}
    </Text>
  );
}

/** /org/separations/:id — the 引き継ぎ view: what applying ends, and what the person leaves to reassign. */
export default function SeparationDetail({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [confirm, confirmDialog] = useConfirm();
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: ["separations", params.id],
    queryFn: async () =>
      recordOf<Separation>(await api.get("/api/separations/{id}", { path: { id: params.id } })),
  });
  const act = useMutation({
    mutationFn: (action: "apply" | "cancel") =>
      api.post(`/api/separations/{id}/${action}`, { path: { id: params.id } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["separations"] });
      await qc.invalidateQueries({ queryKey: ["people"] });
      await qc.invalidateQueries({ queryKey: ["person"] });
      await qc.invalidateQueries({ queryKey: ["role-assignments"] });
    },
  });
  const s = query.data;
  const endKey = s?.handoverIsPreview ? "separations.willEnd" : "separations.ended";
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {confirmDialog}
      {s && (
        <>
          <PageHeader
            back={{ href: "/org/separations", label: t("separations.title") }}
            title={
              <Group gap="xs" component="span">
                <span>
                  {s.personName ?? "—"}（{pick(s.kindLabel)}）
                </span>
                <SeparationStatus status={s.status} />
              </Group>
            }
            description={
              <>
                {t("separations.effectiveDate")}: <DateText value={s.effectiveDate} />
                {s.expectedReturn && (
                  <>
                    {" "}
                    ・ {t("separations.expectedReturn")}: <DateText value={s.expectedReturn} />
                  </>
                )}
                {s.appliedAt && (
                  <>
                    {" "}
                    ・ {t("separations.appliedAt")}: <DateText value={s.appliedAt} time />
                  </>
                )}
              </>
            }
            actions={
              <>
                {s.policies?.cancel && (
                  <Button
                    variant="default"
                    color="red"
                    onClick={() =>
                      void confirm({ message: t("separations.confirmCancel") }).then(
                        (ok) => ok && act.mutate("cancel"),
                      )
                    }
                    loading={act.isPending && act.variables === "cancel"}
                    data-testid="separation-cancel"
                  >
                    {t("separations.cancel")}
                  </Button>
                )}
                {s.policies?.apply && (
                  <Button
                    onClick={() =>
                      void confirm({ message: t("separations.confirmApply") }).then(
                        (ok) => ok && act.mutate("apply"),
                      )
                    }
                    loading={act.isPending && act.variables === "apply"}
                    data-testid="separation-apply"
                  >
                    {t("separations.apply")}
                  </Button>
                )}
              </>
            }
          />
          <ErrorAlert error={act.error} />
          {s.status === "planned" && (
            <Alert color="blue" variant="light" mb="sm" data-testid="separation-planned-help">
              {t("separations.plannedHelp")}
            </Alert>
          )}
          <Stack gap="sm">
            {s.note && <Text size="sm">{s.note}</Text>}
            <Section title={t(`${endKey}.title`)} testId="separation-ends">
              <Text size="sm" mb={4}>
                {t(`${endKey}.access`)}
              </Text>
              {s.handover.length === 0 ? (
                <None />
              ) : (
                <List size="sm">
                  {s.handover.map((h) => (
                    <List.Item key={`${h.kind}-${h.id}`}>
                      {h.kind === "role_assignment"
                        ? t("transfers.handoverRole", {
                            role: h.roleTitle ? pick(h.roleTitle) : h.roleKey,
                            scope: h.scopeDepartmentName ?? t(`scope.${h.scope ?? "organization"}`),
                          })
                        : t(
                            h.as === "principal"
                              ? "transfers.handoverDeputyPrincipal"
                              : "transfers.handoverDeputyDeputy",
                            { other: h.otherPersonName ?? "—" },
                          )}
                    </List.Item>
                  ))}
                </List>
              )}
            </Section>
            <Section title={t("separations.toReassign")} testId="separation-reassign">
              {s.assetsToReassign.length + s.openRequests.length + s.openTasks.length === 0 ? (
                <None />
              ) : (
                <List size="sm">
                  {s.assetsToReassign.map((a) => (
                    <List.Item key={`a-${a.as}-${a.assetId}`}>
                      {a.hidden ? (
                        t("transfers.assetHidden")
                      ) : (
                        <Link href={`/assets/${a.assetId}`}>{`${a.assetNumber} ${a.name}`}</Link>
                      )}
                      （{t(`transfers.assetAs.${a.as}`)}）
                    </List.Item>
                  ))}
                  {s.openRequests.map((r) => (
                    <List.Item key={`r-${r.requestId}`}>
                      {r.hidden ? (
                        t("separations.requestHidden")
                      ) : (
                        <Link href={`/requests/${r.requestId}`}>
                          {t("separations.request", { n: r.number })}
                        </Link>
                      )}
                    </List.Item>
                  ))}
                  {s.openTasks.map((task) => (
                    <List.Item key={`t-${task.taskId}`}>
                      {task.hidden ? (
                        t("separations.taskHidden")
                      ) : (
                        <Link href={`/incidents/${task.incidentId}`}>
                          {t("separations.task", { receipt: task.receiptNumber, title: task.title ?? "" })}
                        </Link>
                      )}
                    </List.Item>
                  ))}
                </List>
              )}
            </Section>
            {s.notice && (
              <Text size="sm" c="dimmed" data-testid="separation-notice">
                {t("separations.notice", { clause: clauseLabel(s.notice.clause) })}
              </Text>
            )}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
