import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert, useFieldError } from "../../components/common";
import type { Data, RequestView } from "../../contract";
import type { PickedAsset } from "./FormParts";
import { AssetPicker, FieldInputs } from "./FormParts";

/** Editing a draft (PATCH /api/requests/{id}): fields and assets; the server evaluates approval again. */
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
  const [fields, setFields] = useState<Record<string, unknown>>({ ...request.fields });
  const [assets, setAssets] = useState<PickedAsset[]>(
    request.assets.map((a) => ({ id: a.id, assetNumber: a.assetNumber, name: a.name })),
  );
  const save = useMutation({
    mutationFn: () =>
      api.patch("/api/requests/{id}", {
        path: { id: request.id },
        body: {
          fields,
          ...(spec && spec.assets !== "none" ? { assetIds: assets.map((a) => a.id) } : {}),
        },
      }),
    onSuccess: onSaved,
  });
  const fieldError = useFieldError(save.error);
  return (
    <Card withBorder data-testid="request-edit-form">
      <Text fw={600} mb="xs">
        {t("requests.editDraft")}
      </Text>
      <Stack gap="md">
        {spec && spec.assets !== "none" && (
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t("requests.assets")}
            </Text>
            <AssetPicker assets={assets} onChange={setAssets} />
          </div>
        )}
        <FieldInputs
          specs={request.fieldSpecs}
          fields={fields}
          onChange={setFields}
          fieldError={fieldError}
        />
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Group>
          <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="request-edit-save">
            {t("requests.saveDraft")}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            {t("requests.editClose")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
