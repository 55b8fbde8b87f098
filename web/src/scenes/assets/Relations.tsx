import { Badge, Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { AssetPicker } from "../../components/AssetPicker";
import { ErrorAlert } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import { useActionForm } from "../../forms";
import { Link } from "../../router";
import type { AssetView } from "./shared";

/**
 * What a person can say about this asset, each read from this asset's side: "out" relations are
 * stored on this asset (this asset → the other), "in" relations on the other (the other → this).
 * Relation types: contains (container → item), stored_in and runs_on (item → container), copy_of
 * (copy → original).
 */
const CHOICES = [
  { value: "contains:out", type: "contains", direction: "out" },
  { value: "stored_in:in", type: "stored_in", direction: "in" },
  { value: "stored_in:out", type: "stored_in", direction: "out" },
  { value: "contains:in", type: "contains", direction: "in" },
  { value: "copy_of:out", type: "copy_of", direction: "out" },
  { value: "copy_of:in", type: "copy_of", direction: "in" },
  { value: "runs_on:out", type: "runs_on", direction: "out" },
  { value: "runs_on:in", type: "runs_on", direction: "in" },
] as const;

/**
 * The relation form: which relation (read from this asset's side) and the other asset. The names
 * are the server's (AssetRelationReq), so its refusals (itself, a cycle, already related) land at
 * the picker.
 */
const RelationValues = z.object({
  type: z.enum(CHOICES.map((c) => c.value) as [string, ...string[]]),
  toAssetId: z.uuid(),
});
type RelationForm = { type: string | null; toAssetId: string | null };

export function Relations({ asset, onChange }: { asset: AssetView; onChange(data: unknown): void }) {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const editable = Boolean(asset.policies.relate);
  const add = useMutation({
    mutationFn: async ({ type, toAssetId: other }: RelationForm) => {
      const c = CHOICES.find((x) => x.value === type);
      if (!c || !other) throw new Error(t("assets.relationChoose"));
      // An "in" relation belongs to the other asset: it is added there, then this asset is re-read.
      if (c.direction === "out")
        return api.post("/api/assets/{id}/relations", {
          path: { id: asset.id },
          body: { type: c.type, toAssetId: other },
        });
      await api.post("/api/assets/{id}/relations", {
        path: { id: other },
        body: { type: c.type, toAssetId: asset.id },
      });
      return api.get("/api/assets/{id}", { path: { id: asset.id } });
    },
    onSuccess: (data) => {
      onChange(data);
      form.setFieldValue("toAssetId", null);
    },
  });
  const form = useActionForm<typeof RelationValues, RelationForm>(
    RelationValues,
    { type: null, toAssetId: null },
    add.error,
    {
      labels: {
        type: { ja: "関連の種類", en: "Kind of relation" },
        toAssetId: { ja: "相手の情報資産", en: "The other asset" },
      },
    },
  );
  const remove = useMutation({
    mutationFn: async (r: NonNullable<AssetView["relations"]>[number]) => {
      if (r.direction === "out")
        return api.delete("/api/assets/{id}/relations/{relationId}", {
          path: { id: asset.id, relationId: r.id },
        });
      await api.delete("/api/assets/{id}/relations/{relationId}", {
        path: { id: r.other.id ?? "", relationId: r.id },
      });
      return api.get("/api/assets/{id}", { path: { id: asset.id } });
    },
    onSuccess: onChange,
  });
  const relations = asset.relations ?? [];

  return (
    <Card withBorder mt="sm">
      {confirmDialog}
      <Title order={4} mb="sm">
        {t("assets.relations")}
      </Title>
      {relations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("assets.noRelations")}
        </Text>
      ) : (
        <Stack gap={4} data-testid="asset-relations">
          {relations.map((r) => (
            <Group key={r.id} gap="xs" wrap="nowrap">
              <Badge variant="light" className="badge-full">
                {t(`assets.relation.${r.type}.${r.direction}`)}
              </Badge>
              {r.other.hidden ? (
                <Text size="sm" c="dimmed">
                  {t("assets.hiddenAsset")}
                </Text>
              ) : (
                <Link href={`/assets/${r.other.id}`}>
                  {r.other.assetNumber} {r.other.name}
                </Link>
              )}
              {editable && !r.other.hidden && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  className="no-print"
                  loading={remove.isPending}
                  aria-label={`${t("assets.relationRemove")}: ${r.other.assetNumber ?? ""}`}
                  onClick={async () => {
                    const ok = await confirm({
                      message: t("assets.relationRemoveConfirm", {
                        relation: t(`assets.relation.${r.type}.${r.direction}`),
                        asset: `${r.other.assetNumber} ${r.other.name}`,
                      }),
                      danger: true,
                    });
                    if (ok) remove.mutate(r);
                  }}
                  data-testid="asset-relation-remove"
                >
                  {t("assets.relationRemove")}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {editable && (
        <form {...form.formProps((v) => add.mutate(v))} className="no-print">
          <Stack gap="xs" mt="md" data-testid="asset-relation-form">
            <Select
              label={t("assets.relationKind")}
              data={CHOICES.map((c) => ({
                value: c.value,
                label: t(`assets.relationChoice.${c.type}_${c.direction}`),
              }))}
              allowDeselect={false}
              withAsterisk
              data-testid="asset-relation-type"
              {...form.getInputProps("type")}
            />
            <AssetPicker
              label={t("assets.relationOther")}
              placeholder={t("assets.relationSearch")}
              exclude={asset.id}
              withAsterisk
              allowDeselect={false}
              data-testid="asset-relation-other"
              {...form.getInputProps("toAssetId")}
              value={form.values.toAssetId}
            />
            <ErrorAlert error={add.error ?? remove.error} testId="asset-relation-error" />
            <Group justify="flex-end">
              <Button type="submit" size="xs" loading={add.isPending} data-testid="asset-relation-add">
                {t("assets.relationAdd")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
