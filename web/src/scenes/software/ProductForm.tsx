import { Badge, Button, Card, Group, Stack, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert, useFieldError } from "../../components/common";
import { DateField } from "../../components/DateField";

const EMPTY = { vendor: "", product: "", version: "", edition: "", cpe: "" };

/**
 * 製品の登録 (issue 19 item 1): vendor, product, version, edition, the CPE 2.3 name — suggested
 * from the names of the imported advisories and the catalog as the product is typed, editable —
 * and the vendor's end of support. The server checks the CPE and names the field on an error.
 */
export function ProductForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [v, setV] = useState(EMPTY);
  const [endOfSupport, setEndOfSupport] = useState<string | null>(null);
  const [typed] = useDebouncedValue({ vendor: v.vendor, product: v.product, version: v.version }, 300);
  const suggestions = useQuery({
    queryKey: ["software", "cpe-suggestions", typed],
    enabled: typed.product.trim().length >= 2,
    queryFn: () => api.get("/api/software/cpe-suggestions", { query: { ...typed, limit: 5 } }),
  });
  const save = useMutation({
    mutationFn: () =>
      api.post("/api/software/products", {
        body: {
          vendor: v.vendor,
          product: v.product,
          version: v.version,
          edition: v.edition,
          cpe: v.cpe.trim() || null,
          endOfSupport,
        },
      }),
    onSuccess: () => {
      setV(EMPTY);
      setEndOfSupport(null);
      return qc.invalidateQueries({ queryKey: ["software"] });
    },
  });
  const fieldError = useFieldError(save.error);
  const set = (k: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setV({ ...v, [k]: e.currentTarget.value });
  const list = suggestions.data?.data ?? [];
  return (
    <Stack maw={640}>
      <Text size="sm">{t("software.productHelp")}</Text>
      <Group grow>
        <TextInput
          label={t("software.vendor")}
          value={v.vendor}
          onChange={set("vendor")}
          error={fieldError("vendor")}
          required
          data-testid="product-vendor"
        />
        <TextInput
          label={t("software.productName")}
          value={v.product}
          onChange={set("product")}
          error={fieldError("product")}
          required
          data-testid="product-name"
        />
      </Group>
      <Group grow>
        <TextInput
          label={t("software.version")}
          value={v.version}
          onChange={set("version")}
          error={fieldError("version")}
          data-testid="product-version"
        />
        <TextInput
          label={t("software.edition")}
          value={v.edition}
          onChange={set("edition")}
          error={fieldError("edition")}
        />
      </Group>
      <TextInput
        label={t("software.cpe")}
        description={t("software.cpeHelp")}
        value={v.cpe}
        onChange={set("cpe")}
        error={fieldError("cpe")}
        data-testid="product-cpe"
      />
      {list.length > 0 && (
        <Card withBorder padding="xs" data-testid="cpe-suggestions">
          <Text size="sm" fw={600}>
            {t("software.cpeSuggested")}
          </Text>
          {list.map((s) => (
            <UnstyledButton
              key={s.cpe}
              onClick={() => setV({ ...v, cpe: s.cpe })}
              data-testid="cpe-suggestion"
              aria-label={t("software.useCpe", { cpe: s.cpe })}
            >
              <Group gap="xs">
                <Text size="sm" ff="monospace">
                  {s.cpe}
                </Text>
                <Badge size="xs" variant="light" color={s.source === "advisories" ? "blue" : "gray"}>
                  {s.source === "advisories"
                    ? t("software.cpeFromAdvisories", { count: s.advisories })
                    : t("software.cpeFromCatalog")}
                </Badge>
              </Group>
            </UnstyledButton>
          ))}
        </Card>
      )}
      <DateField
        label={t("software.endOfSupport")}
        value={endOfSupport}
        onChange={setEndOfSupport}
        error={fieldError("endOfSupport")}
        data-testid="product-eos"
      />
      {save.error && <ErrorAlert error={save.error} />}
      {save.isSuccess && (
        <Text c="green" size="sm" data-testid="product-saved">
          {t("software.productSaved")}
        </Text>
      )}
      <Group>
        <Button
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!v.vendor.trim() || !v.product.trim()}
          data-testid="product-save"
        >
          {t("software.registerProduct")}
        </Button>
      </Group>
    </Stack>
  );
}
