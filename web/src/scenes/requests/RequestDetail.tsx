import { Alert, Badge, Button, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { labelOf, REQUEST_DECISION_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { DateText, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useLang } from "../../i18n";
import { DraftEditor } from "./DraftEditor";
import { STATUS_COLORS } from "./RequestList";
import {
  CompletionCard,
  ConfirmReturnForm,
  DecisionPanel,
  PostReportForm,
  type RequestAction,
  ReturnReportForm,
  useRequestAction,
} from "./request-actions";

/** A request: what, why (clauses), who approves; the decision panel shows the assets' classification and restrictions. */
export default function RequestDetail({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const qc = useQueryClient();
  const id = params.id;
  const query = useQuery({
    queryKey: ["request", id],
    queryFn: () => api.get("/api/requests/{id}", { path: { id } }),
  });
  const [editing, setEditing] = useState(false);
  const act = useRequestAction(id);
  const r = query.data?.data;
  const p: Record<string, boolean> = query.data?.policies ?? {};
  const run = (action: RequestAction) => act.mutate({ action, body: {} });

  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {r && (
        <>
          <PageHeader
            title={`${t("requests.detail")} No.${r.number} ${pick(r.kindTitle)}`}
            back={{ href: "/requests", label: t("requests.mine") }}
            actions={
              <Badge
                size="lg"
                color={STATUS_COLORS[r.status] ?? "gray"}
                data-testid="request-status"
                data-status={r.status}
              >
                {pick(r.statusLabel)}
              </Badge>
            }
          />
          <Stack gap="md">
            <Alert
              color={r.approvalRequired ? "orange" : "green"}
              title={r.approvalRequired ? t("requests.approvalNeeded") : t("requests.approvalNotNeeded")}
            >
              {r.basis.map((b) => (
                <Text size="sm" key={b.clause}>
                  {t("requests.basis")}: {b.clause} — {b.text}
                </Text>
              ))}
              {r.encryptionRequired && (
                <Text size="sm" c="red">
                  {t("requests.encryption")}（{r.encryptionClause}）
                </Text>
              )}
            </Alert>

            {r.assets.length > 0 && (
              <Card withBorder>
                <Text fw={600} mb="xs">
                  {t("requests.assets")}
                </Text>
                <Table data-testid="request-assets">
                  <Table.Tbody>
                    {r.assets.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td>
                          {a.assetNumber} {a.name}
                        </Table.Td>
                        <Table.Td>
                          {t("requests.classification")}:{" "}
                          {["confidentiality", "integrity", "availability"]
                            .map((s) => a.levels?.[s]?.label)
                            .filter(Boolean)
                            .join(" / ")}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" fw={600}>
                            {t("requests.handling")}
                          </Text>
                          {a.handling.map((h) => (
                            <Text size="xs" key={h.code}>
                              ・{pick(h.text)}
                            </Text>
                          ))}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            )}

            <Card withBorder>
              <Text fw={600} mb="xs">
                {t("requests.form")}
              </Text>
              <Table>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td>{t("requests.requester")}</Table.Td>
                    <Table.Td>
                      {r.requester?.name}（{r.departmentName}）
                    </Table.Td>
                  </Table.Tr>
                  {r.fieldSpecs.map((f) => (
                    <Table.Tr key={f.key}>
                      <Table.Td>{pick(f.label)}</Table.Td>
                      <Table.Td>
                        {f.type === "datetime" && r.fields[f.key] ? (
                          <DateText value={String(r.fields[f.key])} time />
                        ) : typeof r.fields[f.key] === "boolean" ? (
                          r.fields[f.key] ? (
                            "✓"
                          ) : (
                            "—"
                          )
                        ) : (
                          String(r.fields[f.key] ?? "")
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>

            <Card withBorder>
              <Text fw={600} mb="xs">
                {t("requests.people")}
              </Text>
              {r.approvers.map((s) => (
                <Text size="sm" key={s.step}>
                  {s.step}. {pick(s.dutyLabel)}:{" "}
                  {s.people.length
                    ? s.people
                        .map((x) => `${x.name}${x.deputyFor ? `（${t("requests.deputyFor")}）` : ""}`)
                        .join("、")
                    : t("requests.noApprover")}
                  {r.status === "submitted" && r.currentStep === s.step ? " ←" : ""}
                </Text>
              ))}
              {r.decisions.length > 0 && (
                <>
                  <Text fw={600} mt="sm" mb={4}>
                    {t("requests.decisions")}
                  </Text>
                  {r.decisions.map((d) => (
                    <Text size="sm" key={d.id} data-testid="request-decision">
                      <DateText value={d.decidedAt} time /> {d.personName}{" "}
                      {pick(labelOf(REQUEST_DECISION_LABELS, d.decision))}
                      {d.override ? `（本人承認: ${d.overrideReason}）` : ""}
                      {d.comment ? ` — ${d.comment}` : ""}
                    </Text>
                  ))}
                </>
              )}
            </Card>

            {(p.approve || p.approveWithOverride) && <DecisionPanel id={id} policies={p} />}

            {editing && p.update && (
              <DraftEditor
                request={r}
                onClose={() => setEditing(false)}
                onSaved={(res) => {
                  qc.setQueryData(["request", id], res);
                  qc.invalidateQueries({ queryKey: ["requests"] });
                  setEditing(false);
                }}
              />
            )}

            <Group>
              {p.update && !editing && (
                <Button variant="light" onClick={() => setEditing(true)} data-testid="request-edit">
                  {t("requests.edit")}
                </Button>
              )}
              {p.submit && (
                <Button onClick={() => run("submit")} data-testid="request-submit-again">
                  {t("requests.submit")}
                </Button>
              )}
              {p.start && (
                <Button onClick={() => run("start")} data-testid="request-start">
                  {t("requests.start")}
                </Button>
              )}
              {p.cancel && (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => run("cancel")}
                  data-testid="request-cancel"
                >
                  {t("requests.cancel")}
                </Button>
              )}
            </Group>
            <ErrorAlert error={act.error} />

            {p.returnReport && !r.returnedAt && <ReturnReportForm request={r} />}
            {p.complete && r.followUp === "return_report" && r.returnedAt && <ConfirmReturnForm id={id} />}
            {p.complete && r.followUp !== "return_report" && <CompletionCard request={r} />}
            {p.postReport && r.emergency && !r.postReportedAt && <PostReportForm request={r} />}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
