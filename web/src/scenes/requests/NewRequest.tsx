import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, UnstyledButton } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { RequestKindView } from "../../contract";
import { useActionForm } from "../../forms";
import { useLang } from "../../i18n";
import { navigate } from "../../router";
import {
  AssetPicker,
  FieldInputs,
  type FieldsValues,
  initialFields,
  type PickedAsset,
  type RequestFields,
  useFieldsSchema,
} from "./FormParts";

/** 申請する: choose what you want to do in plain words, see whether approval is needed and why, fill the form. */
export default function NewRequest() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const kinds = useQuery({
    queryKey: ["request-kinds"],
    queryFn: () => api.get("/api/requests/kinds"),
  });
  const [kind, setKind] = useState<string | null>(null);
  const spec = (kinds.data?.data ?? []).find((k) => k.key === kind);

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
                onClick={() => setKind(k.key)}
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
      {/* Another kind starts its own form (its fields, assets and messages). */}
      {spec && <RequestFiling key={spec.key} spec={spec} />}
    </>
  );
}

/**
 * One kind's form on the app's one form approach: the kind's schema (common/request-schemas)
 * checks it before it is sent, the server's refusals land at their fields (fields.<key>, assetIds),
 * and what was typed stays on an error.
 */
function RequestFiling({ spec }: { spec: RequestKindView }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [assets, setAssets] = useState<PickedAsset[]>([]);
  const send = useMutation({
    mutationFn: async (v: FieldsValues) => {
      const created = await api.post("/api/requests", {
        body: { kind: spec.key, assetIds: assets.map((a) => a.id), fields: v.fields as RequestFields },
      });
      await api.post("/api/requests/{id}/submit", { path: { id: created.data.id }, body: {} });
      return created.data.id;
    },
    onSuccess: (id) => navigate(`/requests/${id}`),
  });
  const { schema, labels } = useFieldsSchema(spec.fields);
  const form = useActionForm<typeof schema, FieldsValues>(schema, initialFields(spec.fields), send.error, {
    labels,
  });
  const fields = form.values.fields;
  // The form's choices may decide approval or the chain (川崎市 第9章6(1) new software, 第9章2(5)イ):
  // the preview is asked again when one changes, not on every keystroke of a text field.
  const choices = Object.fromEntries(
    spec.fields
      .filter((f) => f.type === "select" && typeof fields[f.key] === "string")
      .map((f) => [f.key, fields[f.key] as string]),
  );
  const preview = useQuery({
    queryKey: ["request-preview", spec.key, assets.map((a) => a.id).join(","), JSON.stringify(choices)],
    queryFn: () =>
      api.post("/api/requests/preview", {
        body: { kind: spec.key, assetIds: assets.map((a) => a.id), fields: choices },
      }),
    enabled: spec.assets !== "required" || assets.length > 0,
  });
  const d = preview.data?.data;

  return (
    <form {...form.formProps((v) => send.mutate(v))} data-testid="request-form">
      <Stack gap="md">
        {spec.assets !== "none" && (
          <Card withBorder>
            <Text fw={600} mb="xs">
              {t("requests.assets")}
              {spec.assets === "required" ? <RequiredMark /> : null}
            </Text>
            <AssetPicker
              assets={assets}
              onChange={setAssets}
              required={spec.assets === "required"}
              error={form.errors.assetIds as string | undefined}
            />
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
          <FieldInputs specs={spec.fields} form={form} />
        </Card>
        <ErrorAlert error={send.error} />
        <Group>
          <Button type="submit" loading={send.isPending} data-testid="request-submit">
            {t("requests.createAndSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Mantine's asterisk beside a card's title (the assets a kind requires). */
function RequiredMark() {
  return (
    <Text span c="red" aria-hidden>
      {" *"}
    </Text>
  );
}
