import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { SupplierContract } from "../../contract";
import { Link } from "../../router";
import { DECISION_LABELS, useTexts } from "./labels";

type Level = SupplierContract["subcontracts"][number];

/** 再委託の連鎖: each level with its request and (where required) its written consent. */
function Consent({ c, level, onSaved }: { c: SupplierContract; level: Level; onSaved(): void }) {
  const { tx } = useTexts();
  const [n, setN] = useState("");
  const [on, setOn] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: () =>
      api.post("/api/suppliers/contracts/{id}/subcontracts/{subcontractId}/consent", {
        path: { id: c.id, subcontractId: level.id },
        body: {
          consentNumber: n,
          consentOn: on,
        },
      }),
    onSuccess: onSaved,
  });
  return (
    <Stack gap={4}>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={tx("consentNumber")} value={n} onChange={(e) => setN(e.currentTarget.value)} />
        <DateField label={tx("consentOn")} value={on} onChange={setOn} />
        <Button variant="light" onClick={() => m.mutate()} loading={m.isPending}>
          {tx("recordConsent")}
        </Button>
      </Group>
      {m.error && <ErrorAlert error={m.error} />}
    </Stack>
  );
}

export function Subcontracts({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, lab } = useTexts();
  const contractors = useQuery({
    queryKey: ["suppliers", "contractors"],
    queryFn: () => api.get("/api/suppliers/contractors", { query: { limit: 500 } }),
  });
  const [f, setF] = useState({
    contractorId: null as string | null,
    parentId: null as string | null,
    work: "",
    dataHandled: "",
    measures: "",
  });
  const file = useMutation({
    mutationFn: () =>
      api.post("/api/suppliers/contracts/{id}/subcontracts", {
        path: { id: c.id },
        body: { ...f, dataHandled: f.dataHandled || null },
      }),
    onSuccess: () => {
      setF({ contractorId: null, parentId: null, work: "", dataHandled: "", measures: "" });
      onSaved();
    },
  });
  if (!c.subcontractRule) return null;
  const consentRequired = c.subcontractRule.writtenConsent;
  const settled = c.subcontracts.filter(
    (s) => s.decision === "approved" && (!consentRequired || s.consentOn),
  );
  const nameOf = (id: string | null) => c.subcontracts.find((s) => s.id === id)?.contractorName;
  const open = c.state !== "ending" && c.state !== "closed";
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{tx("subcontracts")}</Title>
          <Group gap="xs">
            <ClauseLink id={c.subcontractRule.clause} />
            {consentRequired && c.subcontractRule.consentClause && (
              <ClauseLink id={c.subcontractRule.consentClause} />
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {consentRequired ? tx("subcontractsConsentHint") : tx("subcontractsHint")}
        </Text>
        {c.subcontracts.length === 0 ? (
          <Empty>{tx("noSubcontracts")}</Empty>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("level")}</Table.Th>
                <Table.Th>{tx("subcontractor")}</Table.Th>
                <Table.Th>{tx("parentContractor")}</Table.Th>
                <Table.Th>{tx("work")}</Table.Th>
                <Table.Th>{tx("decision")}</Table.Th>
                <Table.Th>{tx("consent")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.subcontracts.map((s) => (
                <Table.Tr key={s.id} data-testid={`subcontract-${s.level}`}>
                  <Table.Td>
                    {tx("levelPrefix")}
                    {s.level}
                    {tx("levelSuffix")}
                  </Table.Td>
                  <Table.Td>{s.contractorName}</Table.Td>
                  <Table.Td>{s.parentId ? nameOf(s.parentId) : (c.contractor?.name ?? "—")}</Table.Td>
                  <Table.Td>{s.work}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={s.decision === "approved" ? "teal" : s.decision === "refused" ? "red" : "orange"}
                    >
                      {lab(DECISION_LABELS, s.decision)}
                    </Badge>{" "}
                    {s.requestNumber && (
                      <Anchor component={Link} href={`/requests/${s.requestId}`} size="sm">
                        {tx("requestNo")}
                        {s.requestNumber}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {s.consentOn ? (
                      <Text size="sm">
                        {s.consentNumber}（<DateText value={s.consentOn} />）
                      </Text>
                    ) : s.decision === "approved" && c.policies?.write ? (
                      <Consent c={c} level={s} onSaved={onSaved} />
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {open && c.policies?.file_subcontract && (
          <Stack gap="xs">
            <Group grow align="flex-end">
              <Select
                label={tx("subcontractor")}
                data={(contractors.data?.data ?? []).map((k) => ({ value: k.id, label: k.name }))}
                value={f.contractorId}
                onChange={(v) => setF({ ...f, contractorId: v })}
                searchable
              />
              <Select
                label={tx("parentContractor")}
                placeholder={c.contractor?.name ?? ""}
                data={settled.map((s) => ({
                  value: s.id,
                  label: `${s.contractorName}（${tx("levelPrefix")}${s.level}${tx("levelSuffix")}）`,
                }))}
                value={f.parentId}
                onChange={(v) => setF({ ...f, parentId: v })}
                clearable
              />
            </Group>
            <Textarea
              label={tx("work")}
              value={f.work}
              onChange={(e) => setF({ ...f, work: e.currentTarget.value })}
            />
            <Textarea
              label={tx("dataHandled")}
              value={f.dataHandled}
              onChange={(e) => setF({ ...f, dataHandled: e.currentTarget.value })}
            />
            <Textarea
              label={tx("subMeasures")}
              value={f.measures}
              onChange={(e) => setF({ ...f, measures: e.currentTarget.value })}
            />
            {file.error && <ErrorAlert error={file.error} />}
            <Group>
              <Button onClick={() => file.mutate()} loading={file.isPending} data-testid="subcontract-file">
                {tx("fileSubcontract")}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
