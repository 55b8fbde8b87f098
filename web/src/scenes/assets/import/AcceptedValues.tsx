/**
 * The values each coded column of the register import accepts, in the screens' own labels (the
 * same i18next resources the list and form print, and the profile's levels): what a clerk may
 * write is what they see. The import reads these in Japanese or English, or as the code
 * (server/modules/assets/import/ui-labels.test enumerates them).
 */
import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../i18n";
import { KINDS, ORIGINS, SCHEMES, STATUSES, SUBKINDS, useSchemes, ZONES } from "../../assets/shared";

export default function AcceptedValues() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const schemes = useSchemes();
  const list = (group: string, codes: readonly string[]) =>
    codes.map((c) => t(`assets.${group}.${c}`)).join("、");
  const rows: Array<[string, string]> = [
    [t("assets.field.kind"), list("kind", KINDS)],
    [t("assets.field.subkind"), list("subkind", SUBKINDS)],
    ...SCHEMES.map((s): [string, string] => [
      t(`assets.field.${s}`),
      (schemes?.[s].levels ?? []).map((l) => (lang === "en" ? l.labelEn || l.label : l.label)).join("、"),
    ]),
    [t("assets.field.zone"), list("zone", [...ZONES, "none"])],
    [t("assets.field.status"), list("status", STATUSES)],
    [t("assets.field.origin"), list("origin", ORIGINS)],
    [t("assets.field.personalInfo"), t("assets.importValues.yesNo")],
    [t("assets.field.retentionYears"), t("assets.importValues.retention")],
  ];
  return (
    <details data-testid="import-accepted-values">
      <summary>
        <Text span size="sm">
          {t("assets.importValues.title")}
        </Text>
      </summary>
      <Stack gap={4} mt={4}>
        <Text size="xs" c="dimmed">
          {t("assets.importValues.hint")}
        </Text>
        <Table withTableBorder fz="xs">
          <Table.Tbody>
            {rows.map(([column, values]) => (
              <Table.Tr key={column}>
                <Table.Th scope="row" w={160}>
                  {column}
                </Table.Th>
                <Table.Td>{values}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </details>
  );
}
