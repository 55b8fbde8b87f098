import { Alert, Anchor, Button, Card, Group, List, Select, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { Link } from "../../router";
import { PlanDraftForm, type PlanForm } from "./plan-form";

/**
 * 緊急時対応計画 (対策基準 8.3(2)): contacts, what to report, response measures, recurrence
 * prevention; versioned. A save is a draft of the plan document: another approves and publishes it
 * on the document's page (#12: never its drafter or editor in one go).
 */
export default function EmergencyPlan() {
  const { t } = useTranslation();
  const [version, setVersion] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ["emergency-plan", version],
    queryFn: () =>
      version
        ? api.get("/api/emergency-plan/versions/{version}", { path: { version } })
        : api.get("/api/emergency-plan"),
  });
  const [initial, setInitial] = useState<PlanForm | null>(null);
  const plan = query.data?.current;
  const pending = query.data?.pending ?? null;
  const startEdit = () => {
    // Editing continues the draft waiting for approval, else starts from the plan in force.
    const c = pending?.content ?? plan?.content;
    setInitial({
      contacts: (c?.contacts ?? [])
        .map((x) => [x.role, x.name, x.phone ?? ""].filter(Boolean).join(", "))
        .join("\n"),
      whatToReport: (c?.whatToReport ?? []).join("\n"),
      responseMeasures: (c?.responseMeasures ?? []).join("\n"),
      recurrencePrevention: (c?.recurrencePrevention ?? []).join("\n"),
      note: pending?.note ?? "",
    });
  };
  return (
    <>
      <PageHeader
        title={t("plan.title")}
        description={query.data?.rule ? <ClauseLink id={query.data.rule.clause} /> : undefined}
        actions={
          query.data?.policies?.update &&
          query.data.rule &&
          !initial &&
          pending?.state !== "approved" && (
            <Button onClick={startEdit} data-testid="plan-edit">
              {pending ? t("plan.editDraft") : t("plan.edit")}
            </Button>
          )
        }
      />
      {pending && query.data?.documentId && (
        <Alert mb="sm" data-testid="plan-pending" data-version={pending.version}>
          <Text size="sm">
            {pending.state === "draft"
              ? t("plan.pendingDraft", { version: pending.version })
              : t("plan.pendingApproved", { version: pending.version })}{" "}
            {t("plan.pendingHelp")}
          </Text>
          <Anchor component={Link} href={`/documents/${query.data.documentId}`} size="sm">
            {t("plan.openDocument")}
          </Anchor>
        </Alert>
      )}
      {query.data && !query.data.rule && (
        <Alert mb="sm" data-testid="plan-no-rule">
          {t("plan.noRule")}
        </Alert>
      )}
      <QueryState isLoading={query.isLoading} error={query.error}>
        {initial ? (
          <Card withBorder data-testid="plan-form">
            <PlanDraftForm
              initial={initial}
              onCancel={() => setInitial(null)}
              onSaved={() => {
                setInitial(null);
                setVersion(null);
              }}
            />
          </Card>
        ) : !plan ? (
          <Empty>{t("plan.empty")}</Empty>
        ) : (
          <Card withBorder data-testid="plan-view" data-version={plan.version}>
            <Group justify="space-between" mb="sm">
              <Text size="sm">
                {t("plan.version")} {plan.version}（<DateText value={plan.createdAt} time />）
                {plan.note ? ` ${plan.note}` : ""}
              </Text>
              <Select
                size="xs"
                w={200}
                placeholder={t("plan.versions")}
                value={version}
                onChange={setVersion}
                data={(query.data?.versions ?? []).map((v) => ({
                  value: String(v.version),
                  label: `${t("plan.version")} ${v.version}`,
                }))}
                data-testid="plan-version-select"
              />
            </Group>
            <Title order={5}>{t("plan.contacts")}</Title>
            <Table className="data-table" mb="sm">
              <Table.Tbody>
                {plan.content.contacts.map((c) => (
                  <Table.Tr key={`${c.role}|${c.name}|${c.phone ?? ""}`}>
                    <Table.Td>{c.role}</Table.Td>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{c.phone ?? "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {(["whatToReport", "responseMeasures", "recurrencePrevention"] as const).map((k) => (
              <div key={k}>
                <Title order={5}>{t(`plan.${k}`)}</Title>
                <List size="sm" mb="sm">
                  {plan.content[k].map((x) => (
                    <List.Item key={x}>{x}</List.Item>
                  ))}
                </List>
              </div>
            ))}
          </Card>
        )}
      </QueryState>
    </>
  );
}
