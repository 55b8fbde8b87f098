import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  CloseButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { useLang } from "../../i18n";
import { navigate } from "../../router";
import type { Json } from "./i18n";
import "./i18n";

/** 申請する: choose what you want to do in plain words, see whether approval is needed and why, fill the form. */
export default function NewRequest() {
  const { t } = useTranslation();
  const { pick, lang } = useLang();
  const kinds = useQuery({
    queryKey: ["request-kinds"],
    queryFn: () => api.get<Json>("/api/requests/kinds"),
  });
  const [kind, setKind] = useState<string | null>(null);
  const [assets, setAssets] = useState<Json[]>([]);
  const [fields, setFields] = useState<Record<string, unknown>>({});
  const [q, setQ] = useState("");
  const spec = (kinds.data?.data ?? []).find((k: Json) => k.key === kind);
  const search = useQuery({
    queryKey: ["request-asset-search", q],
    queryFn: () => api.get<Json>("/api/assets", { q: q.trim(), limit: 10 }),
    enabled: q.trim().length > 0,
  });
  const preview = useQuery({
    queryKey: ["request-preview", kind, assets.map((a) => a.id).join(",")],
    queryFn: () => api.post<Json>("/api/requests/preview", { kind, assetIds: assets.map((a) => a.id) }),
    enabled: !!kind && (spec?.assets !== "required" || assets.length > 0),
  });
  const send = useMutation({
    mutationFn: async () => {
      const created = await api.post<Json>("/api/requests", {
        kind,
        assetIds: assets.map((a) => a.id),
        fields,
      });
      await api.post<Json>(`/api/requests/${created.data.id}/submit`, {});
      return created.data.id as string;
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
          {(kinds.data?.data ?? []).map((k: Json) => (
            <UnstyledButton
              key={k.key}
              onClick={() => {
                setKind(k.key);
                setFields({});
                setAssets([]);
              }}
              data-testid={`request-kind-${k.key}`}
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
              <Group gap="xs" mb="xs">
                {assets.map((a) => (
                  <Badge
                    key={a.id}
                    variant="light"
                    rightSection={
                      <CloseButton
                        size="xs"
                        aria-label={t("common.remove", "削除")}
                        onClick={() => setAssets(assets.filter((x) => x.id !== a.id))}
                      />
                    }
                  >
                    {a.assetNumber} {a.name}
                  </Badge>
                ))}
              </Group>
              <TextInput
                placeholder={t("requests.assetSearch")}
                value={q}
                onChange={(e) => setQ(e.currentTarget.value)}
                data-testid="request-asset-search"
              />
              {(search.data?.items ?? []).map((a: Json) => (
                <Group key={a.id} justify="space-between" mt={4}>
                  <Text size="sm">
                    {a.assetNumber} {a.name}
                  </Text>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => {
                      if (!assets.some((x) => x.id === a.id)) setAssets([...assets, a]);
                      setQ("");
                    }}
                    data-testid={`request-asset-add-${a.assetNumber}`}
                  >
                    {t("requests.addAsset")}
                  </Button>
                </Group>
              ))}
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
                {d.basis.map((b: Json) => (
                  <Text size="sm" key={b.clause} data-testid="request-basis">
                    {t("requests.basis")}: {b.clause} — {b.text}
                  </Text>
                ))}
                {d.approvers.length > 0 && (
                  <Text size="sm">
                    {t("requests.approvers")}: {d.approvers.map((a: Json) => pick(a.dutyLabel)).join(" → ")}
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
            <Stack gap="sm">
              {spec.fields.map((f: Json) => {
                const label = pick(f.label);
                const err = fieldError(`fields.${f.key}`);
                const set = (v: unknown) => setFields({ ...fields, [f.key]: v });
                const testId = `request-field-${f.key}`;
                if (f.type === "boolean")
                  return (
                    <Checkbox
                      key={f.key}
                      label={label}
                      checked={fields[f.key] === true}
                      onChange={(e) => set(e.currentTarget.checked)}
                      data-testid={testId}
                    />
                  );
                if (f.type === "longtext")
                  return (
                    <Textarea
                      key={f.key}
                      label={label}
                      required={f.required}
                      error={err}
                      value={String(fields[f.key] ?? "")}
                      onChange={(e) => set(e.currentTarget.value)}
                      data-testid={testId}
                    />
                  );
                if (f.type === "select")
                  return (
                    <Select
                      key={f.key}
                      label={label}
                      required={f.required}
                      error={err}
                      data={f.options.map((o: Json) => ({
                        value: o.value,
                        label: lang === "en" ? o.en : o.ja,
                      }))}
                      value={(fields[f.key] as string) ?? null}
                      onChange={(v) => set(v)}
                      data-testid={testId}
                    />
                  );
                const type = f.type === "date" ? "date" : f.type === "datetime" ? "datetime-local" : "text";
                const raw = String(fields[f.key] ?? "");
                const shown = f.type === "datetime" && raw ? raw.slice(0, 16) : raw;
                return (
                  <TextInput
                    key={f.key}
                    type={type}
                    label={label}
                    required={f.required}
                    error={err}
                    value={shown}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      set(f.type === "datetime" && v ? `${v}:00+09:00` : v);
                    }}
                    data-testid={testId}
                  />
                );
              })}
            </Stack>
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
