/**
 * The request page's action forms, each on the app's one form approach (useActionForm): its
 * schema from the request bodies the server checks (common/request-schemas), required fields
 * marked, the server's field errors at their fields, values kept on error. Each form has its own
 * mutation, so a refusal of one step shows only at that step's fields.
 */
import { Button, Card, Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { fromJstLocalInput, toJstLocalInput } from "../../../../common/calendar";
import {
  ApproveReq,
  CompleteReq,
  PostReportReq,
  RejectReq,
  ReturnReportReq,
} from "../../../../common/request-schemas";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, ErrorAlert } from "../../components/common";
import { DateField, DateTimeField } from "../../components/DateField";
import { OverrideReasonField } from "../../components/OverrideReasonField";
import type { RequestView } from "../../contract";
import { requiredChoice, requiredDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { useLang } from "../../i18n";

/** The steps of a request this screen takes (POST /api/requests/{id}/<step>). */
export type RequestAction =
  | "submit"
  | "approve"
  | "reject"
  | "return"
  | "start"
  | "return-report"
  | "complete"
  | "cancel"
  | "post-report";

/** One step of the request; its answer (the request as it now is) replaces the page's. */
export function useRequestAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: RequestAction; body: Record<string, unknown> }) =>
      api.post(`/api/requests/{id}/${action}`, { path: { id }, body }),
    onSuccess: (res) => {
      qc.setQueryData(["request", id], res);
      qc.invalidateQueries({ queryKey: ["requests"] });
    },
  });
}

/** The names of the action forms' fields in both languages, for their messages. */
const LABELS = {
  comment: { ja: "コメント", en: "Comment" },
  reason: { ja: "やむを得ない理由", en: "Unavoidable reason" },
  returnedAt: { ja: "返却日時", en: "Returned at" },
  nothingMissing: { ja: "紛失等がないことの確認", en: "Nothing missing" },
  method: { ja: "処理方法", en: "Method" },
  disposedOn: { ja: "実施日", en: "Done on" },
  certificateNumber: { ja: "証明書番号", en: "Certificate number" },
  photoRef: { ja: "写真", en: "Photo" },
  quantity: { ja: "数量", en: "Quantity" },
  recipient: { ja: "提供先", en: "Recipient" },
  providedOn: { ja: "提供日", en: "Provided on" },
  encrypted: { ja: "暗号化", en: "Encryption" },
  report: { ja: "報告内容", en: "Report" },
};

/** Only the texts given (the server reads an empty text as not given; the register takes no empty values). */
const given = (values: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v.trim() !== "")
      .map(([k, v]) => [k, v.trim()]),
  );

const DecisionValues = z.object({
  comment: RejectReq.shape.comment,
  override: ApproveReq.shape.override.unwrap(),
});
type DecisionForm = { comment: string; overrideOn: boolean; override: { reason: string } };

/**
 * 承認・差し戻し・却下: one comment (the reason, which a return or rejection needs — the server
 * says so at the field) and, where the approver may decide their own work, the unavoidable reason.
 */
export function DecisionPanel({ id, policies }: { id: string; policies: Record<string, boolean> }) {
  const { t } = useTranslation();
  const act = useRequestAction(id);
  const form = useActionForm<typeof DecisionValues, DecisionForm>(
    DecisionValues,
    { comment: "", overrideOn: false, override: { reason: "" } },
    act.error,
    { labels: LABELS },
  );
  const send = (action: "approve" | "return" | "reject", v: DecisionForm) => {
    const override = v.overrideOn ? { override: { reason: v.override.reason } } : {};
    act.mutate({
      action,
      body:
        action === "approve"
          ? { ...(v.comment ? { comment: v.comment } : {}), ...override }
          : { comment: v.comment },
    });
  };
  return (
    <Card withBorder data-testid="request-decision-panel">
      <Text fw={600} mb="xs">
        {t("requests.decision")}
      </Text>
      <form {...form.formProps((v) => send("approve", v))}>
        <Textarea
          label={t("requests.comment")}
          maxLength={2000}
          autosize
          minRows={2}
          data-testid="request-comment"
          {...form.getInputProps("comment")}
        />
        {policies.approveWithOverride && (
          <>
            <Checkbox
              mt="sm"
              label={t("requests.override")}
              data-testid="request-override"
              {...form.getInputProps("overrideOn", { type: "checkbox" })}
            />
            {form.values.overrideOn && (
              <OverrideReasonField
                label={t("requests.overrideReason")}
                required
                value={form.values.override.reason}
                onChange={(v) => form.setFieldValue("override.reason", v)}
                error={form.errors["override.reason"] as string | undefined}
                testId="request-override-reason"
              />
            )}
          </>
        )}
        <ErrorAlert error={act.error} />
        <Group mt="sm">
          <Button type="submit" loading={act.isPending} data-testid="request-approve">
            {t("requests.approve")}
          </Button>
          {policies.return && (
            <Button
              variant="light"
              color="yellow"
              onClick={() => form.onSubmit((v) => send("return", v))()}
              data-testid="request-return"
            >
              {t("requests.return")}
            </Button>
          )}
          {policies.reject && (
            <Button
              variant="light"
              color="red"
              onClick={() => form.onSubmit((v) => send("reject", v))()}
              data-testid="request-reject"
            >
              {t("requests.reject")}
            </Button>
          )}
        </Group>
      </form>
    </Card>
  );
}

/** Now as an ISO timestamp in JST (minutes precision), the DateTimeField's value. */
const nowJst = () => fromJstLocalInput(toJstLocalInput(new Date())) ?? new Date().toISOString();

const ReturnReportValues = ReturnReportReq.pick({ returnedAt: true });

/** 返却の報告: when the carried-out assets came back. */
export function ReturnReportForm({ request: r }: { request: RequestView }) {
  const { t } = useTranslation();
  const act = useRequestAction(r.id);
  const form = useActionForm<typeof ReturnReportValues, { returnedAt: string | null }>(
    ReturnReportValues,
    { returnedAt: nowJst() },
    act.error,
    { labels: LABELS },
  );
  return (
    <Card withBorder>
      <form {...form.formProps((v) => act.mutate({ action: "return-report", body: v }))}>
        <Group align="flex-start">
          <DateTimeField
            label={t("requests.returnedAt")}
            withAsterisk
            data-testid="request-returned-at"
            {...bindField(form, "returnedAt")}
          />
          <Button type="submit" mt={24} loading={act.isPending} data-testid="request-return-report">
            {t("requests.returnReport")}
          </Button>
        </Group>
        <ErrorAlert error={act.error} />
      </form>
      {r.returnReportDueAt && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="request-return-report-due">
          {t("requests.returnReportDueAt")}: <DateText value={r.returnReportDueAt} time />
        </Text>
      )}
    </Card>
  );
}

const ConfirmReturnValues = CompleteReq.pick({ nothingMissing: true });

/** 返却の確認: the approver confirms nothing carried out is missing. */
export function ConfirmReturnForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const act = useRequestAction(id);
  const form = useActionForm<typeof ConfirmReturnValues, { nothingMissing: boolean }>(
    ConfirmReturnValues,
    { nothingMissing: false },
    act.error,
    { labels: LABELS },
  );
  return (
    <Card withBorder>
      <form {...form.formProps((v) => act.mutate({ action: "complete", body: v }))}>
        <Checkbox
          label={t("requests.nothingMissing")}
          data-testid="request-nothing-missing"
          {...form.getInputProps("nothingMissing", { type: "checkbox" })}
        />
        <ErrorAlert error={act.error} />
        <Button type="submit" mt="sm" loading={act.isPending} data-testid="request-confirm-return">
          {t("requests.confirmReturn")}
        </Button>
      </form>
    </Card>
  );
}

const DisposalValues = CompleteReq.pick({ certificateNumber: true, photoRef: true, quantity: true }).extend({
  method: requiredChoice,
  disposedOn: requiredDate,
});
type DisposalForm = {
  method: string | null;
  disposedOn: string | null;
  certificateNumber: string;
  photoRef: string;
  quantity: string;
};

/** 廃棄の記録: method, day and evidence, with the profile's register rules marked before it is sent. */
function DisposalForm({ request: r }: { request: RequestView }) {
  const { t } = useTranslation();
  const { pick, lang } = useLang();
  const act = useRequestAction(r.id);
  const form = useActionForm<typeof DisposalValues, DisposalForm>(
    DisposalValues,
    { method: null, disposedOn: null, certificateNumber: "", photoRef: "", quantity: "" },
    act.error,
    { labels: LABELS },
  );
  // The profile's rules on what this disposal's record must hold (registers.required_fields, e.g.
  // 川崎市 第4章4(3) 数量・残骸の写真 for a 区分Ⅰ/Ⅱ medium): the server says which apply by the assets,
  // the method chosen here decides the rest — so the fields are marked before the completion is sent.
  const ruleProps = (field: string) => {
    const rule = r.completionRules.find(
      (x) => x.fields.includes(field) && (x.byAssets || x.methods.includes(form.values.method ?? "")),
    );
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
  const send = (v: DisposalForm) =>
    act.mutate({
      action: "complete",
      body: {
        method: v.method,
        disposedOn: v.disposedOn,
        personId: r.requester.personId,
        ...given({ certificateNumber: v.certificateNumber, photoRef: v.photoRef, quantity: v.quantity }),
      },
    });
  return (
    <form {...form.formProps(send)}>
      <Stack gap="xs">
        <Select
          label={t("requests.method")}
          withAsterisk
          allowDeselect={false}
          data={(r.fieldSpecs.find((f) => f.key === "method")?.options ?? []).map((o) => ({
            value: o.value,
            label: lang === "en" ? o.en : o.ja,
          }))}
          data-testid="request-disposal-method"
          {...form.getInputProps("method")}
        />
        <DateField
          label={t("requests.disposedOn")}
          withAsterisk
          data-testid="request-disposed-on"
          {...bindField(form, "disposedOn")}
        />
        <TextInput
          label={t("requests.certificateNumber")}
          maxLength={200}
          data-testid="request-disposal-certificate"
          {...form.getInputProps("certificateNumber")}
          {...ruleProps("certificateNumber")}
        />
        <TextInput
          label={t("requests.photoRef")}
          maxLength={500}
          data-testid="request-disposal-photo"
          {...form.getInputProps("photoRef")}
          {...ruleProps("photoRef")}
        />
        <TextInput
          label={t("requests.disposalQuantity")}
          maxLength={100}
          data-testid="request-disposal-quantity"
          {...form.getInputProps("quantity")}
          {...ruleProps("quantity")}
        />
        <ErrorAlert error={act.error} />
        <Group>
          <Button type="submit" loading={act.isPending} data-testid="request-complete">
            {t("requests.complete")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const ProvisionValues = CompleteReq.pick({ encrypted: true }).extend({
  recipient: requiredText(500),
  providedOn: requiredDate,
});
type ProvisionForm = { recipient: string; providedOn: string | null; encrypted: boolean };

/** 提供の記録: to whom, on which day, and whether it went encrypted. */
function ProvisionForm({ request: r }: { request: RequestView }) {
  const { t } = useTranslation();
  const act = useRequestAction(r.id);
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const form = useActionForm<typeof ProvisionValues, ProvisionForm>(
    ProvisionValues,
    {
      recipient: text(r.fields.recipient),
      providedOn: text(r.fields.providedOn) || null,
      encrypted: false,
    },
    act.error,
    { labels: LABELS },
  );
  return (
    <form
      {...form.formProps((v) =>
        act.mutate({ action: "complete", body: { ...v, recipient: v.recipient.trim() } }),
      )}
    >
      <Stack gap="xs">
        <TextInput
          label={t("requests.recipient")}
          withAsterisk
          maxLength={500}
          data-testid="request-provision-recipient"
          {...form.getInputProps("recipient")}
        />
        <DateField
          label={t("requests.providedOn")}
          withAsterisk
          data-testid="request-provided-on"
          {...bindField(form, "providedOn")}
        />
        <Checkbox
          label={t("requests.encrypted")}
          data-testid="request-provision-encrypted"
          {...form.getInputProps("encrypted", { type: "checkbox" })}
        />
        <ErrorAlert error={act.error} />
        <Group>
          <Button type="submit" loading={act.isPending} data-testid="request-complete">
            {t("requests.complete")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 完了: with the records its kind needs (a disposal's evidence, a provision's recipient), or none. */
export function CompletionCard({ request: r }: { request: RequestView }) {
  const { t } = useTranslation();
  const act = useRequestAction(r.id);
  return (
    <Card withBorder>
      {r.followUp === "disposal_evidence" ? (
        <DisposalForm request={r} />
      ) : r.followUp === "provision_record" ? (
        <ProvisionForm request={r} />
      ) : (
        <Stack gap="xs">
          <ErrorAlert error={act.error} />
          <Group>
            <Button
              onClick={() => act.mutate({ action: "complete", body: {} })}
              loading={act.isPending}
              data-testid="request-complete"
            >
              {t("requests.complete")}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/** 事後報告 of an emergency exception taken first, by its due. */
export function PostReportForm({ request: r }: { request: RequestView }) {
  const { t } = useTranslation();
  const act = useRequestAction(r.id);
  const form = useActionForm(PostReportReq, { report: "" }, act.error, { labels: LABELS });
  return (
    <Card withBorder>
      <form {...form.formProps((v) => act.mutate({ action: "post-report", body: v }))}>
        <Textarea
          label={t("requests.report")}
          withAsterisk
          maxLength={4000}
          autosize
          minRows={2}
          data-testid="request-post-report"
          {...form.getInputProps("report")}
        />
        <Text size="xs" c="dimmed">
          <DateText value={r.postReportDueAt} time />
        </Text>
        <ErrorAlert error={act.error} />
        <Button type="submit" mt="sm" loading={act.isPending} data-testid="request-post-report-send">
          {t("requests.postReport")}
        </Button>
      </form>
    </Card>
  );
}
