import { Badge, Button, Card, Group, SegmentedControl, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { useLang } from "../../i18n";
import { Link, navigate } from "../../router";
import { categoryLabel, type Json, SeverityBadge, StageBadge } from "./common";
import "./i18n";

/** インシデント一覧: only the cases the user may see (the server filters by the same rule as the detail). */
export default function IncidentList() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [stage, setStage] = useState("open");
  const [q, setQ] = useState("");
  const [dq] = useDebouncedValue(q, 250);
  const query = useQuery({
    queryKey: ["incidents", { stage, dq }],
    queryFn: () =>
      api.get<Json>("/api/incidents", {
        stage: stage === "all" ? undefined : stage,
        q: dq.trim() || undefined,
      }),
  });
  const items: Json[] = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t("incidents.title")}
        description={t("incidents.description")}
        actions={
          <Button onClick={() => navigate("/incidents/new")} data-testid="incident-new">
            {t("incidents.report")}
          </Button>
        }
      />
      <Group mb="sm" gap="sm">
        <SegmentedControl
          value={stage}
          onChange={setStage}
          data={[
            { value: "open", label: t("incidents.open") },
            { value: "closed", label: pick({ ja: "終結", en: "Closed" }) },
            { value: "all", label: t("incidents.all") },
          ]}
          data-testid="incident-stage-filter"
        />
        <TextInput
          placeholder={`${t("incidents.receipt")}・${t("incidents.summary")}`}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-testid="incident-search"
        />
      </Group>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Empty>{t("incidents.empty")}</Empty>
          ) : (
            <Table className="data-table" highlightOnHover data-testid="incident-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("incidents.receipt")}</Table.Th>
                  <Table.Th>{t("incidents.summary")}</Table.Th>
                  <Table.Th>{t("incidents.stage")}</Table.Th>
                  <Table.Th>{t("incidents.severity")}</Table.Th>
                  <Table.Th>{t("incidents.category")}</Table.Th>
                  <Table.Th>{t("incidents.source")}</Table.Th>
                  <Table.Th>{t("incidents.reportedAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.id} data-testid="incident-row" data-receipt={i.receiptNumber}>
                    <Table.Td className="nowrap">
                      <Link href={`/incidents/${i.id}`} data-testid="incident-link">
                        {i.receiptNumber}
                      </Link>
                      {i.restricted && (
                        <Badge ml={4} size="xs" color="grape">
                          {t("incidents.restricted")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{i.summary}</Text>
                    </Table.Td>
                    <Table.Td>
                      <StageBadge stage={i.stage} />
                    </Table.Td>
                    <Table.Td>
                      <SeverityBadge severity={i.severity} />
                    </Table.Td>
                    <Table.Td>{categoryLabel(i.category, pick)}</Table.Td>
                    <Table.Td>
                      {i.source === "public" ? t("incidents.sourcePublic") : t("incidents.sourceStaff")}
                    </Table.Td>
                    <Table.Td>
                      <DateText value={i.createdAt} time />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
        {query.data && (
          <Text size="xs" c="dimmed" mt="xs">
            {t("common.totalCount", { n: query.data.total })}
          </Text>
        )}
      </QueryState>
    </>
  );
}
