import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { ExternalService } from "../../contract";
import { Link } from "../../router";
import { RESULT_LABELS } from "./labels";
import { PHASE_LABELS, useServiceTexts } from "./service-labels";

type Phase = keyof typeof PHASE_LABELS;

/** One POST on the service, then the detail again. */
function useServiceAction(id: string, action: "consultation" | "checks" | "terminate") {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post(`/api/external-services/{id}/${action}`, { path: { id }, body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["external-services"] }),
  });
}

function Consultation({ s }: { s: ExternalService }) {
  const { tx } = useServiceTexts();
  const [on, setOn] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const m = useServiceAction(s.id, "consultation");
  if (!s.pathInfo.needs?.consultation) return null;
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{tx("consultation")}</Title>
        {s.consultedOn ? (
          <Text>
            <DateText value={s.consultedOn} />（{s.consultedByName ?? "—"}）: {s.consultationNote}
          </Text>
        ) : s.policies.consult ? (
          <>
            <DateField label={tx("consultedOn")} value={on} onChange={setOn} />
            <Textarea
              label={tx("consultationNote")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            {m.error && <ErrorAlert error={m.error} />}
            <Group>
              <Button
                onClick={() => m.mutate({ consultedOn: on, consultationNote: note })}
                loading={m.isPending}
              >
                {tx("recordConsultation")}
              </Button>
            </Group>
          </>
        ) : (
          <Text c="dimmed">—</Text>
        )}
      </Stack>
    </Card>
  );
}

function Checks({ s }: { s: ExternalService }) {
  const { tx, lab, pick } = useServiceTexts();
  const phases = s.pathInfo.needs?.checks ?? [];
  const [phase, setPhase] = useState<string | null>(s.nextCheck?.phase ?? phases[0] ?? null);
  const [on, setOn] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>("ok");
  const [findings, setFindings] = useState("");
  const m = useServiceAction(s.id, "checks");
  const end = useServiceAction(s.id, "terminate");
  const [endOn, setEndOn] = useState<string | null>(null);
  if (!phases.length) return null;
  const open = s.status === "in_use" && s.policies.keep;
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{tx("checks")}</Title>
        {s.checks.length === 0 ? (
          <Empty>{tx("noChecks")}</Empty>
        ) : (
          <Table data-testid="service-checks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("phase")}</Table.Th>
                <Table.Th>{tx("checkedOn")}</Table.Th>
                <Table.Th>{tx("result")}</Table.Th>
                <Table.Th>{tx("findings")}</Table.Th>
                <Table.Th>{tx("checkedBy")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.checks.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{pick(c.phaseLabel)}</Table.Td>
                  <Table.Td>
                    <DateText value={c.checkedOn} />
                  </Table.Td>
                  <Table.Td>{lab(RESULT_LABELS, c.result)}</Table.Td>
                  <Table.Td>{c.findings ?? "—"}</Table.Td>
                  <Table.Td>{c.checkedByName ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {open && (
          <Group align="flex-end" wrap="wrap">
            <Select
              label={tx("phase")}
              value={phase}
              onChange={setPhase}
              data={phases.map((p: Phase) => ({ value: p, label: lab(PHASE_LABELS, p) }))}
            />
            <DateField label={tx("checkedOn")} value={on} onChange={setOn} />
            <Select
              label={tx("result")}
              value={result}
              onChange={setResult}
              data={Object.keys(RESULT_LABELS).map((k) => ({ value: k, label: lab(RESULT_LABELS, k) }))}
            />
            <Textarea
              label={tx("findings")}
              value={findings}
              onChange={(e) => setFindings(e.currentTarget.value)}
            />
            <Button
              onClick={() => m.mutate({ phase, checkedOn: on, result, findings: findings.trim() || null })}
              loading={m.isPending}
              data-testid="service-check-record"
            >
              {tx("recordCheck")}
            </Button>
          </Group>
        )}
        {m.error && <ErrorAlert error={m.error} />}
        {open && (
          <Group align="flex-end">
            <DateField label={tx("terminatedOn")} value={endOn} onChange={setEndOn} />
            <Button
              color="red"
              variant="light"
              onClick={() => end.mutate({ terminatedOn: endOn })}
              loading={end.isPending}
            >
              {tx("terminate")}
            </Button>
          </Group>
        )}
        {end.error && <ErrorAlert error={end.error} />}
      </Stack>
    </Card>
  );
}

export default function ExternalServiceDetail({ params }: { params: { id: string } }) {
  const { tx, pick, lang } = useServiceTexts();
  const q = useQuery({
    queryKey: ["external-services", "one", params.id],
    queryFn: () => api.get("/api/external-services/{id}", { path: { id: params.id } }),
  });
  const s = q.data?.data;
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {s && (
        <Stack>
          <Anchor component={Link} href="/external-services">
            ← {tx("backToList")}
          </Anchor>
          <PageHeader title={`${s.name}（${s.provider}）`} description={pick(s.categoryLabel)} />
          <Card withBorder>
            <Stack gap="xs">
              <Group>
                <Badge variant="light" data-testid="service-status">
                  {pick(s.statusLabel)}
                </Badge>
                {s.request && (
                  <Anchor component={Link} href={`/requests/${s.request.id}`}>
                    {tx("requestNo", { n: s.request.number })}
                  </Anchor>
                )}
              </Group>
              <Text>
                {tx("department")}: {s.departmentName ?? "—"} ／ {tx("manager")}: {s.managerName ?? "—"} ／{" "}
                {tx("createdBy")}: {s.createdByName ?? "—"}
              </Text>
              <Text>
                {tx("highestLevel")}: {pick(s.highestLevelLabel)} ／ {tx("termsKind")}:{" "}
                {s.termsKind === "terms" ? tx("terms") : tx("contract")}
                {s.termsCheckedOn && (
                  <>
                    {" "}
                    ／ {tx("termsCheckedOn")}: <DateText value={s.termsCheckedOn} />
                  </>
                )}
              </Text>
              <Text>
                {tx("purpose")}: {s.purpose}
              </Text>
              {s.necessityReason && (
                <Text>
                  {tx("necessityReason")}: {s.necessityReason}
                </Text>
              )}
              <Text>
                {tx("path")}: {s.pathInfo.title ? pick(s.pathInfo.title) : "—"}（{s.pathInfo.clauseLabel}）
              </Text>
              {s.nextCheck && (
                <Text>
                  {tx("nextCheck")}: {pick(s.nextCheck.phaseLabel)} <DateText value={s.nextCheck.dueOn} />
                </Text>
              )}
            </Stack>
          </Card>
          <Card withBorder>
            <Title order={3}>{tx("blockers")}</Title>
            {s.blockers.length === 0 ? (
              <Text>{tx("noBlockers")}</Text>
            ) : (
              <List data-testid="service-blockers">
                {s.blockers.map((b) => (
                  <List.Item key={b.code}>
                    {lang === "en" ? b.en : b.ja}（{b.clauseLabel}）
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
          <Consultation s={s} />
          <Checks s={s} />
        </Stack>
      )}
    </QueryState>
  );
}
