import { Card, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { labelOf, REQUEST_DECISION_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import type { RequestOverride } from "../../contract";
import { useLang } from "../../i18n";
import { Link } from "../../router";

/** 本人承認の報告: self-approvals with their recorded reasons, for the CISO (GET /api/requests/overrides).
 * Shown to holders of OVERRIDE_REPORT_DUTIES (server/modules/requests/access.ts; nav.ts mirrors them). */
export default function Overrides() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const query = useQuery({
    queryKey: ["request-overrides"],
    queryFn: () => api.get("/api/requests/overrides"),
  });
  const kinds = useQuery({
    queryKey: ["request-kinds"],
    queryFn: () => api.get("/api/requests/kinds"),
  });
  const kindTitle = (key: string) => {
    const k = (kinds.data?.data ?? []).find((x) => x.key === key);
    return k ? pick(k.title) : key;
  };
  const rows: RequestOverride[] = query.data?.data ?? [];
  return (
    <>
      <PageHeader title={t("requests.overridesTitle")} description={t("requests.overridesDescription")} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {rows.length === 0 ? (
            <Empty>{t("requests.overridesNone")}</Empty>
          ) : (
            <Table striped data-testid="override-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("requests.overrideDecidedAt")}</Table.Th>
                  <Table.Th>{t("requests.number")}</Table.Th>
                  <Table.Th>{t("requests.kind")}</Table.Th>
                  <Table.Th>{t("requests.overrideStep")}</Table.Th>
                  <Table.Th>{t("requests.overridePerson")}</Table.Th>
                  <Table.Th>{t("requests.decision")}</Table.Th>
                  <Table.Th>{t("requests.overrideReasonCol")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((o) => (
                  <Table.Tr key={`${o.requestId}-${o.step}-${o.decidedAt}`} data-testid="override-row">
                    <Table.Td>
                      <Text size="sm">
                        <DateText value={o.decidedAt} time />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Link href={`/requests/${o.requestId}`}>No.{o.number}</Link>
                    </Table.Td>
                    <Table.Td>{kindTitle(o.kind)}</Table.Td>
                    <Table.Td>{o.step}</Table.Td>
                    <Table.Td>{o.personName}</Table.Td>
                    <Table.Td>{pick(labelOf(REQUEST_DECISION_LABELS, o.decision))}</Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        {o.reason}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </QueryState>
    </>
  );
}
