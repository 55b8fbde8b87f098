import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { CONTRACT_STATE_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { SupplierContract } from "../../contract";
import { Link } from "../../router";
import { Explanations } from "./Explanations";
import { IMPORTANCE_LABELS, LENDING_LABELS, NEXT, RESULT_LABELS, ROLE_LABELS, useTexts } from "./labels";
import { Subcontracts } from "./Subcontracts";

type Row = { key: string; included: boolean; location: string };

function Checklist({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx } = useTexts();
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    setRows(
      c.checklist.map((r) => ({
        key: r.key,
        included: r.included === true,
        location: r.location ?? "",
      })),
    );
  }, [c.checklist]);
  const m = useMutation({
    mutationFn: () =>
      api.put("/api/suppliers/contracts/{id}/clauses", {
        path: { id: c.id },
        body: {
          confirmations: rows.map((r) => ({
            clauseKey: r.key,
            included: r.included,
            location: r.location || null,
          })),
        },
      }),
    onSuccess: onSaved,
  });
  const editable = c.policies?.write && (c.state === "draft" || c.state === "checked");
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{tx("checklist")}</Title>
          <Button component="a" variant="default" href={`/api/suppliers/contracts/${c.id}/checklist.xlsx`}>
            {tx("exportChecklist")}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {tx("checklistHint")}
        </Text>
        {c.checklist.length === 0 ? (
          <Empty>{tx("noClauses")}</Empty>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("clause")}</Table.Th>
                <Table.Th>{tx("basis")}</Table.Th>
                <Table.Th>{tx("included")}</Table.Th>
                <Table.Th>{tx("location")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.checklist.map((r, i) => (
                <Table.Tr key={r.key} data-testid={`clause-${r.key}`}>
                  <Table.Td>{r.text}</Table.Td>
                  <Table.Td>
                    <ClauseLink id={r.clause} prefix={false} />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${tx("included")}: ${r.text}`}
                      checked={rows[i]?.included ?? false}
                      disabled={!editable}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setRows(rows.map((x, j) => (j === i ? { ...x, included: checked } : x)));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${tx("location")}: ${r.text}`}
                      value={rows[i]?.location ?? ""}
                      disabled={!editable}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setRows(rows.map((x, j) => (j === i ? { ...x, location: v } : x)));
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {m.error && <ErrorAlert error={m.error} />}
        {editable && c.checklist.length > 0 && (
          <Group>
            <Button onClick={() => m.mutate()} loading={m.isPending} data-testid="clauses-save">
              {tx("saveClauses")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function People({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, lab } = useTexts();
  const [name, setName] = useState("");
  const [role, setRole] = useState<string | null>("worker");
  const [pledge, setPledge] = useState({
    personId: null as string | null,
    version: "",
    signedOn: null as string | null,
    receivedOn: null as string | null,
  });
  const add = useMutation({
    mutationFn: () =>
      api.post("/api/suppliers/contracts/{id}/people", { path: { id: c.id }, body: { role, name } }),
    onSuccess: () => {
      setName("");
      onSaved();
    },
  });
  const record = useMutation({
    mutationFn: () => api.post("/api/suppliers/pledges", { body: { contractId: c.id, ...pledge } }),
    onSuccess: onSaved,
  });
  const editable = c.policies?.write && c.state !== "closed";
  return (
    <Card withBorder>
      <Stack>
        <Group>
          <Title order={4}>{tx("people")}</Title>
          {c.pledgeRule.required && <Badge color="orange">{tx("pledgeRequired")}</Badge>}
          {c.pledgeRule.asNeeded && <Badge variant="light">{tx("pledgeAsNeeded")}</Badge>}
          {c.pledgeRule.clause && <ClauseLink id={c.pledgeRule.clause} />}
        </Group>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx("name")}</Table.Th>
              <Table.Th>{tx("role")}</Table.Th>
              <Table.Th>{tx("pledges")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.people.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{lab(ROLE_LABELS, p.role)}</Table.Td>
                <Table.Td>
                  {p.pledges.length === 0
                    ? "—"
                    : p.pledges.map((x) => (
                        <span key={x.id}>
                          {x.version}（<DateText value={x.receivedOn} />）{" "}
                        </span>
                      ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {editable && (
          <>
            <Group align="flex-end">
              <TextInput label={tx("name")} value={name} onChange={(e) => setName(e.currentTarget.value)} />
              <Select
                label={tx("role")}
                value={role}
                onChange={setRole}
                data={Object.keys(ROLE_LABELS).map((k) => ({ value: k, label: lab(ROLE_LABELS, k) }))}
              />
              <Button
                variant="light"
                onClick={() => add.mutate()}
                disabled={!name.trim()}
                data-testid="person-add"
              >
                {tx("addPerson")}
              </Button>
            </Group>
            {add.error && <ErrorAlert error={add.error} />}
            <Group align="flex-end" wrap="wrap">
              <Select
                label={tx("name")}
                value={pledge.personId}
                onChange={(v) => setPledge({ ...pledge, personId: v })}
                data={c.people.map((p) => ({ value: p.personId, label: p.name }))}
              />
              <TextInput
                label={tx("version")}
                value={pledge.version}
                onChange={(e) => setPledge({ ...pledge, version: e.currentTarget.value })}
              />
              <DateField
                label={tx("signedOn")}
                value={pledge.signedOn}
                onChange={(v) => setPledge({ ...pledge, signedOn: v })}
              />
              <DateField
                label={tx("receivedOn")}
                value={pledge.receivedOn}
                onChange={(v) => setPledge({ ...pledge, receivedOn: v })}
              />
              <Button variant="light" onClick={() => record.mutate()} data-testid="pledge-record">
                {tx("recordPledge")}
              </Button>
            </Group>
            {record.error && <ErrorAlert error={record.error} />}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Incidents the contractor was involved in (#17 item 4): listed as the viewer may see them, named by the 課長. */
function Incidents({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx } = useTexts();
  const [incidentId, setIncidentId] = useState<string | null>(null);
  const [involvement, setInvolvement] = useState("");
  const mayName = !!c.policies?.write;
  const seen = useQuery({
    queryKey: ["incidents", "for-contract"],
    queryFn: () => api.get("/api/incidents"),
    enabled: mayName,
  });
  const name = useMutation({
    mutationFn: () =>
      api.post("/api/suppliers/contracts/{id}/incidents", {
        path: { id: c.id },
        body: { incidentId, involvement },
      }),
    onSuccess: () => {
      setIncidentId(null);
      setInvolvement("");
      onSaved();
    },
  });
  const named = new Set(c.incidents.map((i) => i.incident.id));
  return (
    <Card withBorder data-testid="contract-incidents">
      <Stack>
        <Title order={4}>{tx("incidents")}</Title>
        {c.incidents.length === 0 ? (
          <Empty>{tx("noIncidents")}</Empty>
        ) : (
          <Table>
            <Table.Tbody>
              {c.incidents.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    {i.incident.hidden ? (
                      tx("hiddenIncident")
                    ) : (
                      <Anchor component={Link} href={`/incidents/${i.incident.id}`}>
                        {i.incident.receiptNumber} {i.incident.summary}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{i.involvement}</Table.Td>
                  <Table.Td>{i.recordedByName ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mayName && (
          <Group align="flex-end" wrap="wrap">
            <Select
              label={tx("incident")}
              searchable
              value={incidentId}
              onChange={setIncidentId}
              data={(seen.data?.items ?? [])
                .filter((x) => !named.has(x.id))
                .map((x) => ({ value: x.id, label: `${x.receiptNumber} ${x.summary}` }))}
              w={360}
            />
            <TextInput
              label={tx("involvement")}
              value={involvement}
              onChange={(e) => setInvolvement(e.currentTarget.value)}
              w={360}
            />
            <Button variant="light" onClick={() => name.mutate()} disabled={!incidentId}>
              {tx("nameIncident")}
            </Button>
          </Group>
        )}
        {name.error && <ErrorAlert error={name.error} />}
      </Stack>
    </Card>
  );
}

function Lendings({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, lab } = useTexts();
  const [slip, setSlip] = useState({ slipNumber: "", description: "", lentOn: null as string | null });
  const [cert, setCert] = useState({
    id: null as string | null,
    number: "",
    on: null as string | null,
    file: null as File | null,
  });
  const lend = useMutation({
    mutationFn: () => api.post("/api/suppliers/contracts/{id}/lendings", { path: { id: c.id }, body: slip }),
    onSuccess: onSaved,
  });
  const certify = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.set("certificateNumber", cert.number);
      form.set("certifiedOn", cert.on ?? "");
      if (cert.file) form.set("file", cert.file);
      return api.post("/api/suppliers/contracts/{id}/lendings/{lendingId}/disposal", {
        path: { id: c.id, lendingId: cert.id ?? "" },
        body: form,
      });
    },
    onSuccess: onSaved,
  });
  const open = c.lendings.filter((l) => l.state === "lent");
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{tx("lendings")}</Title>
        {c.lendings.length === 0 ? (
          <Empty>—</Empty>
        ) : (
          <Table>
            <Table.Tbody>
              {c.lendings.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.slipNumber}</Table.Td>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td>
                    <DateText value={l.lentOn} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{lab(LENDING_LABELS, l.state)}</Badge> {l.certificateNumber ?? ""}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {c.policies?.write && (c.state === "checked" || c.state === "active") && (
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={tx("slipNumber")}
              value={slip.slipNumber}
              onChange={(e) => setSlip({ ...slip, slipNumber: e.currentTarget.value })}
            />
            <TextInput
              label={tx("description")}
              value={slip.description}
              onChange={(e) => setSlip({ ...slip, description: e.currentTarget.value })}
            />
            <DateField
              label={tx("lentOn")}
              value={slip.lentOn}
              onChange={(v) => setSlip({ ...slip, lentOn: v })}
            />
            <Button variant="light" onClick={() => lend.mutate()}>
              {tx("lend")}
            </Button>
          </Group>
        )}
        {lend.error && <ErrorAlert error={lend.error} />}
        {c.policies?.write && open.length > 0 && (
          <Group align="flex-end" wrap="wrap">
            <Select
              label={tx("slipNumber")}
              value={cert.id}
              onChange={(v) => setCert({ ...cert, id: v })}
              data={open.map((l) => ({ value: l.id, label: `${l.slipNumber} ${l.description}` }))}
            />
            <TextInput
              label={tx("certificateNumber")}
              value={cert.number}
              onChange={(e) => setCert({ ...cert, number: e.currentTarget.value })}
            />
            <DateField
              label={tx("certifiedOn")}
              value={cert.on}
              onChange={(v) => setCert({ ...cert, on: v })}
            />
            <FileInput
              label={tx("certificateFile")}
              value={cert.file}
              onChange={(f) => setCert({ ...cert, file: f })}
              data-testid="certificate-file"
            />
            <Button
              variant="light"
              onClick={() => certify.mutate()}
              disabled={!cert.id || !cert.file}
              data-testid="certificate-submit"
            >
              {tx("certify")}
            </Button>
          </Group>
        )}
        {certify.error && <ErrorAlert error={certify.error} />}
      </Stack>
    </Card>
  );
}

function Checks({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, lab } = useTexts();
  const [f, setF] = useState({
    checkedOn: null as string | null,
    result: "ok" as string | null,
    importance: "normal" as string | null,
    findings: "",
  });
  const m = useMutation({
    mutationFn: () =>
      api.post("/api/suppliers/checks", { body: { contractId: c.id, ...f, findings: f.findings || null } }),
    onSuccess: onSaved,
  });
  return (
    <Card withBorder>
      <Stack>
        <Group>
          <Title order={4}>{tx("checks")}</Title>
          {c.nextCheckOn && (
            <Text size="sm">
              {tx("nextCheck")}: <DateText value={c.nextCheckOn} />
            </Text>
          )}
        </Group>
        {c.checks.map((k) => (
          <Text key={k.id} size="sm">
            <DateText value={k.checkedOn} /> {lab(RESULT_LABELS, k.result)}・
            {lab(IMPORTANCE_LABELS, k.importance)} {k.findings ?? ""}
          </Text>
        ))}
        {c.policies?.write && (c.state === "active" || c.state === "ending") && (
          <Group align="flex-end" wrap="wrap">
            <DateField
              label={tx("checkedOn")}
              value={f.checkedOn}
              onChange={(v) => setF({ ...f, checkedOn: v })}
            />
            <Select
              label={tx("result")}
              value={f.result}
              onChange={(v) => setF({ ...f, result: v })}
              data={Object.keys(RESULT_LABELS).map((k) => ({ value: k, label: lab(RESULT_LABELS, k) }))}
            />
            <Select
              label={tx("importance")}
              value={f.importance}
              onChange={(v) => setF({ ...f, importance: v })}
              data={Object.keys(IMPORTANCE_LABELS).map((k) => ({
                value: k,
                label: lab(IMPORTANCE_LABELS, k),
              }))}
            />
            <TextInput
              label={tx("findings")}
              value={f.findings}
              onChange={(e) => setF({ ...f, findings: e.currentTarget.value })}
            />
            <Button variant="light" onClick={() => m.mutate()}>
              {tx("recordCheck")}
            </Button>
          </Group>
        )}
        {m.error && <ErrorAlert error={m.error} />}
      </Stack>
    </Card>
  );
}

/** 安全管理体制の書面 (before the work) and the no-copy confirmation (at the end), where the profile asks. */
function Records({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx } = useTexts();
  const [planOn, setPlanOn] = useState<string | null>(null);
  const [noCopyOn, setNoCopyOn] = useState<string | null>(null);
  const plan = useMutation({
    mutationFn: () =>
      api.put("/api/suppliers/contracts/{id}/security-plan", {
        path: { id: c.id },
        body: { receivedOn: planOn },
      }),
    onSuccess: onSaved,
  });
  const noCopy = useMutation({
    mutationFn: () =>
      api.put("/api/suppliers/contracts/{id}/no-copy-confirmation", {
        path: { id: c.id },
        body: { confirmedOn: noCopyOn },
      }),
    onSuccess: onSaved,
  });
  if (!c.securityPlanRule.required && !c.noCopyRule.clause) return null;
  return (
    <Card withBorder>
      <Stack>
        {c.securityPlanRule.required && (
          <Group align="flex-end" wrap="wrap">
            <Text fw={600}>{tx("securityPlan")}</Text>
            <ClauseLink id={c.securityPlanRule.clause} />
            {c.securityPlanReceivedOn ? (
              <Badge color="teal">
                {tx("received")} <DateText value={c.securityPlanReceivedOn} />
              </Badge>
            ) : (
              <Badge color="orange">{tx("notReceived")}</Badge>
            )}
            {c.policies?.write && !c.securityPlanReceivedOn && (
              <>
                <DateField label={tx("receivedOn")} value={planOn} onChange={setPlanOn} />
                <Button variant="light" onClick={() => plan.mutate()}>
                  {tx("recordReceipt")}
                </Button>
              </>
            )}
          </Group>
        )}
        {plan.error && <ErrorAlert error={plan.error} />}
        {c.noCopyRule.clause && (c.state === "active" || c.state === "ending" || c.noCopyConfirmedOn) && (
          <Group align="flex-end" wrap="wrap">
            <Text fw={600}>{tx("noCopy")}</Text>
            <ClauseLink id={c.noCopyRule.clause} />
            {c.noCopyConfirmedOn ? (
              <Badge color="teal">
                <DateText value={c.noCopyConfirmedOn} />
              </Badge>
            ) : (
              c.policies?.write && (
                <>
                  <DateField label={tx("confirmedOn")} value={noCopyOn} onChange={setNoCopyOn} />
                  <Button variant="light" onClick={() => noCopy.mutate()}>
                    {tx("recordConfirmation")}
                  </Button>
                </>
              )
            )}
          </Group>
        )}
        {noCopy.error && <ErrorAlert error={noCopy.error} />}
      </Stack>
    </Card>
  );
}

export default function ContractDetail({ params }: { params: { id: string } }) {
  const { tx, lab, pick } = useTexts();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ["suppliers", "contract", params.id],
    queryFn: () => api.get("/api/suppliers/contracts/{id}", { path: { id: params.id } }),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ["suppliers"] });
  const move = useMutation({
    mutationFn: (state: string) =>
      api.post("/api/suppliers/contracts/{id}/transition", { path: { id: params.id }, body: { state } }),
    onSuccess: refresh,
  });
  const c = q.data?.data;
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {c && (
        <Stack>
          <PageHeader
            title={c.subject}
            description={`${c.contractor?.name ?? ""}・${c.departmentName ?? ""}`}
            back={{ href: "/suppliers/contracts", label: tx("backToList") }}
            actions={
              c.policies?.write &&
              NEXT[c.state].map((s) => (
                <Button
                  key={s}
                  variant={s === "draft" ? "default" : "filled"}
                  onClick={() => move.mutate(s)}
                  data-testid={`move-${s}`}
                >
                  {tx("moveTo")}: {lab(CONTRACT_STATE_LABELS, s)}
                </Button>
              ))
            }
          />
          <Group>
            <Badge size="lg" variant="light" data-testid="contract-state">
              {lab(CONTRACT_STATE_LABELS, c.state)}
            </Badge>
            <Text size="sm">
              <DateText value={c.startsOn} /> ～ <DateText value={c.endsOn} />
            </Text>
            <Text size="sm">
              {tx("levels")}: {c.informationLevelLabels.map((l) => pick(l)).join("、") || "—"}
            </Text>
            {c.systemWork && <Badge variant="outline">{tx("systemWork")}</Badge>}
            {c.personalInformation && <Badge variant="outline">{tx("personal")}</Badge>}
            {c.specificPersonalInformation && <Badge variant="outline">{tx("specific")}</Badge>}
            {c.designatedManager && <Badge variant="outline">{tx("designated")}</Badge>}
            {c.maintenance && <Badge variant="outline">{tx("maintenance")}</Badge>}
          </Group>
          {move.error && <ErrorAlert error={move.error} testId="transition-error" />}
          <Card withBorder>
            <Title order={4}>{tx("openItems")}</Title>
            {c.openItems.length === 0 ? (
              <Text size="sm">{tx("noOpenItems")}</Text>
            ) : (
              c.openItems.map((b) => (
                <Alert key={b.code} color="orange" mt="xs">
                  {pick({ ja: b.message_ja, en: b.message_en })}
                </Alert>
              ))
            )}
          </Card>
          <Checklist c={c} onSaved={refresh} />
          <Records c={c} onSaved={refresh} />
          <People c={c} onSaved={refresh} />
          <Subcontracts c={c} onSaved={refresh} />
          <Explanations c={c} onSaved={refresh} />
          <Checks c={c} onSaved={refresh} />
          <Lendings c={c} onSaved={refresh} />
          <Incidents c={c} onSaved={refresh} />
        </Stack>
      )}
    </QueryState>
  );
}
