import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import type { Data, RequestView } from "../../contract";
import { useActionForm } from "../../forms";
import {
  AssetPicker,
  FieldInputs,
  type FieldsValues,
  initialFields,
  type PickedAsset,
  type RequestFields,
  useFieldsSchema,
} from "./FormParts";

/**
 * Editing a draft (PATCH /api/requests/{id}): fields and assets; the server evaluates approval
 * again. The kind's schema (common/request-schemas) checks the fields before the save, the
 * server's refusals land at their fields, and what was typed stays on an error.
 */
export function DraftEditor({
  request,
  onSaved,
  onClose,
}: {
  request: RequestView;
  onSaved: (res: Data<RequestView>) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const kinds = useQuery({
    queryKey: ["request-kinds"],
    queryFn: () => api.get("/api/requests/kinds"),
  });
  const spec = (kinds.data?.data ?? []).find((k) => k.key === request.kind);
  const withAssets = !!spec && spec.assets !== "none";
  const [assets, setAssets] = useState<PickedAsset[]>(
    request.assets.map((a) => ({ id: a.id, assetNumber: a.assetNumber, name: a.name })),
  );
  const save = useMutation({
    mutationFn: (v: FieldsValues) =>
      api.patch("/api/requests/{id}", {
        path: { id: request.id },
        body: {
          fields: v.fields as RequestFields,
          ...(withAssets ? { assetIds: assets.map((a) => a.id) } : {}),
        },
      }),
    onSuccess: onSaved,
  });
  const { schema, labels } = useFieldsSchema(request.fieldSpecs);
  const form = useActionForm<typeof schema, FieldsValues>(
    schema,
    initialFields(request.fieldSpecs, request.fields),
    save.error,
    { labels },
  );
  return (
    <Card withBorder data-testid="request-edit-form">
      <Text fw={600} mb="xs">
        {t("requests.editDraft")}
      </Text>
      <form {...form.formProps((v) => save.mutate(v))}>
        <Stack gap="md">
          {withAssets && (
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t("requests.assets")}
              </Text>
              <AssetPicker
                assets={assets}
                onChange={setAssets}
                error={form.errors.assetIds as string | undefined}
              />
            </div>
          )}
          <FieldInputs specs={request.fieldSpecs} form={form} />
          <ErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="request-edit-save">
              {t("requests.saveDraft")}
            </Button>
            <Button variant="subtle" onClick={onClose}>
              {t("requests.editClose")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
