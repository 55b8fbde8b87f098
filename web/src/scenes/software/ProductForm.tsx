import { Badge, Button, Card, Group, Stack, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import { isoDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";

const ProductValues = z.object({
  vendor: requiredText(200),
  product: requiredText(200),
  version: z.string().trim().max(100),
  edition: z.string().trim().max(100),
  cpe: z.string().trim().max(500),
  endOfSupport: isoDate.nullable(),
});
type ProductV = z.output<typeof ProductValues>;

/**
 * 製品の登録 (issue 19 item 1): vendor, product, version, edition, the CPE 2.3 name — suggested
 * from the names of the imported advisories and the catalog as the product is typed, editable —
 * and the vendor's end of support. The server checks the CPE and names the field on an error.
 */
export function ProductForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: ProductV) => api.post("/api/software/products", { body: { ...v, cpe: v.cpe || null } }),
    onSuccess: () => {
      form.reset();
      return qc.invalidateQueries({ queryKey: ["software"] });
    },
  });
  const form = useActionForm(
    ProductValues,
    { vendor: "", product: "", version: "", edition: "", cpe: "", endOfSupport: null },
    save.error,
  );
  const v = form.values;
  const [typed] = useDebouncedValue({ vendor: v.vendor, product: v.product, version: v.version }, 300);
  const suggestions = useQuery({
    queryKey: ["software", "cpe-suggestions", typed],
    enabled: typed.product.trim().length >= 2,
    queryFn: () => api.get("/api/software/cpe-suggestions", { query: { ...typed, limit: 5 } }),
  });
  const list = suggestions.data?.data ?? [];
  return (
    <form {...form.formProps((x) => save.mutate(ProductValues.parse(x)))} data-testid="product-form">
      <Stack maw={640}>
        <Text size="sm">{t("software.productHelp")}</Text>
        <Group grow align="flex-start">
          <TextInput
            label={t("software.vendor")}
            required
            {...form.getInputProps("vendor")}
            data-testid="product-vendor"
          />
          <TextInput
            label={t("software.productName")}
            required
            {...form.getInputProps("product")}
            data-testid="product-name"
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t("software.version")}
            {...form.getInputProps("version")}
            data-testid="product-version"
          />
          <TextInput label={t("software.edition")} {...form.getInputProps("edition")} />
        </Group>
        <TextInput
          label={t("software.cpe")}
          description={t("software.cpeHelp")}
          {...form.getInputProps("cpe")}
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
                onClick={() => form.setFieldValue("cpe", s.cpe)}
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
          {...bindField(form, "endOfSupport")}
          data-testid="product-eos"
        />
        <ErrorAlert error={save.error} />
        {save.isSuccess && (
          <Text c="green" size="sm" data-testid="product-saved">
            {t("software.productSaved")}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="product-save">
            {t("software.registerProduct")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
