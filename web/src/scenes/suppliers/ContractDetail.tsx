import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { z } from "zod";
import { CONTRACT_STATE_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { SupplierContract } from "../../contract";
import { useActionForm } from "../../forms";
import { Link } from "../../router";
import {
  CertificateForm,
  CheckForm,
  DateRecordForm,
  IncidentNameForm,
  LendForm,
  PersonForm,
  PledgeForm,
} from "./contract-forms";
import { Explanations } from "./Explanations";
import { IMPORTANCE_LABELS, LENDING_LABELS, NEXT, RESULT_LABELS, ROLE_LABELS, useTexts } from "./labels";
import { Subcontracts } from "./Subcontracts";

const ChecklistValues = z.object({
  confirmations: z.array(
    z.object({ clauseKey: z.string(), included: z.boolean(), location: z.string().max(200) }),
  ),
});
type ChecklistV = z.infer<typeof ChecklistValues>;
const rowsOf = (c: SupplierContract): ChecklistV => ({
  confirmations: c.checklist.map((r) => ({
    clauseKey: r.key,
    included: r.included === true,
    location: r.location ?? "",
  })),
});

function Checklist({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx } = useTexts();
  const m = useMutation({
    mutationFn: (v: ChecklistV) =>
      api.put("/api/suppliers/contracts/{id}/clauses", {
        path: { id: c.id },
        body: {
          confirmations: v.confirmations.map((r) => ({ ...r, location: r.location.trim() || null })),
        },
      }),
    onSuccess: onSaved,
  });
  const form = useActionForm(ChecklistValues, rowsOf(c), m.error);
  // A saved (or reloaded) checklist replaces the rows; an error keeps what was typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new checklist resets the rows
  useEffect(() => {
    form.setValues(rowsOf(c));
  }, [c.checklist]);
  const editable = c.policies?.write && (c.state === "draft" || c.state === "checked");
  return (
    <Card withBorder>
      <form {...form.formProps((v) => m.mutate(v))} data-testid="clauses-form">
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
                        disabled={!editable}
                        {...form.getInputProps(`confirmations.${i}.included`, { type: "checkbox" })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`${tx("location")}: ${r.text}`}
                        disabled={!editable}
                        {...form.getInputProps(`confirmations.${i}.location`)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <ErrorAlert error={m.error} />
          {editable && c.checklist.length > 0 && (
            <Group>
              <Button type="submit" loading={m.isPending} data-testid="clauses-save">
                {tx("saveClauses")}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function People({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, lab } = useTexts();
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
            <PersonForm c={c} onSaved={onSaved} />
            <PledgeForm c={c} onSaved={onSaved} />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Incidents the contractor was involved in (#17 item 4): listed as the viewer may see them, named by the 課長. */
function Incidents({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx } = useTexts();
  const mayName = !!c.policies?.write;
  const seen = useQuery({
    queryKey: ["incidents", "for-contract"],
    queryFn: () => api.get("/api/incidents"),
    enabled: mayName,
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
          <IncidentNameForm
            c={c}
            onSaved={onSaved}
            choices={(seen.data?.items ?? [])
              .filter((x) => !named.has(x.id))
              .map((x) => ({ value: x.id, label: `${x.receiptNumber} ${x.summary}` }))}
          />
        )}
      </Stack>
    </Card>
  );
}

function Lendings({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, lab } = useTexts();
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
          <LendForm c={c} onSaved={onSaved} />
        )}
        {c.policies?.write && open.length > 0 && <CertificateForm c={c} onSaved={onSaved} open={open} />}
      </Stack>
    </Card>
  );
}

function Checks({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, lab } = useTexts();
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
          <CheckForm c={c} onSaved={onSaved} />
        )}
      </Stack>
    </Card>
  );
}

/** 安全管理体制の書面 (before the work) and the no-copy confirmation (at the end), where the profile asks. */
function Records({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx } = useTexts();
  const plan = (receivedOn: string) =>
    api
      .put("/api/suppliers/contracts/{id}/security-plan", { path: { id: c.id }, body: { receivedOn } })
      .then(onSaved);
  const noCopy = (confirmedOn: string) =>
    api
      .put("/api/suppliers/contracts/{id}/no-copy-confirmation", {
        path: { id: c.id },
        body: { confirmedOn },
      })
      .then(onSaved);
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
              <DateRecordForm
                field="receivedOn"
                label={tx("receivedOn")}
                action={tx("recordReceipt")}
                send={plan}
                testId="security-plan-form"
              />
            )}
          </Group>
        )}
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
                <DateRecordForm
                  field="confirmedOn"
                  label={tx("confirmedOn")}
                  action={tx("recordConfirmation")}
                  send={noCopy}
                  testId="no-copy-form"
                />
              )
            )}
          </Group>
        )}
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
