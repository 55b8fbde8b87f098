import { Badge, Button, Card, Group, NumberInput, Progress, Select, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { fiscalYear } from "../../../../common/calendar";
import { api } from "../../api";
import { useMe } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { AssetTask } from "../../contract";
import { useActionForm } from "../../forms";
import { departmentOptions, useDepartments } from "../../hooks";
import { useLang } from "../../i18n";
import { Link } from "../../router";
import { FoundForm, ItemActions, LABELS, StartValues } from "./inventory-forms";

/** 年度 of today in Japan (April–March). */
function currentFiscalYear(): number {
  return fiscalYear(new Date());
}

function CampaignView({ id }: { id: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const key = ["inventory", id];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get("/api/assets/inventory/campaigns/{id}", { path: { id } }),
  });
  const done = (d: unknown) => {
    qc.setQueryData(key, d);
    void qc.invalidateQueries({ queryKey: ["inventory-list"] });
  };
  const complete = useMutation({
    mutationFn: () => api.post("/api/assets/inventory/campaigns/{id}/complete", { path: { id } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  const c = q.data;
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {c && (
        <Card withBorder mt="sm" data-testid="inventory-campaign">
          <Group justify="space-between">
            <Title order={4}>
              {c.department.name} ・ {c.fiscalYear}
              {t("assets.inventory.fy")}
            </Title>
            <Group gap="xs">
              <Text size="sm">
                {t("assets.inventory.deadline")}: <DateText value={c.deadline} />
              </Text>
              <ClauseLink id={c.deadlineClause} />
              <Badge color={c.status === "completed" ? "teal" : "blue"}>
                {t(`assets.inventory.status.${c.status}`)}
              </Badge>
            </Group>
          </Group>
          <Progress value={c.summary.total ? (100 * c.summary.checked) / c.summary.total : 100} mt="xs" />
          <Text size="xs" c="dimmed" data-testid="inventory-progress">
            {c.summary.checked} / {c.summary.total}
          </Text>
          <Table fz="sm" mt="sm" data-testid="inventory-items">
            <Table.Tbody>
              {(c.items ?? []).map((i) => (
                <Table.Tr key={i.assetId} data-testid="inventory-item" data-asset-number={i.assetNumber}>
                  <Table.Td className="mono">
                    <Link href={`/assets/${i.assetId}`}>{i.assetNumber}</Link>
                  </Table.Td>
                  <Table.Td>{i.name}</Table.Td>
                  <Table.Td>{i.storagePlace ?? "—"}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`assets.inventory.result.${i.result}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.policies.record && i.result !== "found" && (
                      <ItemActions campaignId={id} item={i} onSaved={done} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {c.policies.record && (
            <Group gap="xs" mt="sm" align="flex-end" justify="space-between">
              <FoundForm campaignId={id} onSaved={done} />
              <Button
                onClick={() => complete.mutate()}
                loading={complete.isPending}
                data-testid="inventory-complete"
              >
                {t("assets.inventory.complete")}
              </Button>
            </Group>
          )}
          <ErrorAlert error={complete.error} />
        </Card>
      )}
    </QueryState>
  );
}

export default function Inventory() {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const deps = useDepartments();
  const [selected, setSelected] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (body: z.infer<typeof StartValues>) => api.post("/api/assets/inventory/campaigns", { body }),
    onSuccess: (c) => {
      setSelected(c.id);
      void qc.invalidateQueries({ queryKey: ["inventory-list"] });
    },
  });
  const form = useActionForm<
    typeof StartValues,
    { fiscalYear: number | string; departmentId: string | null }
  >(StartValues, { fiscalYear: currentFiscalYear(), departmentId: me.user.departmentId }, start.error, {
    labels: LABELS,
  });
  // The list follows the year typed, once it is a year.
  const typed = Number(form.values.fiscalYear);
  const fy = Number.isInteger(typed) && typed >= 2000 && typed <= 2200 ? typed : currentFiscalYear();
  const list = useQuery({
    queryKey: ["inventory-list", fy],
    queryFn: () =>
      api.get("/api/assets/inventory/campaigns", {
        query: {
          fiscalYear: fy,
        },
      }),
  });
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader title={t("assets.inventory.title")} description={t("assets.inventory.description")} />
      <Card withBorder padding="sm">
        <form
          {...form.formProps((v) => start.mutate(StartValues.parse(v)))}
          data-testid="inventory-start-form"
        >
          <Group align="flex-start" gap="sm">
            <NumberInput
              label={t("assets.inventory.fy")}
              withAsterisk
              min={2000}
              max={2200}
              allowDecimal={false}
              w={120}
              data-testid="inventory-fy"
              {...form.getInputProps("fiscalYear")}
            />
            <Select
              label={t("assets.field.department")}
              data={departmentOptions(deps.data, true)}
              searchable
              allowDeselect={false}
              withAsterisk
              w={220}
              data-testid="inventory-department"
              {...form.getInputProps("departmentId")}
            />
            <Button type="submit" mt={25} loading={start.isPending} data-testid="inventory-start">
              {t("assets.inventory.start")}
            </Button>
          </Group>
          <ErrorAlert error={start.error} />
        </form>
      </Card>
      <QueryState isLoading={list.isLoading} error={list.error}>
        {items.length === 0 ? (
          <Empty>{t("assets.inventory.empty")}</Empty>
        ) : (
          <Table fz="sm" mt="sm" striped data-testid="inventory-campaigns">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("assets.field.department")}</Table.Th>
                <Table.Th>{t("assets.inventory.deadline")}</Table.Th>
                <Table.Th>{t("assets.inventory.progress")}</Table.Th>
                <Table.Th>{t("assets.inventory.missing")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr
                  key={c.id}
                  onClick={() => setSelected(c.id)}
                  style={{ cursor: "pointer" }}
                  data-testid="inventory-campaign-row"
                >
                  <Table.Td>{c.department.name}</Table.Td>
                  <Table.Td>
                    <DateText value={c.deadline} />
                  </Table.Td>
                  <Table.Td>
                    {c.summary.checked} / {c.summary.total}
                  </Table.Td>
                  <Table.Td>{c.summary.counts.missing ?? 0}</Table.Td>
                  <Table.Td>
                    <Badge color={c.status === "completed" ? "teal" : "blue"}>
                      {t(`assets.inventory.status.${c.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      {selected && <CampaignView id={selected} />}
      <MyTasks />
    </>
  );
}

/** The kinds of follow-up, labelled (never the code). */
const TASK_LABELS: Record<AssetTask["kind"], { ja: string; en: string }> = {
  classify: { ja: "分類の決定", en: "Classification to decide" },
  inventory_missing: { ja: "所在不明", en: "Missing" },
};

/**
 * 自分宛ての対応 (GET /api/assets/tasks): a classification to decide, an asset missing at
 * inventory — the records the dashboard's 「自分宛ての対応」 counts, each linking to its asset.
 */
function MyTasks() {
  const { lang } = useLang();
  const tr = (ja: string, en: string) => (lang === "en" ? en : ja);
  const tasks = useQuery({
    queryKey: ["asset-tasks"],
    queryFn: () => api.get("/api/assets/tasks"),
  });
  const items = tasks.data?.items ?? [];
  return (
    <Card withBorder padding="sm" mt="md" id="tasks" data-testid="asset-tasks">
      <Text fw={600} mb="xs">
        {tr(
          "自分宛ての対応（分類の決定・所在不明）",
          "My follow-ups (classification to decide, missing asset)",
        )}
      </Text>
      <QueryState isLoading={tasks.isLoading} error={tasks.error}>
        {items.length === 0 ? (
          <Empty>{tr("対応はありません", "Nothing to follow up")}</Empty>
        ) : (
          <Table fz="sm" striped>
            <Table.Tbody>
              {items.map((task) => (
                <Table.Tr key={task.id} data-testid="asset-task-row">
                  <Table.Td className="nowrap">
                    {tr(TASK_LABELS[task.kind].ja, TASK_LABELS[task.kind].en)}
                  </Table.Td>
                  <Table.Td className="mono nowrap">
                    <Link href={`/assets/${task.assetId}`}>{task.assetNumber}</Link>
                  </Table.Td>
                  <Table.Td>{task.assetName}</Table.Td>
                  <Table.Td>{task.note ?? ""}</Table.Td>
                  <Table.Td className="nowrap">
                    <DateText value={task.createdAt} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Card>
  );
}
