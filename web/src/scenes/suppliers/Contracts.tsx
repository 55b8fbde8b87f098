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
import { CONTRACT_STATE_LABELS } from "../../../../common/labels";
import { api, withQuery } from "../../api";
import { useAuth } from "../../auth";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { Link, navigate } from "../../router";
import { useTexts } from "./labels";
import { useProfileChoices } from "./profile-choices";

function NewContractor({ onDone }: { onDone(id: string): void }) {
  const { tx } = useTexts();
  const [name, setName] = useState("");
  const [corporateNumber, setCorporateNumber] = useState("");
  const m = useMutation({
    mutationFn: () =>
      api.post("/api/suppliers/contractors", {
        body: {
          name,
          corporateNumber: corporateNumber || null,
        },
      }),
    onSuccess: (r) => {
      setName("");
      setCorporateNumber("");
      onDone(r.data.id);
    },
  });
  return (
    <Group align="flex-end" wrap="wrap">
      <TextInput label={tx("contractorName")} value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <TextInput
        label={tx("corporateNumber")}
        value={corporateNumber}
        onChange={(e) => setCorporateNumber(e.currentTarget.value)}
      />
      <Button variant="light" onClick={() => m.mutate()} loading={m.isPending} disabled={!name.trim()}>
        {tx("newContractor")}
      </Button>
      {m.error && <ErrorAlert error={m.error} />}
    </Group>
  );
}

function NewContract() {
  const { tx, pick } = useTexts();
  const { me } = useAuth();
  const qc = useQueryClient();
  const contractors = useQuery({
    queryKey: ["suppliers", "contractors"],
    queryFn: () => api.get("/api/suppliers/contractors", { query: { limit: 500 } }),
  });
  const { levels } = useProfileChoices();
  const [f, setF] = useState({
    contractorId: null as string | null,
    subject: "",
    startsOn: null as string | null,
    endsOn: null as string | null,
    informationLevels: [] as string[],
    personalInformation: false,
    specificPersonalInformation: false,
    systemWork: false,
    designatedManager: false,
    maintenance: false,
  });
  const m = useMutation({
    mutationFn: () =>
      api.post("/api/suppliers/contracts", {
        body: {
          ...f,
          departmentId: me?.user.departmentId ?? null,
        },
      }),
    onSuccess: (r) => {
      qc.invalidateQueries({ queryKey: ["suppliers"] });
      navigate(`/suppliers/contracts/${r.data.id}`);
    },
  });
  const flag = (key: keyof typeof f, label: string) => (
    <Checkbox
      label={label}
      checked={f[key] as boolean}
      onChange={(e) => setF({ ...f, [key]: e.currentTarget.checked })}
    />
  );
  return (
    <Card withBorder>
      <Stack>
        <NewContractor
          onDone={(id) => {
            qc.invalidateQueries({ queryKey: ["suppliers", "contractors"] });
            setF({ ...f, contractorId: id });
          }}
        />
        <Select
          label={tx("contractor")}
          data={(contractors.data?.data ?? []).map((k) => ({ value: k.id, label: k.name }))}
          value={f.contractorId}
          onChange={(v) => setF({ ...f, contractorId: v })}
          searchable
        />
        <TextInput
          label={tx("subject")}
          value={f.subject}
          onChange={(e) => setF({ ...f, subject: e.currentTarget.value })}
        />
        <Group grow>
          <DateField
            label={tx("startsOn")}
            value={f.startsOn}
            onChange={(v) => setF({ ...f, startsOn: v })}
          />
          <DateField label={tx("endsOn")} value={f.endsOn} onChange={(v) => setF({ ...f, endsOn: v })} />
        </Group>
        <MultiSelect
          label={tx("levels")}
          data={levels.map((l) => ({ value: l.key, label: pick({ ja: l.label, en: l.labelEn ?? l.label }) }))}
          value={f.informationLevels}
          onChange={(v) => setF({ ...f, informationLevels: v })}
        />
        <Group>
          {flag("systemWork", tx("systemWork"))}
          {flag("personalInformation", tx("personal"))}
          {flag("specificPersonalInformation", tx("specific"))}
          {flag("designatedManager", tx("designated"))}
          {flag("maintenance", tx("maintenance"))}
        </Group>
        {m.error && <ErrorAlert error={m.error} />}
        <Group>
          <Button onClick={() => m.mutate()} loading={m.isPending} data-testid="contract-create">
            {tx("create")}
          </Button>
        </Group>
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
