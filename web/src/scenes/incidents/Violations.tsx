import { Badge, Button, Card, Group, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { PersonPicker } from "../../components/pickers";

/** 違反: report, notify the department manager, measures, suspension of system rights (as the profile allows). */
export default function Violations() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: ["violations"],
    queryFn: () => api.get("/api/violations"),
  });
  const [personId, setPersonId] = useState<string | null>(null);
  const [description, setDescription] = useState("");
  const [measures, setMeasures] = useState<Record<string, string>>({});
  const [reason, setReason] = useState<Record<string, string>>({});
  const act = useMutation({
    mutationFn: (call: () => Promise<unknown>) => call(),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["violations"] }),
  });
  const fe = useFieldError(act.error);
  const items = query.data?.items ?? [];
  const rightsLabel = (r: string) =>
    r === "suspend"
      ? t("violations.rightsSuspend")
      : r === "withdraw"
        ? t("violations.rightsWithdraw")
        : t("violations.rightsNone");
  return (
    <>
      <PageHeader
        title={t("violations.title")}
        description={query.data?.clause ? <ClauseLink id={query.data.clause} /> : undefined}
      />
      <ErrorAlert error={act.error} />
      {query.data?.policies?.create && (
        <Card withBorder mb="md" data-testid="violation-form">
          <Stack gap="xs">
            <PersonPicker
              label={t("violations.person")}
              value={personId}
              onChange={(v) => setPersonId(v)}
              error={fe("personId")}
              data-testid="violation-person"
            />
            <Textarea
              label={t("violations.description")}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={fe("description")}
              autosize
              data-testid="violation-description"
            />
            <Group>
              <Button
                disabled={!personId || !description.trim()}
                onClick={() =>
                  act.mutate(() => api.post("/api/violations", { body: { personId, description } }))
                }
                data-testid="violation-submit"
              >
                {t("violations.new")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Empty>{t("violations.empty")}</Empty>
          ) : (
            <Table className="data-table" data-testid="violation-table">
              <Table.Tbody>
                {items.map((v) => (
                  <Table.Tr key={v.id} data-testid="violation-row">
                    <Table.Td>
                      <Text fw={600}>{v.person.name}</Text>
                      <Text size="sm">{v.description}</Text>
                      <Text size="xs" c="dimmed">
                        <DateText value={v.createdAt} time /> ・{v.reportedBy?.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {v.managerNotifiedAt ? (
                        <Text size="xs">
                          {t("violations.notified")}: {v.managersNotified.map((m) => m.name).join("、")}
                        </Text>
                      ) : (
                        v.policies.update && (
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() =>
                              act.mutate(() =>
                                api.post("/api/violations/{id}/notify-manager", {
                                  path: { id: v.id },
                                  body: {},
                                }),
                              )
                            }
                            data-testid="violation-notify"
                          >
                            {t("violations.notifyManager")}
                          </Button>
                        )
                      )}
                      <Text size="xs" mt={4}>
                        {t("violations.measures")}: {v.measures ?? "—"}
                      </Text>
                      {v.policies.update && (
                        <Group gap={4}>
                          <TextInput
                            size="xs"
                            value={measures[v.id] ?? ""}
                            onChange={(e) => setMeasures({ ...measures, [v.id]: e.currentTarget.value })}
                          />
                          <Button
                            size="compact-xs"
                            disabled={!measures[v.id]?.trim()}
                            onClick={() =>
                              act.mutate(() =>
                                api.post("/api/violations/{id}/measures", {
                                  path: { id: v.id },
                                  body: { measures: measures[v.id] },
                                }),
                              )
                            }
                          >
                            {t("incidents.save")}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={v.rightsAction === "none" ? "gray" : "red"}
                        data-testid="violation-rights"
                      >
                        {t("violations.rights")}: {rightsLabel(v.rightsAction)}
                      </Badge>
                      {(v.policies.suspendRights || v.policies.withdrawRights) && (
                        <Group gap={4} mt={4}>
                          <TextInput
                            size="xs"
                            placeholder={t("violations.reason")}
                            value={reason[v.id] ?? ""}
                            onChange={(e) => setReason({ ...reason, [v.id]: e.currentTarget.value })}
                          />
                          {v.rightsAction === "none" ? (
                            <>
                              {v.policies.suspendRights && (
                                <Button
                                  size="compact-xs"
                                  color="red"
                                  disabled={!reason[v.id]?.trim()}
                                  onClick={() =>
                                    act.mutate(() =>
                                      api.post("/api/violations/{id}/rights", {
                                        path: { id: v.id },
                                        body: { action: "suspend", reason: reason[v.id] },
                                      }),
                                    )
                                  }
                                  data-testid="violation-suspend"
                                >
                                  {t("violations.suspend")}
                                </Button>
                              )}
                              {v.policies.withdrawRights && (
                                <Button
                                  size="compact-xs"
                                  color="red"
                                  variant="outline"
                                  disabled={!reason[v.id]?.trim()}
                                  onClick={() =>
                                    act.mutate(() =>
                                      api.post("/api/violations/{id}/rights", {
                                        path: { id: v.id },
                                        body: { action: "withdraw", reason: reason[v.id] },
                                      }),
                                    )
                                  }
                                >
                                  {t("violations.withdraw")}
                                </Button>
                              )}
                            </>
                          ) : (
                            <Button
                              size="compact-xs"
                              variant="default"
                              disabled={!reason[v.id]?.trim()}
                              onClick={() =>
                                act.mutate(() =>
                                  api.post("/api/violations/{id}/rights", {
                                    path: { id: v.id },
                                    body: { action: "restore", reason: reason[v.id] },
                                  }),
                                )
                              }
                            >
                              {t("violations.restore")}
                            </Button>
                          )}
                        </Group>
                      )}
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
