import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fromJstLocalInput, toJstLocalInput } from "../../../../common/calendar";
import { HANDOVER_DIRECTION_LABELS, labelOf } from "../../../../common/labels";
import { api, withQuery } from "../../api";
import { useAuth } from "../../auth";
import { MediumPicker } from "../../components/AssetPicker";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { DateField, DateTimeField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { CarryOutRow, RegisterEntry } from "../../contract";
import { departmentOptions, useDepartments } from "../../hooks";
import { useLang } from "../../i18n";
import { navigate, setSearchParams, useLocation } from "../../router";
import { CarryOutTable, EntryTable } from "./RegisterTable";

/** A register's rows: the carry-out log (kept by requests) has its own shape. */
type Rows = { kind: "carry_out"; rows: CarryOutRow[] } | { kind: "entries"; rows: RegisterEntry[] };

/** The fields of the form that appends an entry, per register (the server validates each strictly). */
const FORMS: Record<
  string,
  {
    entryType: string;
    /** The entry names a person (担当者): required, defaults to the signed-in person. */
    person: boolean;
    /** The entry may name a person (入室者), or else a visitor. */
    personOptional?: boolean;
    asset?: boolean;
    fields: Array<{
      key: string;
      ja: string;
      en: string;
      long?: boolean;
      datetime?: boolean;
      select?: string[];
      /** A person chosen with a searchable picker (the value is the person's id). */
      person?: boolean;
      /** The server's schema requires it: marked with an asterisk. */
      required?: boolean;
      /** A 課 chosen from the department list (the value is its id). */
      department?: boolean;
    }>;
  }
> = {
  failure_log: {
    entryType: "record",
    person: true,
    fields: [
      { key: "system", ja: "システム", en: "System", required: true },
      { key: "reportedBy", ja: "報告者", en: "Reported by" },
      { key: "symptom", ja: "障害の内容", en: "Symptom", long: true, required: true },
      { key: "action", ja: "処理", en: "Action", long: true, required: true },
      { key: "result", ja: "結果", en: "Result" },
    ],
  },
  area_access_log: {
    entryType: "in",
    person: false,
    personOptional: true,
    fields: [
      { key: "area", ja: "管理区域", en: "Area", required: true },
      { key: "visitorName", ja: "訪問者（職員以外）", en: "Visitor" },
      { key: "visitorOrganization", ja: "訪問者の所属", en: "Visitor's organization" },
      { key: "escortPersonId", ja: "付添者（訪問者の場合）", en: "Escort (for a visitor)", person: true },
      { key: "purpose", ja: "目的", en: "Purpose", required: true },
    ],
  },
  work_log: {
    entryType: "record",
    person: true,
    fields: [
      { key: "system", ja: "システム", en: "System", required: true },
      { key: "work", ja: "作業内容", en: "Work", long: true, required: true },
      { key: "secondPersonId", ja: "確認者（2人目）", en: "Second person", person: true, required: true },
    ],
  },
  data_handover_log: {
    entryType: "record",
    person: true,
    fields: [
      { key: "direction", ja: "区分", en: "Direction", select: ["out", "in", "internal"], required: true },
      { key: "fromDepartment", ja: "渡した課", en: "From" },
      { key: "toParty", ja: "受け取った相手", en: "To", required: true },
      {
        key: "toDepartmentId",
        ja: "受け取った課（庁内の受渡し。その課が確認する）",
        en: "Receiving department (inside the city: it confirms)",
        department: true,
      },
      { key: "dataName", ja: "データ名", en: "Data", required: true },
      { key: "quantity", ja: "数量", en: "Quantity" },
      { key: "mediumForm", ja: "媒体の形態", en: "Medium" },
    ],
  },
  disposal_log: {
    entryType: "record",
    person: true,
    fields: [
      { key: "assetLabel", ja: "対象", en: "Item", required: true },
      { key: "method", ja: "処理内容", en: "Method", required: true },
      { key: "certificateNumber", ja: "証明書番号", en: "Certificate" },
      { key: "photoRef", ja: "写真", en: "Photo" },
      { key: "quantity", ja: "数量", en: "Quantity" },
    ],
  },
  media_loan_log: {
    entryType: "lend",
    person: true,
    asset: true,
    fields: [
      { key: "purpose", ja: "用途", en: "Purpose", required: true },
      { key: "dueAt", ja: "返却期限", en: "Due", datetime: true, required: true },
    ],
  },
};
const CLOSE_TYPES: Record<string, string> = {
  area_access_log: "out",
  media_loan_log: "return",
  work_log: "confirm",
  data_handover_log: "confirm",
};
/** `?state=` of GET /api/registers/{register}, per register (the dashboard links to these). */
const STATES: Record<string, string[]> = {
  media_loan_log: ["open", "overdue"],
  area_access_log: ["open"],
  work_log: ["open", "to_confirm"],
  data_handover_log: ["open"],
};
const STATE_LABEL: Record<string, string> = {
  open: "stateOpen",
  overdue: "stateOverdue",
  to_confirm: "stateToConfirm",
};
const nowIso = () => fromJstLocalInput(toJstLocalInput(new Date())) as string;

export default function Registers({ params }: { params: { register?: string } }) {
  const { pick, lang } = useLang();
  const { t: tr } = useTranslation();
  const t = (k: string) => tr(`registers.${k}`);
  const qc = useQueryClient();
  const register = params.register ?? "carry_out_log";
  // The filters live in the URL (`?from=&to=&state=`): the dashboard's links land on exactly the
  // entries they count, links are shareable, and Back returns to the previous filter.
  const { search } = useLocation();
  const from = search.get("from") ?? "";
  const to = search.get("to") ?? "";
  const stateParam = search.get("state") ?? "";
  const state = (STATES[register] ?? []).includes(stateParam) ? stateParam : "";
  const setFrom = (v: string) => setSearchParams({ from: v });
  const setTo = (v: string) => setSearchParams({ to: v });
  const [data, setData] = useState<Record<string, string>>({});
  /** Answers to the profile's questions (e.g. 区分Ⅰ/Ⅱ の可搬媒体か): they make fields required. */
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  /** How the other side confirmed a data handover (受領書等), sent with the confirmation. */
  const [confirmNote, setConfirmNote] = useState("");
  const departments = useDepartments();
  /** Labels of what the pickers chose (kept while the search text changes). */
  const [labels, setLabels] = useState<Record<string, string>>({});
  const { me } = useAuth();
  const myId = me?.user.personId ?? null;
  const myLabel = me?.user.name;
  const choose = (key: string) => (id: string | null, label?: string) => {
    setData({ ...data, [key]: id ?? "" });
    if (id && label) setLabels({ ...labels, [key]: label });
  };
  const list = useQuery({
    queryKey: ["registers"],
    queryFn: () => api.get("/api/registers"),
  });
  const entries = useQuery({
    queryKey: ["register", register, from, to, state],
    queryFn: async (): Promise<Rows> => {
      const res = await api.get("/api/registers/{register}", {
        path: { register },
        query: { from: from || undefined, to: to || undefined, state: state || undefined },
      });
      // The route answers the carry-out log's rows for carry_out_log, register entries otherwise.
      return register === "carry_out_log"
        ? { kind: "carry_out", rows: res.data as CarryOutRow[] }
        : { kind: "entries", rows: res.data as RegisterEntry[] };
    },
  });
  const unreturned = useQuery({
    queryKey: ["register-unreturned"],
    queryFn: () => api.get("/api/registers/media_loan_log/unreturned"),
    enabled: register === "media_loan_log",
  });
  const add = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post("/api/registers/{register}", { path: { register }, body }),
    onSuccess: () => {
      setData({});
      setLabels({});
      setAnswers({});
      setConfirmNote("");
      qc.invalidateQueries({ queryKey: ["register"] });
      qc.invalidateQueries({ queryKey: ["register-unreturned"] });
    },
  });
  const fieldError = useFieldError(add.error);
  const meta = (list.data?.data ?? []).find((r) => r.key === register);
  const form = FORMS[register];
  // The profile's rules on this register (registers.required_fields): a rule without a question
  // (asset or method only) is decided by the server; one with a question makes its fields required
  // on this form when it is answered yes.
  const rules = meta?.requiredFields ?? [];
  const requiredByRule = new Set(
    rules.filter((r) => r.question && answers[r.question.key]).flatMap((r) => r.fields),
  );
  const closeType = CLOSE_TYPES[register];
  const mayClose = register !== "data_handover_log" || meta?.confirmedByReceiver === true;
  const rows = entries.data;
  const exportHref = (format: string) =>
    withQuery(`/api/registers/${register}/export`, {
      format,
      from: from || undefined,
      to: to || undefined,
      state: state || undefined,
    });

  return (
    <>
      <PageHeader
        title={`${t("title")}${meta ? `：${pick(meta.title)}` : ""}`}
        description={meta?.clause ? <ClauseLink id={meta.clause} /> : undefined}
        actions={
          <Group gap="xs">
            <Anchor href={exportHref("xlsx")} data-testid="register-export-xlsx">
              Excel
            </Anchor>
            <Anchor href={exportHref("pdf")} data-testid="register-export-pdf">
              PDF
            </Anchor>
            <Button size="xs" variant="default" onClick={() => window.print()} data-testid="register-print">
              {t("print")}
            </Button>
          </Group>
        }
      />
      <Group mb="sm" align="flex-end">
        <Select
          data={(list.data?.data ?? []).map((r) => ({ value: r.key, label: pick(r.title) }))}
          value={register}
          onChange={(v) => v && navigate(withQuery(`/registers/${v}`, { from, to }))}
          aria-label={t("title")}
          data-testid="register-select"
        />
        <DateField
          label={t("from")}
          value={from || null}
          onChange={(v) => setFrom(v ?? "")}
          description={null}
        />
        <DateField label={t("to")} value={to || null} onChange={(v) => setTo(v ?? "")} description={null} />
        {STATES[register] && (
          <Select
            label={t("state")}
            data={[
              { value: "all", label: t("stateAll") },
              ...STATES[register].map((s) => ({ value: s, label: t(STATE_LABEL[s]) })),
            ]}
            value={state || "all"}
            onChange={(v) => setSearchParams({ state: v && v !== "all" ? v : null })}
            allowDeselect={false}
            w={280}
            data-testid="register-state"
          />
        )}
      </Group>

      {form && (
        <Card withBorder mb="md">
          <Stack gap="xs">
            {(form.person || form.personOptional) && (
              <PersonPicker
                label={form.person ? t("person") : t("entrant")}
                placeholder={t("search")}
                required={form.person}
                value={data.__person || (form.person ? myId : null)}
                initialLabel={labels.__person ?? (data.__person ? undefined : (myLabel ?? undefined))}
                onChange={(id, p) => choose("__person")(id, p ? p.name : undefined)}
                error={fieldError("personId")}
                data-testid="register-person"
              />
            )}
            {form.asset && (
              <MediumPicker
                label={t("medium")}
                placeholder={t("search")}
                required
                value={data.__asset || null}
                initialLabel={labels.__asset}
                onChange={choose("__asset")}
                error={fieldError("assetId")}
                data-testid="register-medium"
              />
            )}
            {rules.map((r) =>
              r.question ? (
                <Checkbox
                  key={r.key}
                  label={
                    <>
                      {pick(r.question.question)} <ClauseLink id={r.clause} />
                    </>
                  }
                  description={pick(r.text)}
                  checked={answers[r.question.key] === true}
                  onChange={(e) => {
                    const key = r.question?.key as string;
                    setAnswers({ ...answers, [key]: e.currentTarget.checked });
                  }}
                  data-testid={`register-question-${r.question.key}`}
                />
              ) : null,
            )}
            {form.fields.map((f) =>
              f.department ? (
                <Select
                  key={f.key}
                  label={lang === "en" ? f.en : f.ja}
                  data={departmentOptions(departments.data, true)}
                  searchable
                  clearable
                  value={data[f.key] || null}
                  onChange={(v) => setData({ ...data, [f.key]: v ?? "" })}
                  error={fieldError(`data.${f.key}`)}
                  data-testid={`register-field-${f.key}`}
                />
              ) : f.person ? (
                <PersonPicker
                  key={f.key}
                  label={lang === "en" ? f.en : f.ja}
                  withAsterisk={f.required}
                  placeholder={t("search")}
                  value={data[f.key] || null}
                  initialLabel={labels[f.key]}
                  onChange={(id, p) => choose(f.key)(id, p?.name)}
                  error={fieldError(`data.${f.key}`)}
                  data-testid={`register-field-${f.key}`}
                />
              ) : f.select ? (
                <Select
                  key={f.key}
                  label={lang === "en" ? f.en : f.ja}
                  withAsterisk={f.required}
                  data={f.select.map((v) => ({
                    value: v,
                    label: pick(labelOf(HANDOVER_DIRECTION_LABELS, v)),
                  }))}
                  required
                  value={data[f.key] ?? null}
                  onChange={(v) => setData({ ...data, [f.key]: v ?? "" })}
                  error={fieldError(`data.${f.key}`)}
                />
              ) : f.long ? (
                <Textarea
                  key={f.key}
                  label={lang === "en" ? f.en : f.ja}
                  withAsterisk={f.required}
                  value={data[f.key] ?? ""}
                  onChange={(e) => setData({ ...data, [f.key]: e.currentTarget.value })}
                  error={fieldError(`data.${f.key}`)}
                />
              ) : f.datetime ? (
                <DateTimeField
                  key={f.key}
                  label={lang === "en" ? f.en : f.ja}
                  withAsterisk={f.required}
                  value={data[f.key] || null}
                  onChange={(v) => setData({ ...data, [f.key]: v ?? "" })}
                  error={fieldError(`data.${f.key}`)}
                  data-testid={`register-field-${f.key}`}
                />
              ) : (
                <TextInput
                  key={f.key}
                  label={lang === "en" ? f.en : f.ja}
                  withAsterisk={f.required || requiredByRule.has(f.key)}
                  value={data[f.key] ?? ""}
                  onChange={(e) => setData({ ...data, [f.key]: e.currentTarget.value })}
                  error={fieldError(`data.${f.key}`)}
                />
              ),
            )}
            {add.error ? <ErrorAlert error={add.error} /> : null}
            <Button
              onClick={() => {
                const body: Record<string, unknown> = {};
                for (const f of form.fields) {
                  const v = data[f.key];
                  // A DateTimeField's value is already an ISO timestamp in JST.
                  if (v) body[f.key] = v;
                }
                for (const r of rules) if (r.question && answers[r.question.key]) body[r.question.key] = true;
                add.mutate({
                  entryType: form.entryType,
                  occurredAt: nowIso(),
                  personId: data.__person || (form.person ? myId : null),
                  ...(form.asset && data.__asset ? { assetId: data.__asset } : {}),
                  data: body,
                });
              }}
              data-testid="register-add"
            >
              {t("add")}
            </Button>
          </Stack>
        </Card>
      )}

      {register === "media_loan_log" && (unreturned.data?.data ?? []).length > 0 && (
        <Card withBorder mb="md">
          <Text fw={600}>{t("unreturned")}</Text>
          {(unreturned.data?.data ?? []).map((u) => (
            <Text size="sm" key={u.id} c={u.overdue ? "red" : undefined}>
              {u.asset_label} — {u.person_name} — <DateText value={u.due_at} time />
            </Text>
          ))}
        </Card>
      )}

      {register === "data_handover_log" && mayClose && (
        <TextInput
          mb="sm"
          label={t("confirmNote")}
          value={confirmNote}
          onChange={(e) => setConfirmNote(e.currentTarget.value)}
          error={fieldError("data.note")}
          data-testid="register-confirm-note"
        />
      )}
      <QueryState isLoading={entries.isLoading} error={entries.error}>
        <Card withBorder padding={0}>
          {!rows || rows.rows.length === 0 ? (
            <Empty>{t("none")}</Empty>
          ) : rows.kind === "carry_out" ? (
            <CarryOutTable rows={rows.rows} />
          ) : (
            <EntryTable
              register={register}
              rows={rows.rows}
              columns={meta?.columns ?? []}
              closing={add.isPending}
              onClose={
                closeType && mayClose
                  ? (id) =>
                      add.mutate({
                        entryType: closeType,
                        occurredAt: nowIso(),
                        closesId: id,
                        data: register === "data_handover_log" && confirmNote ? { note: confirmNote } : {},
                      })
                  : undefined
              }
              unclosedLabel={register === "data_handover_log" ? t("unconfirmed") : undefined}
              closeLabel={register === "data_handover_log" ? t("confirmHandover") : undefined}
              closedLabel={register === "data_handover_log" ? t("confirmed") : undefined}
            />
          )}
        </Card>
      </QueryState>
    </>
  );
}
