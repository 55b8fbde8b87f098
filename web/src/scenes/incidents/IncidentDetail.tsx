import {
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Grid,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { labelOf, INCIDENT_TIMELINE_LABELS as TIMELINE_KINDS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink as Clause } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, formatDate, PageHeader, QueryState } from "../../components/common";
import type { IncidentCase } from "../../contract";
import { useActionForm } from "../../forms";
import { useLang } from "../../i18n";
import { type ErrorOf, type Send, useCaseAction } from "./case-action";
import {
  Closing,
  NeedToKnowLink,
  Ppc,
  Press,
  PreventionDone,
  TaskForm,
  TimelineForm,
  Triage,
} from "./case-forms";
import { categoryLabel, Section, SeverityBadge, StageBadge } from "./common";
import { IncidentContracts } from "./contracts-section";
import { CustodyForm, OutsideReportForm, PostReportForm } from "./row-forms";

function Escalation({ c, send, errorOf }: { c: IncidentCase; send: Send; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <Section title={t("incidents.escalation")} testId="incident-escalation">
      <Table className="data-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("incidents.step")}</Table.Th>
            <Table.Th>{t("incidents.targets")}</Table.Th>
            <Table.Th>{t("incidents.due")}</Table.Th>
            <Table.Th>{t("incidents.ackAt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.escalations.map((e) => (
            <Table.Tr key={e.id} data-testid="escalation-row" data-step={e.step} data-status={e.status}>
              <Table.Td>
                <Text size="sm">
                  {e.step}. {pick(e.text ?? e.dutyLabel)}
                </Text>
                {e.clause && <Clause id={e.clause} />}
              </Table.Td>
              <Table.Td>
                {e.targets.map((x) => (
                  <div key={x.personId}>
                    {x.name}
                    {x.actingForPersonId && (
                      <Badge ml={4} size="xs" color="grape">
                        {t("incidents.actingFor")}
                      </Badge>
                    )}
                  </div>
                ))}
                <Badge
                  size="xs"
                  variant="light"
                  color={e.status === "pending" ? "orange" : e.status === "acknowledged" ? "teal" : "gray"}
                >
                  {t(`incidents.status.${e.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <DateText value={e.dueAt} time />
              </Table.Td>
              <Table.Td>
                {e.acknowledgedAt ? (
                  <>
                    <DateText value={e.acknowledgedAt} time />
                    <Text size="xs">
                      {e.acknowledgedBy?.name}
                      {e.acknowledgedFor ? `（${e.acknowledgedFor.name} ${t("incidents.actingFor")}）` : ""}
                    </Text>
                    {e.postReport && (
                      <Text size="xs" c="dimmed">
                        {t("incidents.postReport")}: {e.postReport}
                      </Text>
                    )}
                    {e.mayPostReport && (
                      <PostReportForm c={c} escalationId={e.id} send={send} errorOf={errorOf} />
                    )}
                  </>
                ) : (
                  "—"
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {c.policies.acknowledge && (
        <Button
          mt="sm"
          color="orange"
          onClick={() =>
            send(`/api/incidents/${c.id}/acknowledge`, () =>
              api.post("/api/incidents/{id}/acknowledge", { path: { id: c.id }, body: {} }),
            )
          }
          data-testid="incident-acknowledge"
        >
          {t("incidents.acknowledge")}
        </Button>
      )}
    </Section>
  );
}

const AssetLinkValues = z.object({ assetId: z.uuid() });

function AssetLink({ c, send, errorOf }: { c: IncidentCase; send: Send; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  // The search text is the picker's own state, not a value the action sends.
  const [q, setQ] = useState("");
  const [dq] = useDebouncedValue(q, 250);
  const path = `/api/incidents/${c.id}/assets`;
  const form = useActionForm(AssetLinkValues, { assetId: "" }, errorOf(path));
  const found = useQuery({
    queryKey: ["assets", "picker", dq],
    queryFn: () => api.get("/api/assets", { query: { q: dq.trim() || undefined, limit: 20 } }),
    enabled: dq.trim().length > 0,
    retry: false,
  });
  const options = (found.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.assetNumber} ${a.name}`,
  }));
  return (
    <form
      {...form.formProps((v) =>
        send(
          path,
          () => api.post("/api/incidents/{id}/assets", { path: { id: c.id }, body: { assetId: v.assetId } }),
          () => form.reset(),
        ),
      )}
    >
      <Group align="flex-start" gap="xs" mt="sm">
        <Select
          label={t("incidents.assetSearch")}
          searchable
          clearable
          required
          data={options}
          value={form.values.assetId || null}
          onChange={(v) => form.setFieldValue("assetId", v ?? "")}
          error={form.errors.assetId}
          onSearchChange={setQ}
          filter={({ options: o }) => o}
          w={360}
          data-testid="asset-picker"
        />
        <Button type="submit" mt={25} data-testid="asset-link">
          {t("incidents.link")}
        </Button>
      </Group>
    </form>
  );
}

const UploadValues = z.object({ file: z.file(), evidence: z.boolean() });

function Files({ c, send, errorOf }: { c: IncidentCase; send: Send; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const upload = useMutation({
    mutationFn: (v: { file: File | null; evidence: boolean }) => {
      const body = new FormData();
      if (v.file) body.set("file", v.file);
      body.set("kind", v.evidence ? "evidence" : "attachment");
      return api.post("/api/incidents/{id}/files", { path: { id: c.id }, body });
    },
    onSuccess: (data) => {
      qc.setQueryData(["incident", c.id], data);
      form.setFieldValue("file", null);
    },
  });
  const form = useActionForm<typeof UploadValues, { file: File | null; evidence: boolean }>(
    UploadValues,
    { file: null, evidence: c.policies.manage },
    upload.error,
  );
  return (
    <Section title={t("incidents.files")} testId="incident-files">
      {c.files.length === 0 && <Empty>—</Empty>}
      {c.files.map((f) => (
        <Card key={f.id} withBorder mb="xs" padding="xs" data-testid="incident-file">
          <Group justify="space-between">
            <Text size="sm">
              <a href={`/api/incidents/${c.id}/files/${f.id}`}>{f.fileName}</a>{" "}
              <Badge size="xs">
                {f.kind === "evidence" ? t("incidents.evidence") : t("incidents.attachment").split("（")[0]}
              </Badge>
            </Text>
            <Text size="xs" ff="monospace" data-testid="file-sha256">
              SHA-256 {f.sha256}
            </Text>
          </Group>
          {f.custody.map((x) => (
            <Text size="xs" key={x.id}>
              <DateText value={x.handedAt} time /> {x.handedFrom} → {x.handedTo}
            </Text>
          ))}
          {c.policies.manage && f.kind === "evidence" && (
            <CustodyForm c={c} fileId={f.id} send={send} errorOf={errorOf} />
          )}
        </Card>
      ))}
      {(c.policies.attach || c.policies.manage) && (
        <form {...form.formProps((v) => upload.mutate(v))}>
          <Group align="flex-start" gap="xs" mt="xs">
            <FileInput
              label={t("incidents.attachment")}
              required
              accept="application/pdf,image/png,image/jpeg,text/plain"
              w={320}
              data-testid="file-input"
              {...form.getInputProps("file")}
            />
            {c.policies.manage && (
              <Checkbox
                label={t("incidents.evidence")}
                mt={32}
                {...form.getInputProps("evidence", { type: "checkbox" })}
              />
            )}
            <Button type="submit" mt={25} loading={upload.isPending} data-testid="file-upload">
              {t("incidents.upload")}
            </Button>
          </Group>
        </form>
      )}
      <ErrorAlert error={upload.error} />
    </Section>
  );
}

function Outside({ c, send, errorOf }: { c: IncidentCase; send: Send; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <Section title={t("incidents.outside")} testId="incident-outside">
      <Table className="data-table">
        <Table.Tbody>
          {c.outsideReports.map((o) => {
            return (
              <Table.Tr
                key={o.bodyKey}
                data-testid="outside-row"
                data-body={o.bodyKey}
                data-decision={o.decision ?? ""}
              >
                <Table.Td w={200}>
                  <Text size="sm" fw={600}>
                    {pick({ ja: o.name.ja, en: o.name.en })}
                  </Text>
                  {o.when && (
                    <Text size="xs" c="dimmed">
                      {o.when.ja}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {o.decision ? (
                    <Text size="sm">
                      {o.decision === "report" ? t("incidents.report_") : t("incidents.notReport")}
                      {o.sentOn && (
                        <>
                          {" "}
                          ・{t("incidents.sentOn")} <DateText value={o.sentOn} />
                        </>
                      )}
                      {o.referenceNumber && <> ・{o.referenceNumber}</>}
                      {o.reason && <> ・{o.reason}</>}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                  {c.policies.manage && <OutsideReportForm c={c} o={o} send={send} errorOf={errorOf} />}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

/** インシデントの詳細: everything about one case, with only the actions the server allows. */
export default function IncidentDetail({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const { pick, lang } = useLang();
  const id = params.id;
  const query = useQuery({
    queryKey: ["incident", id],
    queryFn: () => api.get("/api/incidents/{id}", { path: { id } }),
  });
  const { send, errorOf, m } = useCaseAction(id);
  const c = query.data;
  return (
    <>
      <PageHeader
        title={c ? `${c.receiptNumber} ${c.summary}` : t("incidents.title")}
        back={{ href: "/incidents", label: t("incidents.title") }}
      />
      <ErrorAlert error={m.error} testId="incident-action-error" />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {c && (
          <Grid>
            {/* Left: the case facts and its history; right: who must act now, deadlines and tasks. */}
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Card withBorder mb="md" data-testid="incident-summary-card">
                <Group gap="xs" mb="xs">
                  <StageBadge stage={c.stage} />
                  <SeverityBadge severity={c.severity} />
                  <Badge variant="light" data-testid="incident-category">
                    {categoryLabel(c.category, pick)}
                  </Badge>
                  {c.triageDecision && (
                    <Badge color="dark">{t(`incidents.decisions.${c.triageDecision}`)}</Badge>
                  )}
                  {c.restricted && <Badge color="grape">{t("incidents.restricted")}</Badge>}
                </Group>
                <Text size="sm" fw={600} data-testid="incident-summary-text">
                  {c.summary}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="incident-details-text">
                  {c.details}
                </Text>
                <Text size="xs" c="dimmed" mt="xs">
                  {t("incidents.source")}:{" "}
                  {c.source === "public" ? t("incidents.sourcePublic") : t("incidents.sourceStaff")}
                  {c.reporter && ` ・${t("incidents.reporter")}: ${c.reporter.name}`}
                  {c.contact && ` ・${t("incidents.contact")}: `}
                  {c.contact && <span data-testid="incident-contact-text">{c.contact}</span>} ・
                  {t("incidents.reportedAt")}: <DateText value={c.createdAt} time />
                </Text>
                {c.triageReason && (
                  <Text size="sm">
                    {t("incidents.reason")}: {c.triageReason}
                  </Text>
                )}
                {c.cause && (
                  <Text size="sm" mt="xs" data-testid="incident-cause">
                    {t("incidents.cause")}: {c.cause} ・{t("incidents.measures")}: {c.measures}
                  </Text>
                )}
              </Card>
              {c.policies.triage && <Triage c={c} send={send} errorOf={errorOf} />}
              {c.policies.manage && c.stage === "containment" && (
                <Button
                  mb="md"
                  onClick={() =>
                    send(`/api/incidents/${c.id}/stage`, () =>
                      api.post("/api/incidents/{id}/stage", {
                        path: { id: c.id },
                        body: { stage: "recovery" },
                      }),
                    )
                  }
                  data-testid="stage-recovery"
                >
                  {t("incidents.toRecovery")}
                </Button>
              )}
              <Section title={t("incidents.assets")} testId="incident-assets">
                {c.assets.length === 0 && <Empty>—</Empty>}
                {c.assets.map((a) => (
                  <Text
                    size="sm"
                    key={a.assetId}
                    data-testid="incident-asset"
                    data-asset-number={a.assetNumber}
                  >
                    {a.assetNumber} {a.assetName}
                    {a.needToKnowReason && (
                      <Badge ml="xs" size="sm" variant="outline" title={a.needToKnowReason}>
                        {t("incidents.needToKnowBadge")}
                      </Badge>
                    )}
                  </Text>
                ))}
                {c.policies.linkAsset && <AssetLink c={c} send={send} errorOf={errorOf} />}
                {c.policies.linkAssetNeedToKnow && <NeedToKnowLink c={c} send={send} errorOf={errorOf} />}
              </Section>
              <IncidentContracts c={c} />
              <Section title={t("incidents.timeline")} testId="incident-timeline">
                <Table className="data-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("incidents.occurredAt")}</Table.Th>
                      <Table.Th>{t("incidents.kind")}</Table.Th>
                      <Table.Th>{t("incidents.text")}</Table.Th>
                      <Table.Th>{t("incidents.recordedAt")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.timeline.map((e) => (
                      <Table.Tr key={e.id} data-testid="timeline-entry" data-kind={e.kind}>
                        <Table.Td>
                          <DateText value={e.occurredAt} time />
                        </Table.Td>
                        <Table.Td>{pick(labelOf(TIMELINE_KINDS, e.kind))}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.text}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed">
                            <DateText value={e.recordedAt} time />
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {c.policies.manage && <TimelineForm c={c} send={send} errorOf={errorOf} />}
              </Section>
              <Files c={c} send={send} errorOf={errorOf} />
              <Ppc c={c} send={send} errorOf={errorOf} />
              <Outside c={c} send={send} errorOf={errorOf} />
              <Press c={c} send={send} errorOf={errorOf} />
              {c.policies.close && c.triageDecision === "incident" && (
                <Closing c={c} send={send} errorOf={errorOf} />
              )}
              <Section title={t("incidents.prevention")} testId="incident-prevention">
                {c.preventionActions.length === 0 && <Empty>—</Empty>}
                {c.preventionActions.map((p) => (
                  <Group
                    key={p.id}
                    justify="space-between"
                    data-testid="prevention-action"
                    data-status={p.status}
                  >
                    <Text size="sm">
                      <Badge size="xs" color={p.status === "open" ? "orange" : "teal"} mr={4}>
                        {p.status === "open" ? t("incidents.preventionOpen") : t("incidents.preventionDone")}
                      </Badge>
                      {p.title}
                      {p.dueDate ? `（${formatDate(p.dueDate, lang)}）` : ""}
                      {p.result ? `: ${p.result}` : ""}
                    </Text>
                    {c.policies.trackPrevention && p.status === "open" && (
                      <PreventionDone c={c} actionId={p.id} send={send} errorOf={errorOf} />
                    )}
                  </Group>
                ))}
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }} className="incident-side">
              {c.callNow.length > 0 && (
                <Card withBorder mb="md" data-testid="incident-call-now">
                  <Title order={5} mb="xs">
                    {t("incidents.callNow")}
                  </Title>
                  {c.callNow.map((s) => (
                    <div key={s.step}>
                      <Text size="xs" c="dimmed">
                        {s.step}. {pick(s.text)}
                      </Text>
                      {s.people.length === 0 && <Text size="sm">—</Text>}
                      {s.people.map((p) => (
                        <Text size="sm" key={p.personId}>
                          {p.name}
                          {p.actingForPersonId ? `（${t("incidents.actingFor")}）` : ""} {p.phone ?? ""}{" "}
                          {p.emergencyPhone ? `/ ${p.emergencyPhone}` : ""}
                        </Text>
                      ))}
                    </div>
                  ))}
                </Card>
              )}
              <Escalation c={c} send={send} errorOf={errorOf} />
              <Section title={t("incidents.tasks")} testId="incident-tasks">
                {c.tasks.map((x) => (
                  <Group key={x.id} justify="space-between" data-testid="incident-task">
                    <Text size="sm">
                      {x.done ? "✔ " : ""}
                      {x.title}（{x.assignee?.name ?? "—"}・{formatDate(x.dueDate, lang)}）
                      {x.result ? `: ${x.result}` : ""}
                    </Text>
                    {c.policies.manage && !x.done && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() =>
                          send(`/api/incidents/${c.id}/tasks/${x.id}`, () =>
                            api.patch("/api/incidents/{id}/tasks/{taskId}", {
                              path: { id: c.id, taskId: x.id },
                              body: { done: true },
                            }),
                          )
                        }
                      >
                        {t("incidents.done")}
                      </Button>
                    )}
                  </Group>
                ))}
                {c.policies.manage && <TaskForm c={c} send={send} errorOf={errorOf} />}
              </Section>
              {c.policies.restrict && (
                <Card withBorder data-testid="incident-restriction">
                  <Checkbox
                    label={t("incidents.restrict")}
                    checked={c.restricted}
                    onChange={(e) =>
                      send(`/api/incidents/${c.id}/restriction`, () =>
                        api.put("/api/incidents/{id}/restriction", {
                          path: { id: c.id },
                          body: {
                            restricted: e.currentTarget.checked,
                            memberPersonIds: [],
                          },
                        }),
                      )
                    }
                    data-testid="restrict-toggle"
                  />
                  {c.members.length > 0 && (
                    <Stack gap={4} mt="sm" data-testid="incident-members">
                      <Text size="sm" fw={700}>
                        {t("incidents.members")}
                      </Text>
                      {c.members.map((p) => (
                        <Group key={p.id} justify="space-between" data-testid="member-row" data-person={p.id}>
                          <Text size="sm">{p.name ?? p.id}</Text>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() =>
                              send(`/api/incidents/${c.id}/members/${p.id}`, () =>
                                api.delete("/api/incidents/{id}/members/{personId}", {
                                  path: { id: c.id, personId: p.id },
                                }),
                              )
                            }
                            data-testid="member-remove"
                          >
                            {t("incidents.removeMember")}
                          </Button>
                        </Group>
                      ))}
                    </Stack>
                  )}
                </Card>
              )}
            </Grid.Col>
          </Grid>
        )}
      </QueryState>
    </>
  );
}
