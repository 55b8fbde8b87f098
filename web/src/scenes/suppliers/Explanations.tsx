import { Button, Card, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { useMe } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { SupplierContract } from "../../contract";
import { requiredChoice, requiredDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { useTexts } from "./labels";

const ExplanationValues = z.object({
  explainedOn: requiredDate,
  explainedByPersonId: requiredChoice,
  explainedTo: requiredText(200),
  /** "" is the contractor itself; otherwise the subcontract explained to. */
  subcontractId: z.string().nullable(),
  content: requiredText(4000),
});

/**
 * 委託事業者に対する説明 (西原村 6.1(4)): who explained the policy to whom at the contractor or at a
 * subcontractor of the chain, when and what. The explainer defaults to the one recording (usually
 * the 課長 who explained); the server checks they hold the duty the profile names.
 */
export function Explanations({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, pick } = useTexts();
  const me = useMe();
  const rule = c.explanationRule;
  const m = useMutation({
    mutationFn: (v: z.output<typeof ExplanationValues>) =>
      api.post("/api/suppliers/contracts/{id}/explanations", {
        path: { id: c.id },
        body: { ...v, subcontractId: v.subcontractId || null },
      }),
    onSuccess: () => {
      form.setValues({ explainedTo: "", content: "" });
      onSaved();
    },
  });
  const form = useActionForm(
    ExplanationValues,
    {
      explainedOn: null,
      explainedByPersonId: me.user.personId,
      explainedTo: "",
      subcontractId: "",
      content: "",
    },
    m.error,
  );
  const v = form.values;
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
          <form
            {...form.formProps((x) => m.mutate(ExplanationValues.parse(x)))}
            data-testid="explanation-form"
          >
            <Stack gap="xs">
              <Group align="flex-start" wrap="wrap">
                <DateField
                  label={tx("explainedOn")}
                  required
                  {...bindField(form, "explainedOn")}
                  data-testid="explanation-on"
                />
                <PersonPicker
                  label={tx("explainedBy")}
                  required
                  value={v.explainedByPersonId}
                  initialLabel={me.user.name}
                  onChange={(id) => form.setFieldValue("explainedByPersonId", id)}
                  error={form.errors.explainedByPersonId}
                  data-testid="explanation-by"
                />
                <Select
                  label={tx("explainedParty")}
                  data={party}
                  allowDeselect={false}
                  {...form.getInputProps("subcontractId")}
                />
                <TextInput
                  label={tx("explainedTo")}
                  required
                  {...form.getInputProps("explainedTo")}
                  data-testid="explanation-to"
                />
              </Group>
              <Textarea
                label={tx("explanationContent")}
                required
                {...form.getInputProps("content")}
                data-testid="explanation-content"
              />
              <ErrorAlert error={m.error} />
              <Group>
                <Button type="submit" variant="light" loading={m.isPending} data-testid="explanation-save">
                  {tx("recordExplanation")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
