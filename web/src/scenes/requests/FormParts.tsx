import {
  Badge,
  Button,
  Checkbox,
  CloseButton,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { useLang } from "../../i18n";
import type { Json } from "./json";

/** The chosen assets as removable badges and a search to add more (used by 申請する and draft editing). */
export function AssetPicker({ assets, onChange }: { assets: Json[]; onChange: (next: Json[]) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const search = useQuery({
    queryKey: ["request-asset-search", q],
    queryFn: () => api.get<Json>("/api/assets", { q: q.trim(), limit: 10 }),
    enabled: q.trim().length > 0,
  });
  return (
    <>
      <Group gap="xs" mb="xs">
        {assets.map((a) => (
          <Badge
            key={a.id}
            variant="light"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t("common.remove", "削除")}
                onClick={() => onChange(assets.filter((x) => x.id !== a.id))}
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
              if (!assets.some((x) => x.id === a.id)) onChange([...assets, a]);
              setQ("");
            }}
            data-testid={`request-asset-add-${a.assetNumber}`}
          >
            {t("requests.addAsset")}
          </Button>
        </Group>
      ))}
    </>
  );
}

/** Inputs for a kind's form fields (the kind's field specs from the server). */
export function FieldInputs({
  specs,
  fields,
  onChange,
  fieldError,
}: {
  specs: Json[];
  fields: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  fieldError: (key: string) => string | undefined;
}) {
  const { pick, lang } = useLang();
  return (
    <Stack gap="sm">
      {specs.map((f: Json) => {
        const label = pick(f.label);
        const err = fieldError(`fields.${f.key}`);
        const set = (v: unknown) => onChange({ ...fields, [f.key]: v });
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
        const shown = f.type === "datetime" && raw ? localMinute(raw) : raw;
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
  );
}

/** "YYYY-MM-DDTHH:mm" in JST for a datetime input, whatever offset the stored value has. */
function localMinute(raw: string): string {
  if (/\+09:00$/.test(raw)) return raw.slice(0, 16);
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) return raw.slice(0, 16);
  return new Date(d.getTime() + 9 * 3600_000).toISOString().slice(0, 16);
}
