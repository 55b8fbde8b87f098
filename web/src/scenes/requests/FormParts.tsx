import {
  Badge,
  Button,
  Checkbox,
  CloseButton,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFieldLabels, requestFieldsSchema } from "../../../../common/request-schemas";
import { api } from "../../api";
import { DateField, DateTimeField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
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
  error,
  required,
}: {
  assets: PickedAsset[];
  onChange: (next: PickedAsset[]) => void;
  /** The server's message about the assets (assetIds), shown at the search. */
  error?: string;
  required?: boolean;
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
        aria-label={t("requests.assetSearch")}
        aria-required={required || undefined}
        error={error}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        // Enter in the search looks for assets; it does not send the form around it.
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
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

/** A kind's field values as the server takes them. */
export type RequestFields = Record<string, string | boolean | number | null>;

/** The values of a request's form (the kind's fields, under `fields.<key>` as the server names them). */
export interface FieldsValues extends Record<string, unknown> {
  fields: Record<string, unknown>;
}

/**
 * The form's starting values for a kind: a draft's own values, else empty — a checkbox unticked,
 * text empty, a date, choice, person or number not given yet (null).
 */
export function initialFields(specs: readonly FieldSpec[], from: Record<string, unknown> = {}): FieldsValues {
  const empty = (f: FieldSpec) =>
    f.type === "boolean" ? false : f.type === "text" || f.type === "longtext" ? "" : null;
  return { fields: Object.fromEntries(specs.map((f) => [f.key, from[f.key] ?? empty(f)])) };
}

/** The kind's own schema (common/request-schemas) with its fields' labels for the messages. */
export function useFieldsSchema(specs: readonly FieldSpec[]) {
  return useMemo(() => ({ schema: requestFieldsSchema(specs), labels: requestFieldLabels(specs) }), [specs]);
}

/**
 * Inputs for a kind's form fields (the kind's field specs from the server), bound to the form at
 * `fields.<key>`: a required field is marked, its message (the browser's check or the server's
 * refusal) shows at it, and what was typed stays.
 */
export function FieldInputs({
  specs,
  form,
}: {
  specs: readonly FieldSpec[];
  form: UseFormReturnType<FieldsValues>;
}) {
  const { pick, lang } = useLang();
  return (
    <Stack gap="sm">
      {specs.map((f) => {
        const path = `fields.${f.key}`;
        const named = { label: pick(f.label), "data-testid": `request-field-${f.key}` };
        const common = { ...named, withAsterisk: f.required };
        const value = form.values.fields[f.key];
        const error = form.errors[path];
        const set = (v: unknown) => form.setFieldValue(path, v as never);
        if (f.type === "boolean")
          return <Checkbox key={f.key} {...named} {...form.getInputProps(path, { type: "checkbox" })} />;
        if (f.type === "longtext")
          return <Textarea key={f.key} {...common} autosize minRows={2} {...form.getInputProps(path)} />;
        if (f.type === "select")
          return (
            <Select
              key={f.key}
              {...common}
              data={(f.options ?? []).map((o) => ({ value: o.value, label: lang === "en" ? o.en : o.ja }))}
              allowDeselect={false}
              {...form.getInputProps(path)}
            />
          );
        if (f.type === "date")
          return (
            <DateField
              key={f.key}
              {...common}
              value={(value as string) || null}
              onChange={set}
              error={error}
            />
          );
        if (f.type === "datetime")
          return (
            <DateTimeField
              key={f.key}
              {...common}
              value={(value as string) || null}
              onChange={set}
              error={error}
            />
          );
        if (f.type === "number")
          return (
            <NumberInput
              key={f.key}
              {...common}
              value={typeof value === "number" ? value : ""}
              onChange={(v) => set(typeof v === "number" ? v : null)}
              error={error}
            />
          );
        if (f.type === "person")
          return (
            <PersonPicker
              key={f.key}
              {...common}
              value={(value as string) || null}
              onChange={set}
              error={error}
            />
          );
        return <TextInput key={f.key} {...common} maxLength={f.max} {...form.getInputProps(path)} />;
      })}
    </Stack>
  );
}
