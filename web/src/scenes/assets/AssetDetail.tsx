import { Badge, Button, Card, Grid, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, PageHeader, QueryState } from "../../components/common";
import { recordOf } from "../../hooks";
import { useLang } from "../../i18n";
import { Link } from "../../router";
import { NamedPersonForm, ReclassifyModal, StatusChange } from "./asset-actions";
import { Relations } from "./Relations";
import { type AssetView, Flags, LevelBadge, Restrictions, SCHEMES } from "./shared";

function Field({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={140} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </Group>
  );
}

export default function AssetDetail({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const tr = (ja: string, en: string) => (lang === "en" ? en : ja);
  const qc = useQueryClient();
  const key = ["asset", params.id];
  const query = useQuery({
    queryKey: key,
    queryFn: async () => recordOf<AssetView>(await api.get("/api/assets/{id}", { path: { id: params.id } })),
  });
  const a = query.data;
  const refresh = (data: unknown) => {
    qc.setQueryData(key, recordOf<AssetView>(data));
    void qc.invalidateQueries({ queryKey: ["assets"] });
  };

  const [reclassOpen, setReclassOpen] = useState(false);

  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {a && (
        <>
          <PageHeader
            title={`${a.assetNumber} ${a.name}`}
            description={t(`assets.kind.${a.kind}`)}
            actions={
              <Group gap="xs">
                <Button variant="default" component={Link} href="/assets">
                  {t("assets.backToList")}
                </Button>
                {a.policies.update && (
                  <Button
                    variant="default"
                    component={Link}
                    href={`/assets/${a.id}/edit`}
                    data-testid="asset-edit"
                  >
                    {t("common.edit")}
                  </Button>
                )}
                {a.policies.reclassify && (
                  <Button onClick={() => setReclassOpen(true)} data-testid="asset-reclassify">
                    {a.classificationPending ? t("assets.decide") : t("assets.reclassify")}
                  </Button>
                )}
              </Group>
            }
          />
          <Flags items={a.flags} />
          <Grid mt="sm">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Card withBorder>
                <Title order={4} mb="sm">
                  {t("assets.classification")}
                </Title>
                <Table fz="sm" data-testid="asset-levels">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th />
                      <Table.Th>{t("assets.ownLevel")}</Table.Th>
                      <Table.Th>{t("assets.effectiveLevel")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {SCHEMES.map((s) => (
                      <Table.Tr key={s}>
                        <Table.Td>{t(`assets.field.${s}`)}</Table.Td>
                        <Table.Td>
                          <LevelBadge level={a.levels[s]} testId={`asset-level-${s}`} />
                        </Table.Td>
                        <Table.Td>
                          <LevelBadge level={a.effective[s]} testId={`asset-effective-${s}`} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {a.topLevel && (
                  <Badge color="red" variant="light" mt="xs" data-testid="asset-top-level">
                    {t("assets.topLevelNote")}
                  </Badge>
                )}
                <Title order={5} mt="md" mb="xs">
                  {t("assets.restrictions")}
                </Title>
                {a.handlingRestrictions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("assets.noRestrictions")}
                  </Text>
                ) : (
                  <Restrictions items={a.handlingRestrictions} />
                )}
              </Card>
              <Relations asset={a} onChange={refresh} />
              <Card withBorder mt="sm">
                <Title order={4} mb="sm">
                  {t("assets.history")}
                </Title>
                <Table fz="xs" data-testid="asset-history">
                  <Table.Tbody>
                    {(a.history ?? []).map((h) => (
                      <Table.Tr key={h.id}>
                        <Table.Td className="nowrap">
                          <DateText value={h.occurredAt} time />
                        </Table.Td>
                        <Table.Td className="nowrap">
                          {h.type === "asset.import_batch"
                            ? h.data.action === "created"
                              ? tr("一括取込みで登録", "Created by an import")
                              : tr("一括取込みで更新", "Updated by an import")
                            : t(`assets.event.${h.type}`, { defaultValue: h.type })}
                        </Table.Td>
                        <Table.Td>{h.actor?.name ?? "—"}</Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
                            {typeof h.data.reason === "string"
                              ? `${t("assets.reason")}: ${h.data.reason}`
                              : Array.isArray(h.data.fields) && h.data.fields.length
                                ? `${tr("変更した項目", "Changed")}: ${(h.data.fields as string[]).map((f) => t(`assets.field.${f}`, { defaultValue: f })).join("、")}`
                                : ""}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Card withBorder>
                <Stack gap={6}>
                  <Field label={t("assets.field.department")}>{a.department.name}</Field>
                  <Field label={t("assets.field.custodian")}>{a.custodian?.name ?? "—"}</Field>
                  <Field label={t("assets.field.zone")}>{a.zone ? t(`assets.zone.${a.zone}`) : "—"}</Field>
                  <Field label={t("assets.field.storagePlace")} testId="asset-storage-place">
                    {a.storagePlace ?? "—"}
                  </Field>
                  <Field label={t("assets.field.status")} testId="asset-status">
                    {t(`assets.status.${a.status}`)}
                  </Field>
                  <Field label={t("assets.field.origin")}>{t(`assets.origin.${a.origin}`)}</Field>
                  <Field label={t("assets.field.personalInfo")}>
                    {a.hasPersonalInfo ? t("assets.yes") : t("assets.no")}
                    {a.specificPersonalInfo ? ` ・ ${t("assets.field.specificPersonalInfo")}` : ""}
                    {a.sensitivePersonalInfo ? ` ・ ${t("assets.field.sensitivePersonalInfo")}` : ""}
                    {a.personCount != null ? ` ・ ${a.personCount}${t("assets.people")}` : ""}
                  </Field>
                  <Field label={t("assets.field.retentionUntil")}>
                    {a.retentionPermanent ? (
                      tr("永年保存", "Kept permanently")
                    ) : (
                      <>
                        {a.retentionYears != null ? `${a.retentionYears}${tr("年", " years")} ・ ` : ""}
                        <DateText value={a.retentionUntil} />
                      </>
                    )}
                  </Field>
                  <Field label={t("assets.field.disposalDueDate")}>
                    <DateText value={a.disposalDueDate} />
                  </Field>
                  <Field label={t("assets.field.acquiredOn")}>
                    <DateText value={a.acquiredOn} />
                  </Field>
                  <Field label={t("assets.field.lastInventoriedOn")}>
                    <DateText value={a.lastInventoriedOn} />
                  </Field>
                  {a.disposedOn && (
                    <Field label={t("assets.field.disposedOn")}>
                      <DateText value={a.disposedOn} />
                    </Field>
                  )}
                  {a.exceptionRef && <Field label={t("assets.field.exceptionRef")}>{a.exceptionRef}</Field>}
                  <Field label={t("assets.field.notes")}>{a.notes ?? "—"}</Field>
                </Stack>
              </Card>
              {a.policies.changeStatus && a.status !== "disposed" && (
                <StatusChange asset={a} onSaved={refresh} />
              )}
              <Card withBorder mt="sm">
                <Title order={5} mb="xs">
                  {t("assets.namedPeople")}
                </Title>
                <Stack gap={2} data-testid="asset-named-people">
                  {(a.namedPeople ?? []).map((n) => (
                    <Text key={n.personId} size="sm">
                      {n.name}
                    </Text>
                  ))}
                </Stack>
                {a.policies.manageNamedPeople && <NamedPersonForm asset={a} onSaved={refresh} />}
              </Card>
            </Grid.Col>
          </Grid>
          {reclassOpen && (
            <ReclassifyModal asset={a} onClose={() => setReclassOpen(false)} onSaved={refresh} />
          )}
        </>
      )}
    </QueryState>
  );
}
