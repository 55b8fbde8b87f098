/**
 * The asset page's action forms, each on the app's one form approach (useActionForm): the
 * server's limits as a zod schema (AssetReclassifyReq, AssetStatusReq, AssetNamedPersonReq),
 * required fields marked, the server's field errors at their fields, values kept on error.
 */
import { Button, Card, Group, Modal, Select, Stack, Textarea } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { todayJst } from "../../../../common/calendar";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { requiredChoice, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { useLang } from "../../i18n";
import { type AssetView, SCHEMES, STATUSES, useSchemes } from "./shared";

const LevelKey = z.string().trim().min(1).max(32).nullable();
const ReclassifyValues = z.object({
  levels: z.object({ confidentiality: LevelKey, integrity: LevelKey, availability: LevelKey }),
  reason: requiredText(1000),
});
type Levels = z.infer<typeof ReclassifyValues>["levels"];
/** A pending classification is decided whole: the server refuses it without all three levels. */
const DecideValues = ReclassifyValues.extend({
  levels: z.object({
    confidentiality: requiredChoice,
    integrity: requiredChoice,
    availability: requiredChoice,
  }),
});

const LEVEL_LABELS = {
  confidentiality: { ja: "機密性", en: "Confidentiality" },
  integrity: { ja: "完全性", en: "Integrity" },
  availability: { ja: "可用性", en: "Availability" },
  reason: { ja: "理由", en: "Reason" },
};

/** 分類の変更 (or the first decision of a pending classification): the three levels and a reason. */
export function ReclassifyModal({
  asset,
  onClose,
  onSaved,
}: {
  asset: AssetView;
  onClose(): void;
  onSaved(data: unknown): void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const schemes = useSchemes();
  const current: Levels = {
    confidentiality: asset.levels.confidentiality?.key ?? null,
    integrity: asset.levels.integrity?.key ?? null,
    availability: asset.levels.availability?.key ?? null,
  };
  const reclassify = useMutation({
    mutationFn: (v: z.infer<typeof ReclassifyValues>) =>
      api.post("/api/assets/{id}/reclassify", {
        path: { id: asset.id },
        body: {
          levels: Object.fromEntries(Object.entries(v.levels).filter(([, x]) => x)),
          reason: v.reason.trim(),
        },
      }),
    onSuccess: (d) => {
      onSaved(d);
      onClose();
    },
  });
  const form = useActionForm(
    asset.classificationPending ? DecideValues : ReclassifyValues,
    { levels: current, reason: "" },
    reclassify.error,
    { labels: LEVEL_LABELS },
  );
  // Shown while open only, so each opening starts from the asset's levels as they are now.
  return (
    <Modal opened onClose={onClose} title={t("assets.reclassify")} size="lg">
      <form {...form.formProps((v) => reclassify.mutate(v))} data-testid="reclassify-form">
        <Stack>
          {SCHEMES.map((s) => (
            <Select
              key={s}
              label={t(`assets.field.${s}`)}
              data={(schemes?.[s].levels ?? []).map((l) => ({
                value: l.key,
                label: `${lang === "en" ? (l.labelEn ?? l.label) : l.label} — ${l.definition ?? ""}`,
              }))}
              allowDeselect={false}
              withAsterisk={asset.classificationPending}
              data-testid={`reclassify-${s}`}
              {...form.getInputProps(`levels.${s}`)}
            />
          ))}
          <Textarea
            label={t("assets.reason")}
            required
            maxLength={1000}
            data-testid="reclassify-reason"
            {...form.getInputProps("reason")}
          />
          <ErrorAlert error={reclassify.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={reclassify.isPending} data-testid="reclassify-save">
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const StatusValues = z.object({
  status: z.enum(STATUSES),
  date: z.iso.date(),
});
type StatusForm = { status: string | null; date: string | null };

/** 状態の変更: the new status and the day it changed (和暦 or 西暦). */
export function StatusChange({ asset, onSaved }: { asset: AssetView; onSaved(data: unknown): void }) {
  const { t } = useTranslation();
  const change = useMutation({
    mutationFn: (v: z.infer<typeof StatusValues>) =>
      api.post("/api/assets/{id}/status", { path: { id: asset.id }, body: v }),
    onSuccess: (d) => {
      onSaved(d);
      form.setFieldValue("status", null);
    },
  });
  const form = useActionForm<typeof StatusValues, StatusForm>(
    StatusValues,
    { status: null, date: todayJst() },
    change.error,
    {
      labels: {
        status: { ja: "状態", en: "Status" },
        date: { ja: "状態が変わった日", en: "Date of the change" },
      },
    },
  );
  return (
    <Card withBorder mt="sm">
      <form {...form.formProps((v) => change.mutate(StatusValues.parse(v)))} data-testid="asset-status-form">
        <Group gap="xs" align="flex-start">
          <Select
            label={t("assets.changeStatus")}
            data={STATUSES.filter((s) => s !== asset.status).map((s) => ({
              value: s,
              label: t(`assets.status.${s}`),
            }))}
            allowDeselect={false}
            withAsterisk
            w={160}
            data-testid="asset-status-select"
            {...form.getInputProps("status")}
          />
          <DateField
            label={t("assets.statusDate")}
            description={null}
            withAsterisk
            w={200}
            data-testid="asset-status-date"
            {...bindField(form, "date")}
          />
          <Button type="submit" mt={25} loading={change.isPending} data-testid="asset-status-save">
            {t("common.save")}
          </Button>
        </Group>
        <ErrorAlert error={change.error} />
      </form>
    </Card>
  );
}

const NamedValues = z.object({ personId: z.uuid() });

/** Adds a person to the asset's 取扱者 (the people allowed to read it). */
export function NamedPersonForm({ asset, onSaved }: { asset: AssetView; onSaved(data: unknown): void }) {
  const { t } = useTranslation();
  const add = useMutation({
    mutationFn: (v: { personId: string }) =>
      api.post("/api/assets/{id}/named-people", { path: { id: asset.id }, body: v }),
    onSuccess: (d) => {
      onSaved(d);
      form.setFieldValue("personId", null);
    },
  });
  const form = useActionForm<typeof NamedValues, { personId: string | null }>(
    NamedValues,
    { personId: null },
    add.error,
  );
  return (
    <form {...form.formProps((v) => add.mutate(NamedValues.parse(v)))} data-testid="asset-named-form">
      <Group gap="xs" mt="xs" align="flex-start">
        <PersonPicker
          aria-label={t("assets.namedPeople")}
          withAsterisk
          w={240}
          allowDeselect={false}
          data-testid="asset-named-picker"
          {...bindField(form, "personId")}
        />
        <Button type="submit" size="xs" mt={6} loading={add.isPending} data-testid="asset-named-add">
          {t("assets.add")}
        </Button>
      </Group>
      <ErrorAlert error={add.error} />
    </form>
  );
}
