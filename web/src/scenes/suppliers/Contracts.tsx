import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  Tabs,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { CONTRACT_STATE_LABELS } from "../../../../common/labels";
import { api, withQuery } from "../../api";
import { useAuth } from "../../auth";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { requiredChoice, requiredDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { Link, navigate } from "../../router";
import { useTexts } from "./labels";
import { useProfileChoices } from "./profile-choices";

const ContractorValues = z.object({
  name: requiredText(200),
  corporateNumber: z.string().trim().max(20),
});
type ContractorV = z.infer<typeof ContractorValues>;

function NewContractor({ onDone }: { onDone(id: string): void }) {
  const { tx } = useTexts();
  const m = useMutation({
    mutationFn: (v: ContractorV) =>
      api.post("/api/suppliers/contractors", {
        body: { name: v.name, corporateNumber: v.corporateNumber.trim() || null },
      }),
    onSuccess: (r) => {
      form.reset();
      onDone(r.data.id);
    },
  });
  const form = useActionForm(ContractorValues, { name: "", corporateNumber: "" }, m.error);
  return (
    <form {...form.formProps((v) => m.mutate(v))} data-testid="contractor-form">
      <Group align="flex-start" wrap="wrap">
        <TextInput
          label={tx("contractorName")}
          required
          {...form.getInputProps("name")}
          data-testid="contractor-name"
        />
        <TextInput
          label={tx("corporateNumber")}
          {...form.getInputProps("corporateNumber")}
          data-testid="contractor-number"
        />
        <Button type="submit" variant="light" mt={25} loading={m.isPending} data-testid="contractor-create">
          {tx("newContractor")}
        </Button>
      </Group>
      <ErrorAlert error={m.error} />
    </form>
  );
}

const ContractValues = z.object({
  contractorId: requiredChoice,
  subject: requiredText(300),
  startsOn: requiredDate,
  endsOn: requiredDate,
  informationLevels: z.array(z.string()),
  personalInformation: z.boolean(),
  specificPersonalInformation: z.boolean(),
  systemWork: z.boolean(),
  designatedManager: z.boolean(),
  maintenance: z.boolean(),
});
type Flag =
  | "systemWork"
  | "personalInformation"
  | "specificPersonalInformation"
  | "designatedManager"
  | "maintenance";

function NewContract() {
  const { tx, pick } = useTexts();
  const { me } = useAuth();
  const qc = useQueryClient();
  const contractors = useQuery({
    queryKey: ["suppliers", "contractors"],
    queryFn: () => api.get("/api/suppliers/contractors", { query: { limit: 500 } }),
  });
  const { levels } = useProfileChoices();
  const m = useMutation({
    mutationFn: (v: z.output<typeof ContractValues>) =>
      api.post("/api/suppliers/contracts", {
        body: {
          ...v,
          departmentId: me?.user.departmentId ?? null,
        },
      }),
    onSuccess: (r) => {
      qc.invalidateQueries({ queryKey: ["suppliers"] });
      navigate(`/suppliers/contracts/${r.data.id}`);
    },
  });
  const form = useActionForm(
    ContractValues,
    {
      contractorId: null,
      subject: "",
      startsOn: null,
      endsOn: null,
      informationLevels: [],
      personalInformation: false,
      specificPersonalInformation: false,
      systemWork: false,
      designatedManager: false,
      maintenance: false,
    },
    m.error,
  );
  const flag = (key: Flag, label: string) => (
    <Checkbox label={label} {...form.getInputProps(key, { type: "checkbox" })} />
  );
  return (
    <Card withBorder>
      <Stack>
        <NewContractor
          onDone={(id) => {
            qc.invalidateQueries({ queryKey: ["suppliers", "contractors"] });
            form.setFieldValue("contractorId", id);
          }}
        />
        <form {...form.formProps((x) => m.mutate(ContractValues.parse(x)))} data-testid="contract-form">
          <Stack>
            <Select
              label={tx("contractor")}
              required
              data={(contractors.data?.data ?? []).map((k) => ({ value: k.id, label: k.name }))}
              searchable
              allowDeselect={false}
              {...form.getInputProps("contractorId")}
              data-testid="contract-contractor"
            />
            <TextInput
              label={tx("subject")}
              required
              {...form.getInputProps("subject")}
              data-testid="contract-subject"
            />
            <Group grow align="flex-start">
              <DateField
                label={tx("startsOn")}
                required
                {...bindField(form, "startsOn")}
                data-testid="contract-starts"
              />
              <DateField
                label={tx("endsOn")}
                required
                {...bindField(form, "endsOn")}
                data-testid="contract-ends"
              />
            </Group>
            <MultiSelect
              label={tx("levels")}
              data={levels.map((l) => ({
                value: l.key,
                label: pick({ ja: l.label, en: l.labelEn ?? l.label }),
              }))}
              {...form.getInputProps("informationLevels")}
            />
            <Group>
              {flag("systemWork", tx("systemWork"))}
              {flag("personalInformation", tx("personal"))}
              {flag("specificPersonalInformation", tx("specific"))}
              {flag("designatedManager", tx("designated"))}
              {flag("maintenance", tx("maintenance"))}
            </Group>
            <ErrorAlert error={m.error} />
            <Group>
              <Button type="submit" loading={m.isPending} data-testid="contract-create">
                {tx("create")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function List({ view }: { view: string }) {
  const { tx, lab, pick } = useTexts();
  const q = useQuery({
    queryKey: ["suppliers", "contracts", view],
    queryFn: () => api.get("/api/suppliers/contracts", { query: { view } }),
  });
  const rows = q.data?.data ?? [];
  // The files hold the rows of this tab, as the server's list does (marked, recorded in the audit log).
  const exportHref = (format: string) => withQuery(`/api/suppliers/contracts/export.${format}`, { view });
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      <Group justify="flex-end" gap="xs" mb="xs">
        <Anchor href={exportHref("xlsx")} download data-testid="contracts-export-xlsx">
          {tx("exportXlsx")}
        </Anchor>
        <Anchor href={exportHref("csv")} download data-testid="contracts-export-csv">
          {tx("exportCsv")}
        </Anchor>
        <Anchor href={exportHref("pdf")} download data-testid="contracts-export-pdf">
          {tx("exportPdf")}
        </Anchor>
      </Group>
      {rows.length === 0 ? (
        <Empty>{tx("none")}</Empty>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx("subject")}</Table.Th>
              <Table.Th>{tx("contractor")}</Table.Th>
              <Table.Th>{tx("department")}</Table.Th>
              <Table.Th>{tx("period")}</Table.Th>
              <Table.Th>{tx("levels")}</Table.Th>
              <Table.Th>{tx("state")}</Table.Th>
              <Table.Th>{tx("nextCheck")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/suppliers/contracts/${r.id}`}>
                    {r.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.contractorName}</Table.Td>
                <Table.Td>{r.departmentName}</Table.Td>
                <Table.Td>
                  <DateText value={r.startsOn} /> ～ <DateText value={r.endsOn} />
                </Table.Td>
                <Table.Td>{r.informationLevelLabels.map((l) => pick(l)).join("、") || "—"}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{lab(CONTRACT_STATE_LABELS, r.state)}</Badge>
                </Table.Td>
                <Table.Td>
                  {r.nextCheckOn ? <DateText value={r.nextCheckOn} /> : "—"}{" "}
                  {r.checkOverdue && <Badge color="red">{tx("overdue")}</Badge>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryState>
  );
}

export default function Contracts() {
  const { tx } = useTexts();
  const [creating, setCreating] = useState(false);
  const [view, setView] = useState<string | null>("mine");
  return (
    <Stack>
      <PageHeader
        title={tx("contracts")}
        description={tx("contractsHint")}
        actions={
          <Button variant={creating ? "default" : "filled"} onClick={() => setCreating(!creating)}>
            {tx("newContract")}
          </Button>
        }
      />
      {creating && <NewContract />}
      <Tabs value={view} onChange={setView}>
        <Tabs.List>
          <Tabs.Tab value="mine">{tx("mine")}</Tabs.Tab>
          <Tabs.Tab value="checks_due">{tx("checksDue")}</Tabs.Tab>
          <Tabs.Tab value="all">{tx("all")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <List view={view ?? "mine"} />
    </Stack>
  );
}
