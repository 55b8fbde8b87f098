import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { Link } from "../../router";

const lines = (s: string) =>
  s
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * 緊急時対応計画 (対策基準 8.3(2)): contacts, what to report, response measures, recurrence
 * prevention; versioned. A save is a draft of the plan document: another approves and publishes it
 * on the document's page (#12: never its drafter or editor in one go).
 */
export default function EmergencyPlan() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [version, setVersion] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ["emergency-plan", version],
    queryFn: () =>
      version
        ? api.get("/api/emergency-plan/versions/{version}", { path: { version } })
        : api.get("/api/emergency-plan"),
  });
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState({ contacts: "", what: "", measures: "", prevention: "", note: "" });
  const save = useMutation({
    mutationFn: () =>
      api.put("/api/emergency-plan", {
        body: {
          contacts: lines(form.contacts).map((l) => {
            const [role, name, phone] = l.split(/[,，、]/).map((x) => x.trim());
            return { role: role || "—", name: name || "—", phone: phone || null };
          }),
          whatToReport: lines(form.what),
          responseMeasures: lines(form.measures),
          recurrencePrevention: lines(form.prevention),
          note: form.note || null,
        },
      }),
    onSuccess: async () => {
      setEditing(false);
      setVersion(null);
      await qc.invalidateQueries({ queryKey: ["emergency-plan"] });
    },
  });
  const plan = query.data?.current;
  const pending = query.data?.pending ?? null;
  const startEdit = () => {
    // Editing continues the draft waiting for approval, else starts from the plan in force.
    const c = pending?.content ?? plan?.content;
    setForm({
      contacts: (c?.contacts ?? []).map((x) => [x.role, x.name, x.phone ?? ""].join(", ")).join("\n"),
      what: (c?.whatToReport ?? []).join("\n"),
      measures: (c?.responseMeasures ?? []).join("\n"),
      prevention: (c?.recurrencePrevention ?? []).join("\n"),
      note: pending?.note ?? "",
    });
    setEditing(true);
  };
  return (
    <>
      <PageHeader
        title={t("plan.title")}
        description={query.data?.rule ? <ClauseLink id={query.data.rule.clause} /> : undefined}
        actions={
          query.data?.policies?.update &&
          query.data.rule &&
          !editing &&
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
        {editing ? (
          <Card withBorder data-testid="plan-form">
            <Stack gap="xs">
              <ErrorAlert error={save.error} />
              <Textarea
                label={t("plan.contacts")}
                description={t("plan.contactsHelp")}
                value={form.contacts}
                onChange={(e) => setForm({ ...form, contacts: e.currentTarget.value })}
                autosize
                minRows={3}
                data-testid="plan-contacts"
              />
              <Textarea
                label={t("plan.whatToReport")}
                description={t("plan.onePerLine")}
                value={form.what}
                onChange={(e) => setForm({ ...form, what: e.currentTarget.value })}
                autosize
                minRows={3}
                data-testid="plan-what"
              />
              <Textarea
                label={t("plan.responseMeasures")}
                description={t("plan.onePerLine")}
                value={form.measures}
                onChange={(e) => setForm({ ...form, measures: e.currentTarget.value })}
                autosize
                minRows={3}
                data-testid="plan-measures"
              />
              <Textarea
                label={t("plan.recurrencePrevention")}
                description={t("plan.onePerLine")}
                value={form.prevention}
                onChange={(e) => setForm({ ...form, prevention: e.currentTarget.value })}
                autosize
                minRows={3}
                data-testid="plan-prevention"
              />
              <TextInput
                label={t("plan.note")}
                value={form.note}
                onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
                data-testid="plan-note"
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setEditing(false)}>
                  {t("common.cancel")}
                </Button>
                <Button loading={save.isPending} onClick={() => save.mutate()} data-testid="plan-save">
                  {t("plan.saveDraft")}
                </Button>
              </Group>
            </Stack>
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
