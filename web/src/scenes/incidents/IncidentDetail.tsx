import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  INCIDENT_CATEGORY_KEYS as CATEGORY_KEYS,
  INCIDENT_CATEGORY_LABELS as CATEGORY_LABELS,
  labelOf,
  INCIDENT_SEVERITY_LABELS as SEVERITY_LABELS,
  INCIDENT_TIMELINE_LABELS as TIMELINE_KINDS,
} from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink as Clause } from "../../components/Clause";
import {
  DateText,
  Empty,
  ErrorAlert,
  formatDate,
  PageHeader,
  QueryState,
  useFieldError,
} from "../../components/common";
import { DateField, DateTimeField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { AssetPage, IncidentCase } from "../../contract";
import { useLang } from "../../i18n";
import { categoryLabel, SeverityBadge, StageBadge } from "./common";

/** What a case action answers: the whole case, or that it is no longer visible to the actor. */
type CaseAnswer = IncidentCase | { id: string; visible: false };

type Send = (method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown) => void;

/** One mutation for every case action: the server answers the whole case, which replaces the view. */
function useCaseAction(id: string) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: ({
      method,
      path,
      body,
    }: {
      method: "POST" | "PUT" | "PATCH" | "DELETE";
      path: string;
      body: unknown;
    }) =>
      method === "POST"
        ? api.post<CaseAnswer>(path, body)
        : method === "PUT"
          ? api.put<CaseAnswer>(path, body)
          : method === "DELETE"
            ? api.delete<CaseAnswer>(path)
            : api.patch<CaseAnswer>(path, body),
    onSuccess: (data) => {
      // Removing oneself from a restricted case: the case is no longer visible.
      if ("visible" in data) void qc.invalidateQueries({ queryKey: ["incident", id] });
      else qc.setQueryData(["incident", id], data);
      void qc.invalidateQueries({ queryKey: ["incidents"] });
    },
  });
  const send: Send = (method, path, body) => m.mutate({ method, path, body });
  return { send, m };
}

function Section({ title, children, testId }: { title: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Card withBorder mb="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Escalation({ c, send }: { c: IncidentCase; send: Send }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [report, setReport] = useState("");
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
                  {e.step}. {e.text ? pick(e.text) : e.duty}
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
                      <Group gap={4} mt={4}>
                        <TextInput
                          size="xs"
                          value={report}
                          onChange={(ev) => setReport(ev.currentTarget.value)}
                          data-testid="post-report-text"
                        />
                        <Button
                          size="compact-xs"
                          disabled={!report.trim()}
                          onClick={() =>
                            send("POST", `/api/incidents/${c.id}/escalations/${e.id}/post-report`, { report })
                          }
                          data-testid="post-report-send"
                        >
                          {t("incidents.postReportSend")}
                        </Button>
                      </Group>
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
          onClick={() => send("POST", `/api/incidents/${c.id}/acknowledge`, {})}
          data-testid="incident-acknowledge"
        >
          {t("incidents.acknowledge")}
        </Button>
      )}
    </Section>
  );
}

function Triage({ c, send, error }: { c: IncidentCase; send: Send; error: unknown }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [decision, setDecision] = useState<string | null>("incident");
  const [severity, setSeverity] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [dup, setDup] = useState("");
  const fe = useFieldError(error);
  return (
    <Section title={t("incidents.triage")} testId="incident-triage">
      <Stack gap="xs">
        <Select
          label={t("incidents.decision")}
          value={decision}
          onChange={setDecision}
          data={["incident", "not_incident", "duplicate"].map((k) => ({
            value: k,
            label: t(`incidents.decisions.${k}`),
          }))}
          data-testid="triage-decision"
        />
        {decision === "incident" && (
          <Group grow>
            <Select
              label={t("incidents.severity")}
              value={severity}
              onChange={setSeverity}
              data={Object.entries(SEVERITY_LABELS).map(([k, v]) => ({ value: k, label: pick(v) }))}
              error={fe("severity")}
              data-testid="triage-severity"
            />
            <Select
              label={t("incidents.category")}
              value={category}
              onChange={setCategory}
              data={CATEGORY_KEYS.map((k) => ({ value: k, label: pick(CATEGORY_LABELS[k]) }))}
              error={fe("category")}
              data-testid="triage-category"
            />
          </Group>
        )}
        {decision === "duplicate" && (
          <TextInput
            label={t("incidents.duplicateOf")}
            value={dup}
            onChange={(e) => setDup(e.currentTarget.value)}
            error={fe("duplicateOfId")}
            data-testid="triage-duplicate"
          />
        )}
        <Textarea
          label={t("incidents.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fe("reason")}
          autosize
          data-testid="triage-reason"
        />
        <Group>
          <Button
            onClick={() =>
              send("POST", `/api/incidents/${c.id}/triage`, {
                decision,
                severity: decision === "incident" ? severity : null,
                category: decision === "incident" ? category : null,
                reason: reason.trim() || null,
                duplicateOfId: decision === "duplicate" ? dup.trim() || null : null,
              })
            }
            data-testid="triage-submit"
          >
            {t("incidents.decide")}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}

function AssetLink({ c, send }: { c: IncidentCase; send: Send }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [dq] = useDebouncedValue(q, 250);
  const [assetId, setAssetId] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ["assets", "picker", dq],
    queryFn: () => api.get<AssetPage>("/api/assets", { q: dq.trim() || undefined, limit: 20 }),
    enabled: dq.trim().length > 0,
    retry: false,
  });
  const options = (found.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.assetNumber} ${a.name}`,
  }));
  return (
    <Group align="flex-end" gap="xs" mt="sm">
      <Select
        label={t("incidents.assetSearch")}
        searchable
        clearable
        data={options}
        value={assetId}
        onChange={setAssetId}
        onSearchChange={setQ}
        filter={({ options: o }) => o}
        w={360}
        data-testid="asset-picker"
      />
      <Button
        disabled={!assetId}
        onClick={() => assetId && send("POST", `/api/incidents/${c.id}/assets`, { assetId })}
        data-testid="asset-link"
      >
        {t("incidents.link")}
      </Button>
    </Group>
  );
}

/** For the case's deciders: link an asset they may not open, by number, with an audited reason. */
function NeedToKnowLink({ c, send }: { c: IncidentCase; send: Send }) {
  const { t } = useTranslation();
  const [assetNumber, setAssetNumber] = useState("");
  const [reason, setReason] = useState("");
  return (
    <Stack gap={4} mt="sm" data-testid="need-to-know">
      <Text size="sm" fw={600}>
        {t("incidents.needToKnowTitle")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("incidents.needToKnowHint")}
      </Text>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t("incidents.needToKnowNumber")}
          value={assetNumber}
          onChange={(e) => setAssetNumber(e.currentTarget.value)}
          w={200}
        />
        <TextInput
          label={t("incidents.needToKnowReason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          w={360}
        />
        <Button
          variant="light"
          disabled={!assetNumber.trim() || !reason.trim()}
          onClick={() =>
            send("POST", `/api/incidents/${c.id}/assets`, {
              assetNumber: assetNumber.trim(),
              needToKnowReason: reason.trim(),
            })
          }
        >
          {t("incidents.needToKnowLink")}
        </Button>
      </Group>
    </Stack>
  );
}

function Files({ c, send }: { c: IncidentCase; send: Send }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [evidence, setEvidence] = useState(c.policies.manage);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      if (file) form.set("file", file);
      form.set("kind", evidence ? "evidence" : "attachment");
      return api.upload<IncidentCase>(`/api/incidents/${c.id}/files`, form);
    },
    onSuccess: (data) => {
      qc.setQueryData(["incident", c.id], data);
      setFile(null);
    },
  });
  const [custody, setCustody] = useState<Record<string, { from: string; to: string; at: string }>>({});
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
            <Group gap={4} mt={4}>
              <TextInput
                size="xs"
                placeholder={t("incidents.handedFrom")}
                value={custody[f.id]?.from ?? ""}
                onChange={(e) =>
                  setCustody({
                    ...custody,
                    [f.id]: { ...(custody[f.id] ?? { to: "", at: "" }), from: e.currentTarget.value },
                  })
                }
              />
              <TextInput
                size="xs"
                placeholder={t("incidents.handedTo")}
                value={custody[f.id]?.to ?? ""}
                onChange={(e) =>
                  setCustody({
                    ...custody,
                    [f.id]: { ...(custody[f.id] ?? { from: "", at: "" }), to: e.currentTarget.value },
                  })
                }
              />
              <DateTimeField
                size="xs"
                description={null}
                label={t("incidents.custodyAt")}
                value={custody[f.id]?.at || null}
                onChange={(v) =>
                  setCustody({
                    ...custody,
                    [f.id]: { ...(custody[f.id] ?? { from: "", to: "" }), at: v ?? "" },
                  })
                }
              />
              <Button
                size="compact-xs"
                disabled={!custody[f.id]?.from || !custody[f.id]?.to || !custody[f.id]?.at}
                onClick={() =>
                  send("POST", `/api/incidents/${c.id}/files/${f.id}/custody`, {
                    handedFrom: custody[f.id].from,
                    handedTo: custody[f.id].to,
                    handedAt: new Date(custody[f.id].at).toISOString(),
                  })
                }
              >
                {t("incidents.custody")}
              </Button>
            </Group>
          )}
        </Card>
      ))}
      {(c.policies.attach || c.policies.manage) && (
        <Group align="flex-end" gap="xs" mt="xs">
          <FileInput
            label={t("incidents.attachment")}
            value={file}
            onChange={setFile}
            accept="application/pdf,image/png,image/jpeg,text/plain"
            w={320}
            data-testid="file-input"
          />
          {c.policies.manage && (
            <Checkbox
              label={t("incidents.evidence")}
              checked={evidence}
              onChange={(e) => setEvidence(e.currentTarget.checked)}
            />
          )}
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() => upload.mutate()}
            data-testid="file-upload"
          >
            {t("incidents.upload")}
          </Button>
        </Group>
      )}
      <ErrorAlert error={upload.error} />
    </Section>
  );
}

function Ppc({ c, send }: { c: IncidentCase; send: Send }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const f = c.ppc.facts;
  const [count, setCount] = useState<number | string>(f?.personCount ?? c.personCount ?? "");
  const [sensitive, setSensitive] = useState<boolean>(f?.sensitive ?? false);
  const [financial, setFinancial] = useState<boolean>(f?.financialHarm ?? false);
  const [improper, setImproper] = useState<boolean>(f?.improperPurpose ?? false);
  const [aware, setAware] = useState<string>("");
  return (
    <Section title={t("incidents.ppc")} testId="incident-ppc">
      {c.ppc.clause && <Clause id={c.ppc.clause} />}
      {c.ppc.mandatory != null && (
        <Alert
          color={c.ppc.mandatory ? "red" : "gray"}
          variant="light"
          my="xs"
          data-testid="ppc-result"
          data-mandatory={String(c.ppc.mandatory)}
        >
          <Text fw={700}>
            {c.ppc.mandatory ? t("incidents.ppcMandatory") : t("incidents.ppcNotMandatory")}
          </Text>
          {c.ppc.reasons.map((r) => (
            <Text size="sm" key={r.key}>
              ・{pick(r.label)}
            </Text>
          ))}
          {c.ppc.deadlines.map((d) => (
            <Text size="sm" key={d.key} data-testid="ppc-deadline" data-key={d.key} data-due={d.due}>
              {pick(d.label)}: <DateText value={d.due} />（{d.period ? pick(d.period) : `${d.days}日`}）
            </Text>
          ))}
        </Alert>
      )}
      {c.policies.manage && (
        <Stack gap="xs">
          <Group grow>
            <NumberInput
              label={t("incidents.ppcCount")}
              value={count}
              onChange={setCount}
              min={0}
              data-testid="ppc-count"
            />
            <DateTimeField
              label={t("incidents.ppcAware")}
              value={aware || null}
              onChange={(v) => setAware(v ?? "")}
              data-testid="ppc-aware"
            />
          </Group>
          <Checkbox
            label={t("incidents.ppcSensitive")}
            checked={sensitive}
            onChange={(e) => setSensitive(e.currentTarget.checked)}
            data-testid="ppc-sensitive"
          />
          <Checkbox
            label={t("incidents.ppcFinancial")}
            checked={financial}
            onChange={(e) => setFinancial(e.currentTarget.checked)}
            data-testid="ppc-financial"
          />
          <Checkbox
            label={t("incidents.ppcImproper")}
            checked={improper}
            onChange={(e) => setImproper(e.currentTarget.checked)}
            data-testid="ppc-improper"
          />
          <Group>
            <Button
              disabled={!aware}
              onClick={() =>
                send("PUT", `/api/incidents/${c.id}/ppc`, {
                  personCount: count === "" ? null : Number(count),
                  sensitive,
                  financialHarm: financial,
                  improperPurpose: improper,
                  awareAt: new Date(aware).toISOString(),
                })
              }
              data-testid="ppc-save"
            >
              {t("incidents.save")}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

function Outside({ c, send }: { c: IncidentCase; send: Send }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [edit, setEdit] = useState<
    Record<string, { decision: string; reason: string; sentOn: string; ref: string }>
  >({});
  return (
    <Section title={t("incidents.outside")} testId="incident-outside">
      <Table className="data-table">
        <Table.Tbody>
          {c.outsideReports.map((o) => {
            const e = edit[o.bodyKey] ?? {
              decision: o.decision ?? "report",
              reason: o.reason ?? "",
              sentOn: o.sentOn ?? "",
              ref: o.referenceNumber ?? "",
            };
            const set = (patch: Partial<typeof e>) => setEdit({ ...edit, [o.bodyKey]: { ...e, ...patch } });
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
                  {c.policies.manage && (
                    <Group gap={4} mt={4}>
                      <Select
                        size="xs"
                        w={130}
                        value={e.decision}
                        onChange={(v) => set({ decision: v ?? "report" })}
                        data={[
                          { value: "report", label: t("incidents.report_") },
                          { value: "not_report", label: t("incidents.notReport") },
                        ]}
                        data-testid="outside-decision"
                      />
                      {e.decision === "report" ? (
                        <>
                          <DateField
                            size="xs"
                            description={null}
                            aria-label={t("incidents.sentOn")}
                            value={e.sentOn || null}
                            onChange={(v) => set({ sentOn: v ?? "" })}
                            data-testid="outside-sent-on"
                          />
                          <TextInput
                            size="xs"
                            placeholder={t("incidents.reference")}
                            value={e.ref}
                            onChange={(ev) => set({ ref: ev.currentTarget.value })}
                            data-testid="outside-reference"
                          />
                        </>
                      ) : (
                        <TextInput
                          size="xs"
                          placeholder={t("incidents.reason")}
                          value={e.reason}
                          onChange={(ev) => set({ reason: ev.currentTarget.value })}
                          data-testid="outside-reason"
                        />
                      )}
                      <Button
                        size="compact-xs"
                        onClick={() =>
                          send("PUT", `/api/incidents/${c.id}/outside-reports/${o.bodyKey}`, {
                            decision: e.decision,
                            reason: e.decision === "not_report" ? e.reason : e.reason || null,
                            sentOn: e.decision === "report" ? e.sentOn || null : null,
                            referenceNumber: e.decision === "report" ? e.ref || null : null,
                          })
                        }
                        data-testid="outside-save"
                      >
                        {t("incidents.save")}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

function Press({ c, send }: { c: IncidentCase; send: Send }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<string | null>(c.press?.decision ?? "not_publish");
  const [reason, setReason] = useState(c.press?.reason ?? "");
  const [approver, setApprover] = useState<string | null>(c.press?.approver?.id ?? null);
  return (
    <Section title={t("incidents.press")} testId="incident-press">
      {c.pressRule?.clause && <Clause id={c.pressRule.clause} />}
      {c.press && (
        <Text size="sm" mb="xs" data-testid="press-decision">
          {c.press.decision === "publish" ? t("incidents.publish") : t("incidents.notPublish")}（
          {t("incidents.approver")}: {c.press.approver?.name}）{c.press.reason}
        </Text>
      )}
      {c.policies.manage && (
        <Group align="flex-end" gap="xs">
          <Select
            w={140}
            value={decision}
            onChange={setDecision}
            data={[
              { value: "publish", label: t("incidents.publish") },
              { value: "not_publish", label: t("incidents.notPublish") },
            ]}
            data-testid="press-select"
          />
          <TextInput
            label={t("incidents.reason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-testid="press-reason"
          />
          <PersonPicker
            label={t("incidents.approver")}
            value={approver}
            onChange={(v) => setApprover(v)}
            w={240}
            data-testid="press-approver"
          />
          <Button
            disabled={!reason.trim() || !approver}
            onClick={() =>
              send("PUT", `/api/incidents/${c.id}/press`, { decision, reason, approverPersonId: approver })
            }
            data-testid="press-save"
          >
            {t("incidents.save")}
          </Button>
        </Group>
      )}
    </Section>
  );
}

function Closing({ c, send, error }: { c: IncidentCase; send: Send; error: unknown }) {
  const { t } = useTranslation();
  const fe = useFieldError(error);
  const [cause, setCause] = useState("");
  const [measures, setMeasures] = useState("");
  const [actions, setActions] = useState<Array<{ key: number; title: string; dueDate: string }>>([
    { key: 0, title: "", dueDate: "" },
  ]);
  return (
    <Section title={t("incidents.close")} testId="incident-close">
      <Stack gap="xs">
        <Textarea
          label={t("incidents.cause")}
          value={cause}
          onChange={(e) => setCause(e.currentTarget.value)}
          error={fe("cause")}
          autosize
          data-testid="close-cause"
        />
        <Textarea
          label={t("incidents.measures")}
          value={measures}
          onChange={(e) => setMeasures(e.currentTarget.value)}
          error={fe("measures")}
          autosize
          data-testid="close-measures"
        />
        <Text size="sm" fw={600}>
          {t("incidents.prevention")}
        </Text>
        {fe("preventionActions") && (
          <Text size="xs" c="red">
            {fe("preventionActions")}
          </Text>
        )}
        {actions.map((a, i) => (
          <Group key={a.key} gap="xs">
            <TextInput
              placeholder={t("incidents.preventionTitle")}
              value={a.title}
              onChange={(e) =>
                setActions(actions.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)))
              }
              w={420}
              data-testid="close-action-title"
            />
            <DateField
              description={null}
              aria-label={t("incidents.actionDue")}
              value={a.dueDate || null}
              onChange={(v) => setActions(actions.map((x, j) => (j === i ? { ...x, dueDate: v ?? "" } : x)))}
              data-testid="close-action-due"
            />
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => setActions([...actions, { key: actions.length + 1, title: "", dueDate: "" }])}
            data-testid="close-add-action"
          >
            {t("incidents.addAction")}
          </Button>
          <Button
            color="dark"
            onClick={() =>
              send("POST", `/api/incidents/${c.id}/close`, {
                cause,
                measures,
                preventionActions: actions
                  .filter((a) => a.title.trim())
                  .map((a) => ({ title: a.title, dueDate: a.dueDate || null })),
              })
            }
            data-testid="close-submit"
          >
            {t("incidents.closeCase")}
          </Button>
        </Group>
      </Stack>
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
    queryFn: () => api.get<IncidentCase>(`/api/incidents/${id}`),
  });
  const { send, m } = useCaseAction(id);
  const c = query.data;
  const [task, setTask] = useState({ title: "", assignee: null as string | null, due: "" });
  const [entry, setEntry] = useState({ kind: "note", at: "", text: "" });
  const [done, setDone] = useState<Record<string, string>>({});
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
              {c.policies.triage && <Triage c={c} send={send} error={m.error} />}
              {c.policies.manage && c.stage === "containment" && (
                <Button
                  mb="md"
                  onClick={() => send("POST", `/api/incidents/${c.id}/stage`, { stage: "recovery" })}
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
                {c.policies.linkAsset && <AssetLink c={c} send={send} />}
                {c.policies.linkAssetNeedToKnow && <NeedToKnowLink c={c} send={send} />}
              </Section>
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
                {c.policies.manage && (
                  <Group gap="xs" mt="xs" align="flex-end">
                    <Select
                      w={130}
                      value={entry.kind}
                      onChange={(v) => setEntry({ ...entry, kind: v ?? "note" })}
                      data={Object.entries(TIMELINE_KINDS).map(([k, v]) => ({ value: k, label: pick(v) }))}
                    />
                    <DateTimeField
                      label={t("incidents.occurredAt")}
                      value={entry.at || null}
                      onChange={(v) => setEntry({ ...entry, at: v ?? "" })}
                      description={null}
                      data-testid="timeline-at"
                    />
                    <TextInput
                      value={entry.text}
                      onChange={(e) => setEntry({ ...entry, text: e.currentTarget.value })}
                      w={260}
                      data-testid="timeline-text"
                    />
                    <Button
                      disabled={!entry.at || !entry.text.trim()}
                      onClick={() =>
                        send("POST", `/api/incidents/${c.id}/timeline`, {
                          kind: entry.kind,
                          occurredAt: new Date(entry.at).toISOString(),
                          text: entry.text,
                        })
                      }
                      data-testid="timeline-add"
                    >
                      {t("incidents.add")}
                    </Button>
                  </Group>
                )}
              </Section>
              <Files c={c} send={send} />
              <Ppc c={c} send={send} />
              <Outside c={c} send={send} />
              <Press c={c} send={send} />
              {c.policies.close && c.triageDecision === "incident" && (
                <Closing c={c} send={send} error={m.error} />
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
                      <Group gap={4}>
                        <TextInput
                          size="xs"
                          placeholder={t("incidents.result")}
                          value={done[p.id] ?? ""}
                          onChange={(e) => setDone({ ...done, [p.id]: e.currentTarget.value })}
                        />
                        <Button
                          size="compact-xs"
                          disabled={!done[p.id]?.trim()}
                          onClick={() =>
                            send("POST", `/api/incidents/${c.id}/prevention-actions/${p.id}/done`, {
                              result: done[p.id],
                            })
                          }
                        >
                          {t("incidents.markDone")}
                        </Button>
                      </Group>
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
              <Escalation c={c} send={send} />
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
                        onClick={() => send("PATCH", `/api/incidents/${c.id}/tasks/${x.id}`, { done: true })}
                      >
                        {t("incidents.done")}
                      </Button>
                    )}
                  </Group>
                ))}
                {c.policies.manage && (
                  <Group gap="xs" mt="xs" align="flex-end">
                    <TextInput
                      label={t("incidents.taskTitle")}
                      value={task.title}
                      onChange={(e) => setTask({ ...task, title: e.currentTarget.value })}
                      data-testid="task-title"
                    />
                    <PersonPicker
                      label={t("incidents.assignee")}
                      value={task.assignee}
                      onChange={(v) => setTask({ ...task, assignee: v })}
                      w={220}
                    />
                    <DateField
                      label={t("incidents.dueDate")}
                      value={task.due || null}
                      onChange={(v) => setTask({ ...task, due: v ?? "" })}
                      description={null}
                      data-testid="task-due"
                    />
                    <Button
                      disabled={!task.title.trim()}
                      onClick={() =>
                        send("POST", `/api/incidents/${c.id}/tasks`, {
                          title: task.title,
                          assigneePersonId: task.assignee,
                          dueDate: task.due || null,
                        })
                      }
                      data-testid="task-add"
                    >
                      {t("incidents.add")}
                    </Button>
                  </Group>
                )}
              </Section>
              {c.policies.restrict && (
                <Card withBorder data-testid="incident-restriction">
                  <Checkbox
                    label={t("incidents.restrict")}
                    checked={c.restricted}
                    onChange={(e) =>
                      send("PUT", `/api/incidents/${c.id}/restriction`, {
                        restricted: e.currentTarget.checked,
                        memberPersonIds: [],
                      })
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
                            onClick={() => send("DELETE", `/api/incidents/${c.id}/members/${p.id}`)}
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
