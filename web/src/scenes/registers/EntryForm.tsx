/**
 * The form that appends an entry to a register, on the app's one form approach (useActionForm).
 * Its schema is built from the register's fields (the server's per-register schemas in
 * server/modules/registers/domain/registers.ts: required fields and lengths); a field the profile's
 * rules make required (registers.required_fields, when its question is answered yes) is checked
 * too. The server's errors (personId, assetId, data.<field>) land at their fields; values stay.
 */
import { Button, Card, Checkbox, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { HANDOVER_DIRECTION_LABELS, labelOf } from "../../../../common/labels";
import { api } from "../../api";
import { MediumPicker } from "../../components/AssetPicker";
import { ClauseLink } from "../../components/Clause";
import { ErrorAlert } from "../../components/common";
import { DateTimeField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { useActionForm } from "../../forms";
import { departmentOptions, useDepartments } from "../../hooks";
import { useLang } from "../../i18n";

/** The fields of the form that appends an entry, per register (the server validates each strictly). */
export const FORMS: Record<
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
      /** The server's length limit of a text field (a long one: 4,000). */
      max?: number;
    }>;
  }
> = {
  failure_log: {
    entryType: "record",
    person: true,
    fields: [
      { key: "system", ja: "システム", en: "System", required: true, max: 200 },
      { key: "reportedBy", ja: "報告者", en: "Reported by", max: 200 },
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
      { key: "area", ja: "管理区域", en: "Area", required: true, max: 200 },
      { key: "visitorName", ja: "訪問者（職員以外）", en: "Visitor", max: 200 },
      { key: "visitorOrganization", ja: "訪問者の所属", en: "Visitor's organization", max: 200 },
      { key: "escortPersonId", ja: "付添者（訪問者の場合）", en: "Escort (for a visitor)", person: true },
      { key: "purpose", ja: "目的", en: "Purpose", required: true, max: 500 },
    ],
  },
  work_log: {
    entryType: "record",
    person: true,
    fields: [
      { key: "system", ja: "システム", en: "System", required: true, max: 200 },
      { key: "work", ja: "作業内容", en: "Work", long: true, required: true },
      { key: "secondPersonId", ja: "確認者（2人目）", en: "Second person", person: true, required: true },
    ],
  },
  data_handover_log: {
    entryType: "record",
    person: true,
    fields: [
      { key: "direction", ja: "区分", en: "Direction", select: ["out", "in", "internal"], required: true },
      { key: "fromDepartment", ja: "渡した課", en: "From", max: 200 },
      { key: "toParty", ja: "受け取った相手", en: "To", required: true, max: 300 },
      {
        key: "toDepartmentId",
        ja: "受け取った課（庁内の受渡し。その課が確認する）",
        en: "Receiving department (inside the city: it confirms)",
        department: true,
      },
      { key: "dataName", ja: "データ名", en: "Data", required: true, max: 500 },
      { key: "quantity", ja: "数量", en: "Quantity", max: 100 },
      { key: "mediumForm", ja: "媒体の形態", en: "Medium", max: 200 },
    ],
  },
  disposal_log: {
    entryType: "record",
    person: true,
    fields: [
      { key: "assetLabel", ja: "対象", en: "Item", required: true, max: 300 },
      { key: "method", ja: "処理内容", en: "Method", required: true, max: 200 },
      { key: "certificateNumber", ja: "証明書番号", en: "Certificate", max: 200 },
      { key: "photoRef", ja: "写真", en: "Photo", max: 500 },
      { key: "quantity", ja: "数量", en: "Quantity", max: 100 },
    ],
  },
  media_loan_log: {
    entryType: "lend",
    person: true,
    asset: true,
    fields: [
      { key: "purpose", ja: "用途", en: "Purpose", required: true, max: 500 },
      { key: "dueAt", ja: "返却期限", en: "Due", datetime: true, required: true },
    ],
  },
};

type RegisterForm = (typeof FORMS)[string];
type I18n = { ja: string; en: string };
/** A profile rule on the register (registers.required_fields), as GET /api/registers gives it. */
type Rule = {
  key: string;
  fields: string[];
  question: { key: string; question: I18n } | null;
  text: I18n;
  clause: string;
};
type Values = {
  personId: string | null;
  assetId: string | null;
  data: Record<string, string | null>;
  answers: Record<string, boolean>;
};

/** The register's fields as a zod schema: a picked id, a required text, or an optional one. */
function schemaOf(form: RegisterForm) {
  const data: Record<string, z.ZodType> = {};
  for (const f of form.fields) {
    const max = f.max ?? (f.long ? 4000 : 500);
    data[f.key] =
      f.person || f.department
        ? f.required
          ? z.uuid()
          : z.uuid().nullable()
        : f.select
          ? z.enum(f.select as [string, ...string[]])
          : f.datetime
            ? z.string().min(1)
            : f.required
              ? z.string().trim().min(1).max(max)
              : z.string().trim().max(max);
  }
  return z.object({
    personId: form.person ? z.uuid() : z.uuid().nullable(),
    assetId: form.asset ? z.uuid() : z.string().nullable(),
    data: z.object(data),
    answers: z.record(z.string(), z.boolean()),
  });
}

export function EntryForm({
  register,
  form: spec,
  rules,
  me,
  occurredAt,
  onSaved,
}: {
  register: string;
  form: RegisterForm;
  rules: Rule[];
  me: { id: string | null; name?: string };
  occurredAt(): string;
  onSaved(): void;
}) {
  const { t: tr } = useTranslation();
  const t = (k: string) => tr(`registers.${k}`);
  const { pick, lang } = useLang();
  const departments = useDepartments();
  const add = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post("/api/registers/{register}", { path: { register }, body }),
  });
  const labels: Record<string, { ja: string; en: string }> = {
    personId: spec.person ? { ja: "担当者", en: "Person" } : { ja: "入室者", en: "Person entering" },
    assetId: { ja: "媒体", en: "Medium" },
  };
  for (const f of spec.fields) labels[f.key] = { ja: f.ja, en: f.en };
  const initial: Values = {
    personId: spec.person ? me.id : null,
    assetId: null,
    data: Object.fromEntries(
      spec.fields.map((f) => [f.key, f.person || f.department || f.select || f.datetime ? null : ""]),
    ),
    answers: {},
  };
  const form = useActionForm<ReturnType<typeof schemaOf>, Values>(schemaOf(spec), initial, add.error, {
    labels,
    // A field a rule makes required once its question is answered yes (e.g. 区分Ⅰ/Ⅱ の可搬媒体).
    refine: (errors, values) => {
      const out = { ...errors };
      for (const r of rules)
        if (r.question && values.answers[r.question.key])
          for (const key of r.fields) {
            const v = values.data[key];
            if (key in values.data && !(typeof v === "string" && v.trim()) && !out[`data.${key}`]) {
              const l = labels[key] ?? { ja: key, en: key };
              out[`data.${key}`] = lang === "en" ? `${l.en} is required.` : `${l.ja}を入力してください。`;
            }
          }
      return out;
    },
  });
  const requiredByRule = new Set(
    rules.filter((r) => r.question && form.values.answers[r.question.key]).flatMap((r) => r.fields),
  );
  const submit = (v: Values) => {
    const data: Record<string, unknown> = {};
    for (const f of spec.fields) {
      const x = v.data[f.key];
      // A DateTimeField's value is already an ISO timestamp in JST.
      if (typeof x === "string" && x.trim()) data[f.key] = x.trim();
    }
    for (const r of rules) if (r.question && v.answers[r.question.key]) data[r.question.key] = true;
    add.mutate(
      {
        entryType: spec.entryType,
        occurredAt: occurredAt(),
        personId: v.personId,
        ...(spec.asset && v.assetId ? { assetId: v.assetId } : {}),
        data,
      },
      {
        onSuccess: () => {
          form.setValues(initial);
          form.resetDirty();
          onSaved();
        },
      },
    );
  };
  const field = (f: RegisterForm["fields"][number]) => {
    const label = lang === "en" ? f.en : f.ja;
    const required = Boolean(f.required) || requiredByRule.has(f.key);
    const path = `data.${f.key}`;
    const props = { label, withAsterisk: required, "data-testid": `register-field-${f.key}` };
    if (f.department)
      return (
        <Select
          key={f.key}
          {...props}
          data={departmentOptions(departments.data, true)}
          searchable
          clearable
          allowDeselect={false}
          {...form.getInputProps(path)}
        />
      );
    if (f.person)
      return (
        <PersonPicker
          key={f.key}
          {...props}
          placeholder={t("search")}
          allowDeselect={false}
          {...form.getInputProps(path)}
          value={form.values.data[f.key] ?? null}
        />
      );
    if (f.select)
      return (
        <Select
          key={f.key}
          {...props}
          data={f.select.map((v) => ({ value: v, label: pick(labelOf(HANDOVER_DIRECTION_LABELS, v)) }))}
          allowDeselect={false}
          {...form.getInputProps(path)}
        />
      );
    if (f.datetime)
      return (
        <DateTimeField
          key={f.key}
          {...props}
          {...form.getInputProps(path)}
          value={form.values.data[f.key] ?? null}
        />
      );
    const max = f.max ?? (f.long ? 4000 : 500);
    return f.long ? (
      <Textarea key={f.key} {...props} maxLength={max} autosize {...form.getInputProps(path)} />
    ) : (
      <TextInput key={f.key} {...props} maxLength={max} {...form.getInputProps(path)} />
    );
  };
  return (
    <Card withBorder mb="md">
      <form {...form.formProps(submit)} data-testid="register-form">
        <Stack gap="xs">
          {(spec.person || spec.personOptional) && (
            <PersonPicker
              label={spec.person ? t("person") : t("entrant")}
              placeholder={t("search")}
              withAsterisk={spec.person}
              allowDeselect={false}
              initialLabel={form.values.personId === me.id ? me.name : undefined}
              data-testid="register-person"
              {...form.getInputProps("personId")}
              value={form.values.personId}
            />
          )}
          {spec.asset && (
            <MediumPicker
              label={t("medium")}
              placeholder={t("search")}
              withAsterisk
              allowDeselect={false}
              data-testid="register-medium"
              {...form.getInputProps("assetId")}
              value={form.values.assetId}
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
                error={form.errors[`data.${r.question.key}`]}
                data-testid={`register-question-${r.question.key}`}
                {...form.getInputProps(`answers.${r.question.key}`, { type: "checkbox" })}
                checked={form.values.answers[r.question.key] === true}
              />
            ) : null,
          )}
          {spec.fields.map(field)}
          <ErrorAlert error={add.error} />
          <Button type="submit" loading={add.isPending} data-testid="register-add">
            {t("add")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
