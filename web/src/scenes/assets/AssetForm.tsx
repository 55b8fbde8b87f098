import {
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  List,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { useMe } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { requiredChoice } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { departmentOptions, recordOf, useDepartments, useProfile } from "../../hooks";
import { useLang } from "../../i18n";
import { navigate } from "../../router";
import {
  type AssetView,
  KINDS,
  ORIGINS,
  type ProfileScheme,
  SCHEMES,
  type SchemeKey,
  SUBKINDS,
  useSchemes,
  ZONES,
} from "./shared";

type Exclusion = {
  key: string;
  text: { ja: string; en?: string };
  clause: string;
  assets: { kinds: string[]; question: { ja: string; en: string } } | null;
};

/**
 * The profile's exclusions (適用除外) the register asks about for this kind (神栖市 基本方針 第3/1): ticked,
 * the asset is out of the policy's scope and the server refuses it, naming the clause.
 */
function ExclusionQuestions({
  kind,
  answers,
  onChange,
  errors,
}: {
  kind: string;
  answers: Record<string, boolean>;
  onChange(key: string, value: boolean): void;
  errors: Record<string, unknown>;
}) {
  const { pick } = useLang();
  const profile = useProfile();
  const all = ((profile.data as { exclusions?: Exclusion[] } | undefined)?.exclusions ?? []).filter((e) =>
    e.assets?.kinds.includes(kind),
  );
  if (all.length === 0) return null;
  return (
    <Stack gap={4} data-testid="asset-form-exclusions">
      {all.map((e) => (
        <Group key={e.key} gap="xs" align="flex-start">
          <Checkbox
            label={pick(e.assets?.question ?? { ja: e.text.ja, en: e.text.en ?? e.text.ja })}
            checked={answers[e.key] === true}
            onChange={(ev) => onChange(e.key, ev.currentTarget.checked)}
            error={errors[`extra.${e.key}`] as string | undefined}
            description={answers[e.key] ? e.text.ja : undefined}
          />
          <ClauseLink id={e.clause} />
        </Group>
      ))}
    </Stack>
  );
}

/** The level picker with the profile's definitions and examples beside each level (classification guidance). */
function LevelChooser({
  scheme,
  schemeKey,
  value,
  onChange,
  error,
  required,
}: {
  scheme: ProfileScheme;
  schemeKey: SchemeKey;
  value: string | null;
  onChange(v: string): void;
  error?: string;
  required?: boolean;
}) {
  const { lang, pick } = useLang();
  const title = pick(scheme.title);
  return (
    <Card withBorder padding="sm" data-testid={`level-chooser-${schemeKey}`}>
      <Group justify="space-between" mb={4}>
        <Text fw={700} size="sm">
          {title}
          {required && (
            <Text span c="red" aria-hidden>
              {" *"}
            </Text>
          )}
        </Text>
        <ClauseLink id={scheme.clause} />
      </Group>
      <Radio.Group
        value={value ?? ""}
        onChange={onChange}
        error={error}
        aria-label={title}
        aria-required={required}
      >
        <Stack gap="xs">
          {scheme.levels.map((l) => (
            <Radio
              key={l.key}
              value={l.key}
              data-testid={`level-${schemeKey}-${l.key}`}
              label={
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {lang === "en" ? (l.labelEn ?? l.label) : l.label}
                  </Text>
                  {l.definition && (
                    <Text size="xs" c="dimmed">
                      {l.definition}
                    </Text>
                  )}
                  {l.examples && l.examples.length > 0 && (
                    <List size="xs" c="dimmed" withPadding>
                      {l.examples.map((e) => (
                        <List.Item key={e}>{e}</List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
    </Card>
  );
}

/** What the browser checks before saving; the server checks everything again (its errors land at the fields). */
const AssetFormSchema = z.object({
  name: z.string().trim().min(1).max(300),
  kind: z.string().min(1),
  departmentId: z.string().min(1),
});
const LEVEL_NAMES: Record<SchemeKey, { ja: string; en: string }> = {
  confidentiality: { ja: "機密性", en: "Confidentiality" },
  integrity: { ja: "完全性", en: "Integrity" },
  availability: { ja: "可用性", en: "Availability" },
};
/** A new asset needs all three levels (the server refuses one without); an edit leaves them out. */
const AssetCreateSchema = AssetFormSchema.extend({
  confidentiality: requiredChoice,
  integrity: requiredChoice,
  availability: requiredChoice,
});

type Form = {
  assetNumber?: string;
  name: string;
  kind: string;
  subkind: string | null;
  departmentId: string | null;
  custodianPersonId: string | null;
  zone: string | null;
  storagePlace: string;
  notes: string;
  retentionYears: number | null;
  disposalDueDate: string | null;
  hasPersonalInfo: boolean;
  specificPersonalInfo: boolean;
  sensitivePersonalInfo: boolean;
  personCount: number | null;
  origin: string;
  confidentiality: string | null;
  integrity: string | null;
  availability: string | null;
};

export default function AssetForm({ params }: { params: { id?: string } }) {
  const { t } = useTranslation();
  const me = useMe();
  const schemes = useSchemes();
  const deps = useDepartments();
  const editing = Boolean(params.id);
  const existing = useQuery({
    queryKey: ["asset", params.id],
    queryFn: async () =>
      recordOf<AssetView>(await api.get("/api/assets/{id}", { path: { id: params.id ?? "" } })),
    enabled: editing,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: load the record into the form once it arrives
  useEffect(() => {
    const a = existing.data;
    if (!a) return;
    form.setValues({
      assetNumber: a.assetNumber,
      name: a.name,
      kind: a.kind,
      subkind: a.subkind,
      departmentId: a.departmentId,
      custodianPersonId: a.custodian?.id ?? null,
      zone: a.zone,
      storagePlace: a.storagePlace ?? "",
      notes: a.notes ?? "",
      retentionYears: a.retentionYears,
      disposalDueDate: a.disposalDueDate,
      hasPersonalInfo: a.hasPersonalInfo,
      specificPersonalInfo: a.specificPersonalInfo,
      sensitivePersonalInfo: a.sensitivePersonalInfo,
      personCount: a.personCount,
    });
    form.resetDirty();
  }, [existing.data]);
  const [excluded, setExcluded] = useState<Record<string, boolean>>({});
  const profile = useProfile();
  const save = useMutation({
    mutationFn: async (values: Form) => {
      const payload: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(values))
        if (v !== undefined && v !== "" && v !== null) payload[k] = v;
      // The answers to the exclusions that concern this kind (the server refuses an excluded asset).
      const asked = ((profile.data as { exclusions?: Exclusion[] } | undefined)?.exclusions ?? []).filter(
        (e) => e.assets?.kinds.includes(values.kind),
      );
      if (!editing && asked.length)
        payload.extra = Object.fromEntries(asked.map((e) => [e.key, excluded[e.key] === true]));
      if (editing) {
        for (const k of ["confidentiality", "integrity", "availability", "origin"]) delete payload[k];
        // Cleared fields are sent as null so the server clears them too.
        for (const k of [
          "subkind",
          "custodianPersonId",
          "zone",
          "retentionYears",
          "disposalDueDate",
          "personCount",
        ])
          if (values[k as keyof Form] === null) payload[k] = null;
        return api.patch("/api/assets/{id}", { path: { id: params.id ?? "" }, body: payload });
      }
      return api.post("/api/assets", { body: payload });
    },
    onSuccess: (res) => navigate(`/assets/${recordOf<AssetView>(res).id}`),
  });
  const form = useActionForm<typeof AssetFormSchema, Form>(
    editing ? AssetFormSchema : AssetCreateSchema,
    {
      assetNumber: "",
      name: "",
      kind: "information",
      subkind: null,
      departmentId: me.user.departmentId ?? null,
      custodianPersonId: null,
      zone: null,
      storagePlace: "",
      notes: "",
      retentionYears: null,
      disposalDueDate: null,
      hasPersonalInfo: false,
      specificPersonalInfo: false,
      sensitivePersonalInfo: false,
      personCount: null,
      origin: "created",
      confidentiality: null,
      integrity: null,
      availability: null,
    },
    save.error,
    {
      // The level fields are named as the profile's schemes title them (機密性 …).
      labels: Object.fromEntries(
        (Object.keys(LEVEL_NAMES) as SchemeKey[]).map((k) => {
          const title = schemes?.[k]?.title;
          return [k, { ja: title?.ja ?? LEVEL_NAMES[k].ja, en: title?.en ?? LEVEL_NAMES[k].en }];
        }),
      ),
    },
  );
  const input = (k: keyof Form) => form.getInputProps(k);

  return (
    <QueryState isLoading={editing && existing.isLoading} error={existing.error}>
      <PageHeader title={editing ? t("assets.editTitle") : t("assets.new")} />
      <form {...form.formProps((values) => save.mutate(values))}>
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder>
              <Stack gap="sm">
                <TextInput
                  label={t("assets.field.name")}
                  withAsterisk
                  {...input("name")}
                  data-testid="asset-form-name"
                />
                <TextInput
                  label={t("assets.field.assetNumber")}
                  description={t("assets.numberHint")}
                  {...input("assetNumber")}
                  data-testid="asset-form-number"
                />
                <Group grow>
                  <Select
                    label={t("assets.field.kind")}
                    data={KINDS.map((k) => ({ value: k, label: t(`assets.kind.${k}`) }))}
                    withAsterisk
                    allowDeselect={false}
                    {...input("kind")}
                    data-testid="asset-form-kind"
                  />
                  <Select
                    label={t("assets.field.subkind")}
                    data={SUBKINDS.map((k) => ({ value: k, label: t(`assets.subkind.${k}`) }))}
                    {...input("subkind")}
                    clearable
                    data-testid="asset-form-subkind"
                  />
                </Group>
                <Select
                  label={t("assets.field.department")}
                  data={departmentOptions(deps.data, true)}
                  withAsterisk
                  allowDeselect={false}
                  searchable
                  {...input("departmentId")}
                  data-testid="asset-form-department"
                />
                <PersonPicker
                  label={t("assets.field.custodian")}
                  {...bindField(form, "custodianPersonId")}
                  initialLabel={existing.data?.custodian?.name ?? undefined}
                />
                <Select
                  label={t("assets.field.zone")}
                  data={ZONES.map((z) => ({ value: z, label: t(`assets.zone.${z}`) }))}
                  {...input("zone")}
                  clearable
                  data-testid="asset-form-zone"
                />
                <TextInput
                  label={t("assets.field.storagePlace")}
                  {...input("storagePlace")}
                  data-testid="asset-form-place"
                />
                <Group grow>
                  <NumberInput
                    label={t("assets.field.retentionYears")}
                    min={0}
                    max={1000}
                    value={form.values.retentionYears ?? ""}
                    onChange={(v) => form.setFieldValue("retentionYears", typeof v === "number" ? v : null)}
                    error={form.errors.retentionYears}
                  />
                  <DateField
                    label={t("assets.field.disposalDueDate")}
                    {...bindField(form, "disposalDueDate")}
                    data-testid="asset-form-disposal-due"
                  />
                </Group>
                <Group>
                  <Checkbox
                    label={t("assets.field.hasPersonalInfo")}
                    {...form.getInputProps("hasPersonalInfo", { type: "checkbox" })}
                  />
                  <Checkbox
                    label={t("assets.field.specificPersonalInfo")}
                    {...form.getInputProps("specificPersonalInfo", { type: "checkbox" })}
                    data-testid="asset-form-specific"
                  />
                  <Checkbox
                    label={t("assets.field.sensitivePersonalInfo")}
                    {...form.getInputProps("sensitivePersonalInfo", { type: "checkbox" })}
                  />
                </Group>
                <NumberInput
                  label={t("assets.field.personCount")}
                  min={0}
                  value={form.values.personCount ?? ""}
                  onChange={(v) => form.setFieldValue("personCount", typeof v === "number" ? v : null)}
                  error={form.errors.personCount}
                />
                <ExclusionQuestions
                  kind={form.values.kind}
                  answers={excluded}
                  onChange={(key, value) => setExcluded({ ...excluded, [key]: value })}
                  errors={form.errors}
                />
                <Textarea label={t("assets.field.notes")} {...input("notes")} autosize minRows={2} />
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            {!editing && (
              <Stack gap="sm">
                <Title order={4}>{t("assets.classification")}</Title>
                <Select
                  label={t("assets.field.origin")}
                  data={ORIGINS.map((o) => ({
                    value: o,
                    label: t(`assets.origin.${o}`),
                  }))}
                  allowDeselect={false}
                  {...input("origin")}
                  data-testid="asset-form-origin"
                />
                <Text size="xs" c="dimmed">
                  {t("assets.originHint")}
                </Text>
                {schemes &&
                  SCHEMES.map((s) => (
                    <LevelChooser
                      key={s}
                      scheme={schemes[s]}
                      schemeKey={s}
                      value={form.values[s]}
                      onChange={(v) => form.setFieldValue(s, v)}
                      error={form.errors[s] as string | undefined}
                      required={!editing}
                    />
                  ))}
              </Stack>
            )}
            {editing && (
              <Text size="sm" c="dimmed">
                {t("assets.reclassifyHint")}
              </Text>
            )}
          </Grid.Col>
        </Grid>
        <ErrorAlert error={save.error} />
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={save.isPending} data-testid="asset-form-save">
            {t("common.save")}
          </Button>
        </Group>
      </form>
    </QueryState>
  );
}
