import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, UnstyledButton } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { useLang } from "../../i18n";
import { navigate } from "../../router";
import { AssetPicker, FieldInputs, type PickedAsset } from "./FormParts";

/** 申請する: choose what you want to do in plain words, see whether approval is needed and why, fill the form. */
export default function NewRequest() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const kinds = useQuery({
    queryKey: ["request-kinds"],
    queryFn: () => api.get("/api/requests/kinds"),
  });
  const [kind, setKind] = useState<string | null>(null);
  const [assets, setAssets] = useState<PickedAsset[]>([]);
  const [fields, setFields] = useState<Record<string, unknown>>({});
  const spec = (kinds.data?.data ?? []).find((k) => k.key === kind);
  // The form's choices may decide approval or the chain (川崎市 第9章6(1) new software, 第9章2(5)イ):
  // the preview is asked again when one changes, not on every keystroke of a text field.
  const choices = Object.fromEntries(
    (spec?.fields ?? [])
      .filter((f) => f.type === "select" && typeof fields[f.key] === "string")
      .map((f) => [f.key, fields[f.key] as string]),
  );
  const preview = useQuery({
    queryKey: ["request-preview", kind, assets.map((a) => a.id).join(","), JSON.stringify(choices)],
    queryFn: () =>
      api.post("/api/requests/preview", {
        body: {
          kind,
          assetIds: assets.map((a) => a.id),
          fields: choices,
        },
      }),
    enabled: !!kind && (spec?.assets !== "required" || assets.length > 0),
  });
  const send = useMutation({
    mutationFn: async () => {
      const created = await api.post("/api/requests", {
        body: {
          kind,
          assetIds: assets.map((a) => a.id),
          fields,
        },
      });
      await api.post("/api/requests/{id}/submit", { path: { id: created.data.id }, body: {} });
      return created.data.id;
    },
    onSuccess: (id) => navigate(`/requests/${id}`),
  });
  const fieldError = useFieldError(send.error);
  const d = preview.data?.data;

  return (
    <>
      <PageHeader title={t("requests.newTitle")} description={t("requests.newDescription")} />
      <QueryState isLoading={kinds.isLoading} error={kinds.error}>
        <Text fw={600} mb="xs">
          {t("requests.chooseKind")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mb="md">
          {(kinds.data?.data ?? [])
            .filter((k) => !k.filedFrom && k.canFile)
            .map((k) => (
              <UnstyledButton
                key={k.key}
                onClick={() => {
                  setKind(k.key);
                  setFields({});
                  setAssets([]);
                }}
                data-testid={`request-kind-${k.key}`}
                aria-pressed={kind === k.key}
              >
                <Card
                  withBorder
                  padding="sm"
                  style={{ borderColor: kind === k.key ? "var(--mantine-color-blue-6)" : undefined }}
                >
                  <Text fw={600} size="sm">
                    {pick(k.plain)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {pick(k.title)}
                    {k.approvalNever ? ` ・ ${t("requests.approvalNotNeeded")}` : ""}
                  </Text>
                </Card>
              </UnstyledButton>
            ))}
        </SimpleGrid>
      </QueryState>

      {spec && (
        <Stack gap="md">
          {spec.assets !== "none" && (
            <Card withBorder>
              <Text fw={600} mb="xs">
                {t("requests.assets")}
              </Text>
              <AssetPicker assets={assets} onChange={setAssets} />
            </Card>
          )}

          {preview.error ? <ErrorAlert error={preview.error} /> : null}
          {d && (
            <Alert
              color={d.approvalRequired ? "orange" : "green"}
              title={d.approvalRequired ? t("requests.approvalNeeded") : t("requests.approvalNotNeeded")}
              data-testid="request-approval"
              data-required={String(d.approvalRequired)}
            >
              <Stack gap={4}>
                {d.basis.map((b) => (
                  <Text size="sm" key={b.clause} data-testid="request-basis">
                    {t("requests.basis")}: {b.clause} — {b.text}
                  </Text>
                ))}
                {d.approvers.length > 0 && (
                  <Text size="sm">
                    {t("requests.approvers")}: {d.approvers.map((a) => pick(a.dutyLabel)).join(" → ")}
                  </Text>
                )}
                {d.encryption?.required && (
                  <Text size="sm" c="red">
                    {t("requests.encryption")}（{d.encryption.clause}）
                  </Text>
                )}
              </Stack>
            </Alert>
          )}

          <Card withBorder>
            <Text fw={600} mb="xs">
              {t("requests.form")}
            </Text>
            <FieldInputs specs={spec.fields} fields={fields} onChange={setFields} fieldError={fieldError} />
          </Card>
          {send.error ? <ErrorAlert error={send.error} /> : null}
          <Group>
            <Button onClick={() => send.mutate()} loading={send.isPending} data-testid="request-submit">
              {t("requests.createAndSubmit")}
            </Button>
          </Group>
        </Stack>
      )}
    </>
  );
}
