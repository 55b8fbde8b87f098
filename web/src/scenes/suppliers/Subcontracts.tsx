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
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { SupplierContract } from "../../contract";
import { requiredChoice, requiredDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { Link } from "../../router";
import { DECISION_LABELS, useTexts } from "./labels";

type Level = SupplierContract["subcontracts"][number];

const ConsentValues = z.object({ consentNumber: requiredText(100), consentOn: requiredDate });

/** 再委託の連鎖: each level with its request and (where required) its written consent. */
function Consent({ c, level, onSaved }: { c: SupplierContract; level: Level; onSaved(): void }) {
  const { tx } = useTexts();
  const m = useMutation({
    mutationFn: (body: z.output<typeof ConsentValues>) =>
      api.post("/api/suppliers/contracts/{id}/subcontracts/{subcontractId}/consent", {
        path: { id: c.id, subcontractId: level.id },
        body,
      }),
    onSuccess: onSaved,
  });
  const form = useActionForm(ConsentValues, { consentNumber: "", consentOn: null }, m.error);
  return (
    <form {...form.formProps((v) => m.mutate(ConsentValues.parse(v)))} data-testid="subcontract-consent-form">
      <Stack gap={4}>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={tx("consentNumber")}
            required
            {...form.getInputProps("consentNumber")}
            data-testid="subcontract-consent-number"
          />
          <DateField
            label={tx("consentOn")}
            required
            {...bindField(form, "consentOn")}
            data-testid="subcontract-consent-on"
          />
          <Button
            type="submit"
            variant="light"
            mt={25}
            loading={m.isPending}
            data-testid="subcontract-consent-save"
          >
            {tx("recordConsent")}
          </Button>
        </Group>
        <ErrorAlert error={m.error} />
      </Stack>
    </form>
  );
}

const SubcontractValues = z.object({
  contractorId: requiredChoice,
  parentId: z.string().nullable(),
  work: requiredText(2000),
  dataHandled: z.string().max(2000),
  measures: requiredText(2000),
});

export function Subcontracts({ c, onSaved }: { c: SupplierContract; onSaved(): void }) {
  const { tx, lab } = useTexts();
  const contractors = useQuery({
    queryKey: ["suppliers", "contractors"],
    queryFn: () => api.get("/api/suppliers/contractors", { query: { limit: 500 } }),
  });
  const file = useMutation({
    mutationFn: (v: z.output<typeof SubcontractValues>) =>
      api.post("/api/suppliers/contracts/{id}/subcontracts", {
        path: { id: c.id },
        body: { ...v, dataHandled: v.dataHandled.trim() || null },
      }),
    onSuccess: () => {
      form.reset();
      onSaved();
    },
  });
  const form = useActionForm(
    SubcontractValues,
    { contractorId: null, parentId: null, work: "", dataHandled: "", measures: "" },
    file.error,
  );
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
          <form
            {...form.formProps((v) => file.mutate(SubcontractValues.parse(v)))}
            data-testid="subcontract-form"
          >
            <Stack gap="xs">
              <Group grow align="flex-start">
                <Select
                  label={tx("subcontractor")}
                  required
                  data={(contractors.data?.data ?? []).map((k) => ({ value: k.id, label: k.name }))}
                  searchable
                  allowDeselect={false}
                  {...form.getInputProps("contractorId")}
                  data-testid="subcontract-contractor"
                />
                <Select
                  label={tx("parentContractor")}
                  placeholder={c.contractor?.name ?? ""}
                  data={settled.map((s) => ({
                    value: s.id,
                    label: `${s.contractorName}（${tx("levelPrefix")}${s.level}${tx("levelSuffix")}）`,
                  }))}
                  clearable
                  {...form.getInputProps("parentId")}
                />
              </Group>
              <Textarea
                label={tx("work")}
                required
                {...form.getInputProps("work")}
                data-testid="subcontract-work"
              />
              <Textarea label={tx("dataHandled")} {...form.getInputProps("dataHandled")} />
              <Textarea
                label={tx("subMeasures")}
                required
                {...form.getInputProps("measures")}
                data-testid="subcontract-measures"
              />
              <ErrorAlert error={file.error} />
              <Group>
                <Button type="submit" loading={file.isPending} data-testid="subcontract-file">
                  {tx("fileSubcontract")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
