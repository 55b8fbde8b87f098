import { Button, Card, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { useMe } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { SupplierContract } from "../../contract";
import { useTexts } from "./labels";

/**
 * 委託事業者に対する説明 (西原村 6.1(4)): who explained the policy to whom at the contractor or at a
 * subcontractor of the chain, when and what. The explainer defaults to the one recording (usually
 * the 課長 who explained); the server checks they hold the duty the profile names.
 */
export function Explanations({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, pick } = useTexts();
  const me = useMe();
  const rule = c.explanationRule;
  const [f, setF] = useState({
    explainedOn: null as string | null,
    explainedByPersonId: me.user.personId as string | null,
    explainedTo: "",
    subcontractId: "" as string | null,
    content: "",
  });
  const m = useMutation({
    mutationFn: () =>
      api.post("/api/suppliers/contracts/{id}/explanations", {
        path: { id: c.id },
        // An empty date or person is sent as is: the server names the field in its answer.
        body: {
          ...f,
          explainedOn: f.explainedOn ?? "",
          explainedByPersonId: f.explainedByPersonId ?? "",
          subcontractId: f.subcontractId || null,
        },
      }),
    onSuccess: () => {
      setF({ ...f, explainedTo: "", content: "" });
      onSaved();
    },
  });
  if (!rule) return null;
  const party = [
    { value: "", label: `${tx("explainedToContractor")}（${c.contractor?.name ?? "—"}）` },
    ...c.subcontracts.map((s) => ({
      value: s.id,
      label: `${tx("subcontractLevel")}${s.level}: ${s.contractorName}`,
    })),
  ];
  return (
    <Card withBorder>
      <Stack>
        <Group>
          <Title order={4}>{tx("explanations")}</Title>
          <ClauseLink id={rule.clause} />
        </Group>
        <Text size="sm" c="dimmed">
          {tx("explanationsHint")}（{pick(rule.dutyLabel)}）
        </Text>
        {c.explanations.length === 0 ? (
          <Empty>{tx("noExplanations")}</Empty>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("explainedOn")}</Table.Th>
                <Table.Th>{tx("explainedParty")}</Table.Th>
                <Table.Th>{tx("explainedTo")}</Table.Th>
                <Table.Th>{tx("explainedBy")}</Table.Th>
                <Table.Th>{tx("explanationContent")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.explanations.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <DateText value={e.explainedOn} />
                  </Table.Td>
                  <Table.Td>{e.subcontractorName ?? c.contractor?.name ?? "—"}</Table.Td>
                  <Table.Td>{e.explainedTo}</Table.Td>
                  <Table.Td>{e.explainedByName ?? "—"}</Table.Td>
                  <Table.Td>{e.content}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {c.policies?.write && c.state !== "closed" && (
          <Stack gap="xs">
            <Group align="flex-end" wrap="wrap">
              <DateField
                label={tx("explainedOn")}
                value={f.explainedOn}
                onChange={(v) => setF({ ...f, explainedOn: v })}
              />
              <PersonPicker
                label={tx("explainedBy")}
                value={f.explainedByPersonId}
                initialLabel={me.user.name}
                onChange={(v) => setF({ ...f, explainedByPersonId: v })}
              />
              <Select
                label={tx("explainedParty")}
                value={f.subcontractId}
                onChange={(v) => setF({ ...f, subcontractId: v })}
                data={party}
              />
              <TextInput
                label={tx("explainedTo")}
                value={f.explainedTo}
                onChange={(e) => setF({ ...f, explainedTo: e.currentTarget.value })}
              />
            </Group>
            <Textarea
              label={tx("explanationContent")}
              value={f.content}
              onChange={(e) => setF({ ...f, content: e.currentTarget.value })}
            />
            <Group>
              <Button variant="light" onClick={() => m.mutate()}>
                {tx("recordExplanation")}
              </Button>
            </Group>
          </Stack>
        )}
        {m.error && <ErrorAlert error={m.error} />}
      </Stack>
    </Card>
  );
}
