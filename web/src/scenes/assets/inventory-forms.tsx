/**
 * The inventory's forms on the app's one form approach (useActionForm): an asset's result (移動
 * needs the new place), an asset found that the register lacked, and the start of a campaign.
 */
import { Button, Group, Select, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import type { InventoryCampaign } from "../../contract";
import { useActionForm } from "../../forms";
import { KINDS } from "./shared";

/** The server's limits (InventoryItemReq, InventoryFoundReq, InventoryCampaignCreateReq). */
const MovedValues = z.object({ newPlace: z.string().trim().min(1).max(300) });
const FoundValues = z.object({ name: z.string().trim().min(1).max(300), kind: z.enum(KINDS) });
export const StartValues = z.object({
  fiscalYear: z.number().int().min(2000).max(2200),
  departmentId: z.uuid(),
});
export const LABELS = {
  newPlace: { ja: "移動先の保管場所", en: "New place" },
  name: { ja: "発見した資産の名称", en: "Name of the asset found" },
  kind: { ja: "種別", en: "Kind" },
  fiscalYear: { ja: "年度", en: "Fiscal year" },
  departmentId: { ja: "所管課", en: "Department" },
};

type Item = NonNullable<InventoryCampaign["items"]>[number];

/** One asset's result: 確認・不明・廃棄済み by a button, 移動 with the new place (required for it). */
export function ItemActions({
  campaignId,
  item,
  onSaved,
}: {
  campaignId: string;
  item: Item;
  onSaved(d: unknown): void;
}) {
  const { t } = useTranslation();
  const record = useMutation({
    mutationFn: (v: { result: "confirmed" | "missing" | "disposed" | "moved"; newPlace?: string }) =>
      api.post("/api/assets/inventory/campaigns/{id}/items/{assetId}", {
        path: { id: campaignId, assetId: item.assetId },
        body: v,
      }),
    onSuccess: onSaved,
  });
  const form = useActionForm(MovedValues, { newPlace: "" }, record.error, { labels: LABELS });
  return (
    <form
      {...form.formProps((v) =>
        record.mutate({ result: "moved", newPlace: v.newPlace.trim() }, { onSuccess: () => form.reset() }),
      )}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {(["confirmed", "missing", "disposed"] as const).map((r) => (
          <Button
            key={r}
            size="compact-xs"
            variant={item.result === r ? "filled" : "default"}
            onClick={() => record.mutate({ result: r })}
            data-testid={`inventory-${r}`}
          >
            {t(`assets.inventory.result.${r}`)}
          </Button>
        ))}
        <TextInput
          size="xs"
          w={140}
          placeholder={t("assets.inventory.newPlace")}
          aria-label={t("assets.inventory.newPlace")}
          maxLength={300}
          data-testid="inventory-new-place"
          {...form.getInputProps("newPlace")}
        />
        <Button type="submit" size="compact-xs" variant="default" data-testid="inventory-moved">
          {t("assets.inventory.result.moved")}
        </Button>
      </Group>
      <ErrorAlert error={record.error} />
    </form>
  );
}

/** An asset found at the inventory that the register did not have: its name and kind. */
export function FoundForm({ campaignId, onSaved }: { campaignId: string; onSaved(d: unknown): void }) {
  const { t } = useTranslation();
  const addFound = useMutation({
    mutationFn: (v: z.infer<typeof FoundValues>) =>
      api.post("/api/assets/inventory/campaigns/{id}/found", {
        path: { id: campaignId },
        body: { name: v.name.trim(), kind: v.kind },
      }),
    onSuccess: onSaved,
  });
  const form = useActionForm(FoundValues, { name: "", kind: "device" }, addFound.error, { labels: LABELS });
  return (
    <form {...form.formProps((v) => addFound.mutate(v, { onSuccess: () => form.reset() }))}>
      <Group gap="xs" align="flex-start">
        <TextInput
          label={t("assets.inventory.found")}
          required
          maxLength={300}
          data-testid="inventory-found-name"
          {...form.getInputProps("name")}
        />
        <Select
          label={t("assets.field.kind")}
          data={KINDS.map((k) => ({ value: k, label: t(`assets.kind.${k}`) }))}
          allowDeselect={false}
          withAsterisk
          w={160}
          data-testid="inventory-found-kind"
          {...form.getInputProps("kind")}
        />
        <Button
          type="submit"
          variant="default"
          mt={25}
          loading={addFound.isPending}
          data-testid="inventory-found-add"
        >
          {t("assets.add")}
        </Button>
      </Group>
      <ErrorAlert error={addFound.error} />
    </form>
  );
}
