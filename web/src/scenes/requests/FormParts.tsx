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
import { DateField, DateTimeField } from "../../components/DateField";
import type { RequestKindView } from "../../contract";
import { useLang } from "../../i18n";

/** An asset chosen for a request: what the badge shows. */
export interface PickedAsset {
  id: string;
  assetNumber: string | null;
  name: string | null;
}

type FieldSpec = RequestKindView["fields"][number];

/** The chosen assets as removable badges and a search to add more (used by 申請する and draft editing). */
export function AssetPicker({
  assets,
  onChange,
}: {
  assets: PickedAsset[];
  onChange: (next: PickedAsset[]) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const search = useQuery({
    queryKey: ["request-asset-search", q],
    queryFn: () => api.get("/api/assets", { query: { q: q.trim(), limit: 10 } }),
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
      {(search.data?.items ?? []).map((a) => (
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
  specs: readonly FieldSpec[];
  fields: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  fieldError: (key: string) => string | undefined;
}) {
  const { pick, lang } = useLang();
  return (
    <Stack gap="sm">
      {specs.map((f) => {
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
              withAsterisk={f.required}
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
              withAsterisk={f.required}
              error={err}
              data={(f.options ?? []).map((o) => ({
                value: o.value,
                label: lang === "en" ? o.en : o.ja,
              }))}
              value={(fields[f.key] as string) ?? null}
              onChange={(v) => set(v)}
              data-testid={testId}
            />
          );
        if (f.type === "date")
          return (
            <DateField
              key={f.key}
              label={label}
              withAsterisk={f.required}
              error={err}
              value={(fields[f.key] as string) || null}
              onChange={(v) => set(v ?? "")}
              data-testid={testId}
            />
          );
        if (f.type === "datetime")
          return (
            <DateTimeField
              key={f.key}
              label={label}
              withAsterisk={f.required}
              error={err}
              value={(fields[f.key] as string) || null}
              onChange={(v) => set(v ?? "")}
              data-testid={testId}
            />
          );
        return (
          <TextInput
            key={f.key}
            label={label}
            withAsterisk={f.required}
            error={err}
            value={String(fields[f.key] ?? "")}
            onChange={(e) => set(e.currentTarget.value)}
            data-testid={testId}
          />
        );
      })}
    </Stack>
  );
}
