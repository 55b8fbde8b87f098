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
import { api } from "../../api";
import { useMe } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { PersonPicker } from "../../components/pickers";
import { departmentOptions, recordOf, useDepartments } from "../../hooks";
import { useLang } from "../../i18n";
import { navigate } from "../../router";
import {
  type AssetView,
  KINDS,
  type ProfileScheme,
  SCHEMES,
  type SchemeKey,
  SUBKINDS,
  useSchemes,
  ZONES,
} from "./shared";

/** The level picker with the profile's definitions and examples beside each level (classification guidance). */
function LevelChooser({
  scheme,
  schemeKey,
  value,
  onChange,
  error,
}: {
  scheme: ProfileScheme;
  schemeKey: SchemeKey;
  value: string | null;
  onChange(v: string): void;
  error?: string;
}) {
  const { lang, pick } = useLang();
  const title = pick(scheme.title);
  return (
    <Card withBorder padding="sm" data-testid={`level-chooser-${schemeKey}`}>
      <Group justify="space-between" mb={4}>
        <Text fw={700} size="sm">
          {title}
        </Text>
        <ClauseLink id={scheme.clause} />
      </Group>
      <Radio.Group value={value ?? ""} onChange={onChange} error={error}>
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

type Form = Record<string, unknown>;

export default function AssetForm({ params }: { params: { id?: string } }) {
  const { t } = useTranslation();
  const me = useMe();
  const schemes = useSchemes();
  const deps = useDepartments();
  const editing = Boolean(params.id);
  const existing = useQuery({
    queryKey: ["asset", params.id],
    queryFn: async () => recordOf<AssetView>(await api.get(`/api/assets/${params.id}`)),
    enabled: editing,
  });
  const [f, setF] = useState<Form>({
    kind: "information",
    departmentId: me.user.departmentId ?? null,
    origin: "created",
    hasPersonalInfo: false,
    specificPersonalInfo: false,
    sensitivePersonalInfo: false,
  });
  useEffect(() => {
    const a = existing.data;
    if (!a) return;
    setF({
      assetNumber: a.assetNumber,
      name: a.name,
      kind: a.kind,
      subkind: a.subkind,
      departmentId: a.departmentId,
      custodianPersonId: a.custodian?.id ?? null,
      zone: a.zone,
      storagePlace: a.storagePlace,
      notes: a.notes,
      retentionYears: a.retentionYears,
      disposalDueDate: a.disposalDueDate,
      hasPersonalInfo: a.hasPersonalInfo,
      specificPersonalInfo: a.specificPersonalInfo,
      sensitivePersonalInfo: a.sensitivePersonalInfo,
      personCount: a.personCount,
    });
  }, [existing.data]);
  const set = (k: string) => (v: unknown) => setF((x) => ({ ...x, [k]: v }));
  const save = useMutation({
    mutationFn: async () => {
      const payload: Form = {};
      for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== "") payload[k] = v;
      if (editing) {
        for (const k of ["confidentiality", "integrity", "availability", "origin"]) delete payload[k];
        return api.patch(`/api/assets/${params.id}`, payload);
      }
      if (!payload.assetNumber) delete payload.assetNumber;
      return api.post("/api/assets", payload);
    },
    onSuccess: (res) => navigate(`/assets/${recordOf<AssetView>(res).id}`),
  });
  const err = useFieldError(save.error);
  const str = (k: string) => (f[k] as string | null | undefined) ?? "";

  return (
    <QueryState isLoading={editing && existing.isLoading} error={existing.error}>
      <PageHeader title={editing ? t("assets.editTitle") : t("assets.new")} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder>
              <Stack gap="sm">
                <TextInput
                  label={t("assets.field.name")}
                  required
                  value={str("name")}
                  onChange={(e) => set("name")(e.currentTarget.value)}
                  error={err("name")}
                  data-testid="asset-form-name"
                />
                <TextInput
                  label={t("assets.field.assetNumber")}
                  description={t("assets.numberHint")}
                  value={str("assetNumber")}
                  onChange={(e) => set("assetNumber")(e.currentTarget.value)}
                  error={err("assetNumber")}
                  data-testid="asset-form-number"
                />
                <Group grow>
                  <Select
                    label={t("assets.field.kind")}
                    data={KINDS.map((k) => ({ value: k, label: t(`assets.kind.${k}`) }))}
                    value={str("kind")}
                    onChange={set("kind")}
                    data-testid="asset-form-kind"
                  />
                  <Select
                    label={t("assets.field.subkind")}
                    data={SUBKINDS.map((k) => ({ value: k, label: t(`assets.subkind.${k}`) }))}
                    value={(f.subkind as string) ?? null}
                    onChange={set("subkind")}
                    clearable
                    data-testid="asset-form-subkind"
                  />
                </Group>
                <Select
                  label={t("assets.field.department")}
                  data={departmentOptions(deps.data, true)}
                  value={(f.departmentId as string) ?? null}
                  onChange={set("departmentId")}
                  searchable
                  error={err("departmentId")}
                  data-testid="asset-form-department"
                />
                <PersonPicker
                  label={t("assets.field.custodian")}
                  value={(f.custodianPersonId as string) ?? null}
                  onChange={(id) => set("custodianPersonId")(id)}
                  initialLabel={existing.data?.custodian?.name ?? undefined}
                />
                <Select
                  label={t("assets.field.zone")}
                  data={ZONES.map((z) => ({ value: z, label: t(`assets.zone.${z}`) }))}
                  value={(f.zone as string) ?? null}
                  onChange={set("zone")}
                  clearable
                  data-testid="asset-form-zone"
                />
                <TextInput
                  label={t("assets.field.storagePlace")}
                  value={str("storagePlace")}
                  onChange={(e) => set("storagePlace")(e.currentTarget.value)}
                  data-testid="asset-form-place"
                />
                <Group grow>
                  <NumberInput
                    label={t("assets.field.retentionYears")}
                    min={0}
                    max={1000}
                    value={(f.retentionYears as number) ?? ""}
                    onChange={(v) => set("retentionYears")(typeof v === "number" ? v : null)}
                  />
                  <TextInput
                    type="date"
                    label={t("assets.field.disposalDueDate")}
                    value={str("disposalDueDate")}
                    onChange={(e) => set("disposalDueDate")(e.currentTarget.value || null)}
                  />
                </Group>
                <Group>
                  <Checkbox
                    label={t("assets.field.hasPersonalInfo")}
                    checked={Boolean(f.hasPersonalInfo)}
                    onChange={(e) => set("hasPersonalInfo")(e.currentTarget.checked)}
                  />
                  <Checkbox
                    label={t("assets.field.specificPersonalInfo")}
                    checked={Boolean(f.specificPersonalInfo)}
                    onChange={(e) => set("specificPersonalInfo")(e.currentTarget.checked)}
                    data-testid="asset-form-specific"
                  />
                  <Checkbox
                    label={t("assets.field.sensitivePersonalInfo")}
                    checked={Boolean(f.sensitivePersonalInfo)}
                    onChange={(e) => set("sensitivePersonalInfo")(e.currentTarget.checked)}
                  />
                </Group>
                <NumberInput
                  label={t("assets.field.personCount")}
                  min={0}
                  value={(f.personCount as number) ?? ""}
                  onChange={(v) => set("personCount")(typeof v === "number" ? v : null)}
                />
                <Textarea
                  label={t("assets.field.notes")}
                  value={str("notes")}
                  onChange={(e) => set("notes")(e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            {!editing && (
              <Stack gap="sm">
                <Title order={4}>{t("assets.classification")}</Title>
                <Select
                  label={t("assets.field.origin")}
                  data={["created", "received_internal", "received_external"].map((o) => ({
                    value: o,
                    label: t(`assets.origin.${o}`),
                  }))}
                  value={str("origin")}
                  onChange={set("origin")}
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
                      value={(f[s] as string) ?? null}
                      onChange={set(s)}
                      error={err(s)}
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
