import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fromJstLocalInput, toJstLocalInput } from "../../../../common/calendar";
import { labelOf, REQUEST_DECISION_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { DateField, DateTimeField } from "../../components/DateField";
import { useLang } from "../../i18n";
import { DraftEditor } from "./DraftEditor";
import { STATUS_COLORS } from "./RequestList";

/** Now as an ISO timestamp in JST (minutes precision), the DateTimeField's value. */
const nowJst = () => fromJstLocalInput(toJstLocalInput(new Date())) ?? new Date().toISOString();

/** A request: what, why (clauses), who approves; the decision panel shows the assets' classification and restrictions. */
/** The steps of a request this screen takes (POST /api/requests/{id}/<step>). */
type RequestAction =
  | "submit"
  | "approve"
  | "reject"
  | "return"
  | "start"
  | "return-report"
  | "complete"
  | "cancel"
  | "post-report";

export default function RequestDetail({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const { pick, lang } = useLang();
  const qc = useQueryClient();
  const id = params.id;
  const query = useQuery({
    queryKey: ["request", id],
    queryFn: () => api.get("/api/requests/{id}", { path: { id } }),
  });
  const [comment, setComment] = useState("");
  const [overrideOn, setOverrideOn] = useState(false);
  const [reason, setReason] = useState("");
  const [returnedAt, setReturnedAt] = useState(nowJst());
  const [nothingMissing, setNothingMissing] = useState(false);
  const [completion, setCompletion] = useState<Record<string, unknown>>({});
  const [report, setReport] = useState("");
  const [editing, setEditing] = useState(false);
  const act = useMutation({
    mutationFn: ({ action, body }: { action: RequestAction; body: Record<string, unknown> }) =>
      api.post(`/api/requests/{id}/${action}`, { path: { id }, body }),
    onSuccess: (res) => {
      qc.setQueryData(["request", id], res);
      qc.invalidateQueries({ queryKey: ["requests"] });
    },
  });
  const fieldError = useFieldError(act.error);
  const r = query.data?.data;
  const p: Record<string, boolean> = query.data?.policies ?? {};
  const run = (action: RequestAction, body: Record<string, unknown> = {}) => act.mutate({ action, body });
  // The profile's rules on what this disposal's record must hold (registers.required_fields, e.g.
  // 川崎市 第4章4(3) 数量・残骸の写真 for a 区分Ⅰ/Ⅱ medium): the server says which apply by the assets,
  // the method chosen here decides the rest — so the fields are marked before the completion is sent.
  const ruleFor = (field: string) =>
    (r?.completionRules ?? []).find(
      (x) => x.fields.includes(field) && (x.byAssets || x.methods.includes(String(completion.method ?? ""))),
    );
  const ruleProps = (field: string) => {
    const rule = ruleFor(field);
    return rule
      ? {
          required: true,
          description: (
            <>
              {pick(rule.text)} <ClauseLink id={rule.clause} />
            </>
          ),
        }
      : {};
  };

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

            {act.error ? <ErrorAlert error={act.error} /> : null}

            {(p.approve || p.approveWithOverride) && (
              <Card withBorder data-testid="request-decision-panel">
                <Text fw={600} mb="xs">
                  {t("requests.decision")}
                </Text>
                <Textarea
                  label={t("requests.comment")}
                  value={comment}
                  onChange={(e) => setComment(e.currentTarget.value)}
                  error={fieldError("comment")}
                  data-testid="request-comment"
                />
                {p.approveWithOverride && (
                  <>
                    <Checkbox
                      mt="sm"
                      label={t("requests.override")}
                      checked={overrideOn}
                      onChange={(e) => setOverrideOn(e.currentTarget.checked)}
                    />
                    {overrideOn && (
                      <Textarea
                        label={t("requests.overrideReason")}
                        value={reason}
                        onChange={(e) => setReason(e.currentTarget.value)}
                        error={fieldError("override.reason")}
                      />
                    )}
                  </>
                )}
                <Group mt="sm">
                  <Button
                    onClick={() =>
                      run("approve", {
                        ...(comment ? { comment } : {}),
                        ...(overrideOn ? { override: { reason } } : {}),
                      })
                    }
                    data-testid="request-approve"
                  >
                    {t("requests.approve")}
                  </Button>
                  {p.return && (
                    <Button
                      variant="light"
                      color="yellow"
                      onClick={() => run("return", { comment })}
                      data-testid="request-return"
                    >
                      {t("requests.return")}
                    </Button>
                  )}
                  {p.reject && (
                    <Button
                      variant="light"
                      color="red"
                      onClick={() => run("reject", { comment })}
                      data-testid="request-reject"
                    >
                      {t("requests.reject")}
                    </Button>
                  )}
                </Group>
              </Card>
            )}

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

            {p.returnReport && !r.returnedAt && (
              <Card withBorder>
                <Group align="flex-end">
                  <DateTimeField
                    label={t("requests.returnedAt")}
                    value={returnedAt}
                    onChange={(v) => setReturnedAt(v ?? "")}
                    error={fieldError("returnedAt")}
                    data-testid="request-returned-at"
                  />
                  <Button
                    onClick={() => run("return-report", { returnedAt })}
                    data-testid="request-return-report"
                  >
                    {t("requests.returnReport")}
                  </Button>
                </Group>
                {r.returnReportDueAt && (
                  <Text size="xs" c="dimmed" mt="xs" data-testid="request-return-report-due">
                    {t("requests.returnReportDueAt")}: <DateText value={r.returnReportDueAt} time />
                  </Text>
                )}
              </Card>
            )}

            {p.complete && r.followUp === "return_report" && r.returnedAt && (
              <Card withBorder>
                <Checkbox
                  label={t("requests.nothingMissing")}
                  checked={nothingMissing}
                  onChange={(e) => setNothingMissing(e.currentTarget.checked)}
                  data-testid="request-nothing-missing"
                />
                <Button
                  mt="sm"
                  onClick={() => run("complete", { nothingMissing })}
                  data-testid="request-confirm-return"
                >
                  {t("requests.confirmReturn")}
                </Button>
              </Card>
            )}

            {p.complete && r.followUp !== "return_report" && (
              <Card withBorder>
                <Stack gap="xs">
                  {r.followUp === "disposal_evidence" && (
                    <>
                      <Select
                        label={t("requests.method")}
                        data={(r.fieldSpecs.find((f) => f.key === "method")?.options ?? []).map((o) => ({
                          value: o.value,
                          label: lang === "en" ? o.en : o.ja,
                        }))}
                        value={(completion.method as string) ?? null}
                        onChange={(v) => setCompletion({ ...completion, method: v })}
                        error={fieldError("method")}
                        data-testid="request-disposal-method"
                      />
                      <DateField
                        label={t("requests.disposedOn")}
                        value={completion.disposedOn ? String(completion.disposedOn) : null}
                        onChange={(v) => setCompletion({ ...completion, disposedOn: v ?? "" })}
                        error={fieldError("disposedOn")}
                        data-testid="request-disposed-on"
                      />
                      <TextInput
                        label={t("requests.certificateNumber")}
                        value={String(completion.certificateNumber ?? "")}
                        onChange={(e) =>
                          setCompletion({ ...completion, certificateNumber: e.currentTarget.value })
                        }
                        error={fieldError("certificateNumber")}
                        data-testid="request-disposal-certificate"
                        {...ruleProps("certificateNumber")}
                      />
                      <TextInput
                        label={t("requests.photoRef")}
                        value={String(completion.photoRef ?? "")}
                        onChange={(e) => setCompletion({ ...completion, photoRef: e.currentTarget.value })}
                        error={fieldError("photoRef")}
                        data-testid="request-disposal-photo"
                        {...ruleProps("photoRef")}
                      />
                      <TextInput
                        label={t("requests.disposalQuantity")}
                        value={String(completion.quantity ?? "")}
                        onChange={(e) => setCompletion({ ...completion, quantity: e.currentTarget.value })}
                        error={fieldError("quantity")}
                        {...ruleProps("quantity")}
                        data-testid="request-disposal-quantity"
                      />
                    </>
                  )}
                  {r.followUp === "provision_record" && (
                    <>
                      <TextInput
                        label={t("requests.recipient")}
                        value={String(completion.recipient ?? r.fields.recipient ?? "")}
                        onChange={(e) => setCompletion({ ...completion, recipient: e.currentTarget.value })}
                        error={fieldError("recipient")}
                      />
                      <DateField
                        label={t("requests.providedOn")}
                        value={String(completion.providedOn ?? r.fields.providedOn ?? "") || null}
                        onChange={(v) => setCompletion({ ...completion, providedOn: v ?? "" })}
                        error={fieldError("providedOn")}
                      />
                      <Checkbox
                        label={t("requests.encrypted")}
                        checked={completion.encrypted === true}
                        onChange={(e) => setCompletion({ ...completion, encrypted: e.currentTarget.checked })}
                      />
                    </>
                  )}
                  <Button
                    onClick={() =>
                      run("complete", {
                        ...completion,
                        ...(r.followUp === "disposal_evidence"
                          ? { personId: completion.personId ?? r.requester.personId }
                          : {}),
                        ...(r.followUp === "provision_record"
                          ? {
                              recipient: completion.recipient ?? r.fields.recipient,
                              providedOn: completion.providedOn ?? r.fields.providedOn,
                            }
                          : {}),
                      })
                    }
                    data-testid="request-complete"
                  >
                    {t("requests.complete")}
                  </Button>
                </Stack>
              </Card>
            )}

            {p.postReport && r.emergency && !r.postReportedAt && (
              <Card withBorder>
                <Textarea
                  label={t("requests.report")}
                  value={report}
                  onChange={(e) => setReport(e.currentTarget.value)}
                />
                <Text size="xs" c="dimmed">
                  <DateText value={r.postReportDueAt} time />
                </Text>
                <Button mt="sm" onClick={() => run("post-report", { report })}>
                  {t("requests.postReport")}
                </Button>
              </Card>
            )}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
