import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api, withQuery } from "../../api";
import { useAuth } from "../../auth";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { bindField, useActionForm } from "../../forms";
import { Link, navigate } from "../../router";
import { useProfileChoices } from "./profile-choices";
import { CATEGORY_LABELS, SERVICE_STATUS_LABELS, useServiceTexts } from "./service-labels";

type Category = keyof typeof CATEGORY_LABELS;
const NO_LEVEL = "none";

/**
 * What the browser checks before filing (the server's ServiceReq says the same and more: the
 * path's applicant, the reason and terms the path asks for come back as field errors).
 */
const ServiceValues = z.object({
  name: z.string().trim().min(1).max(200),
  provider: z.string().trim().min(1).max(200),
  termsKind: z.enum(["terms", "contract"]),
  category: z.enum(Object.keys(CATEGORY_LABELS) as [Category, ...Category[]]),
  highestLevel: z.string(),
  zone: z.string().nullable(),
  purpose: z.string().trim().min(1).max(2000),
  managerPersonId: z.string(),
  necessityReason: z.string().max(2000),
  termsCheckedOn: z.string().nullable(),
});
type ServiceValuesT = z.infer<typeof ServiceValues>;
/** The form's values: the manager may be unset until picked (the schema then names the field). */
type ServiceForm = Omit<ServiceValuesT, "managerPersonId"> & { managerPersonId: string | null };

/** The profile's path for what the form says so far: who approves, what is consulted, which checks. */
function PathPreview({ category, highestLevel }: { category: Category; highestLevel: string }) {
  const { tx, pick } = useServiceTexts();
  const q = useQuery({
    queryKey: ["external-services", "path", category, highestLevel],
    queryFn: () =>
      api.get("/api/external-services/path", {
        query: {
          category,
          highestLevel: highestLevel === NO_LEVEL ? undefined : highestLevel,
        },
      }),
  });
  const p = q.data?.data;
  return (
    <Card withBorder data-testid="service-path">
      <QueryState isLoading={q.isLoading} error={q.error}>
        {p ? (
          <Stack gap={4}>
            <Text fw={600}>
              {tx("pathPreview")}: {pick(p.title)}（{p.clauseLabel}）
            </Text>
            <Text size="sm">{pick(p.text)}</Text>
            <Group gap="xs">
              {p.approval && <Badge variant="light">{tx("needsApproval")}</Badge>}
              {p.consultation && <Badge variant="light">{tx("needsConsultation")}</Badge>}
              {p.necessityReason && <Badge variant="light">{tx("needsReason")}</Badge>}
              {p.termsCheck && <Badge variant="light">{tx("needsTerms")}</Badge>}
            </Group>
            {p.checks.length > 0 && (
              <Text size="sm">
                {tx("checksOfPath")}: {p.checks.map((c) => pick(c.label)).join("、")}
              </Text>
            )}
            {p.filedBy && (
              <Text size="sm" data-testid="service-path-filer">
                {tx("filedBy")}: {pick(p.filedBy.roles)}（{p.filedBy.clauseLabel}）
              </Text>
            )}
            {p.filedBy && !p.filedBy.mayFile && (
              <Text size="sm" c="orange">
                {tx("notApplicant")}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm">{tx("noRegister")}</Text>
        )}
      </QueryState>
    </Card>
  );
}

function NewService() {
  const { tx, pick, lab } = useServiceTexts();
  const { me } = useAuth();
  const qc = useQueryClient();
  const { levels, zones } = useProfileChoices();
  const m = useMutation({
    mutationFn: (v: ServiceForm) =>
      api.post("/api/external-services", {
        body: {
          ...v,
          departmentId: me?.user.departmentId ?? null,
          highestLevel: v.highestLevel === NO_LEVEL ? null : v.highestLevel,
          necessityReason: v.necessityReason.trim() || null,
        },
      }),
    onSuccess: (r) => {
      qc.invalidateQueries({ queryKey: ["external-services"] });
      navigate(`/external-services/${r.data.id}`);
    },
  });
  const form = useActionForm<typeof ServiceValues, ServiceForm>(
    ServiceValues,
    {
      name: "",
      provider: "",
      termsKind: "terms",
      category: "general",
      highestLevel: NO_LEVEL,
      zone: null,
      purpose: "",
      managerPersonId: me?.user.personId ?? null,
      necessityReason: "",
      termsCheckedOn: null,
    },
    m.error,
  );
  return (
    <Card withBorder>
      <form {...form.formProps((v) => m.mutate(v))}>
        <Stack>
          <Group grow>
            <TextInput label={tx("name")} required {...form.getInputProps("name")} />
            <TextInput label={tx("provider")} required {...form.getInputProps("provider")} />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={tx("category")}
              data={Object.keys(CATEGORY_LABELS).map((k) => ({ value: k, label: lab(CATEGORY_LABELS, k) }))}
              allowDeselect={false}
              {...form.getInputProps("category")}
            />
            <Select
              label={tx("highestLevel")}
              data={[
                ...levels.map((l) => ({
                  value: l.key,
                  label: pick({ ja: l.label, en: l.labelEn ?? l.label }),
                })),
                { value: NO_LEVEL, label: tx("noLevel") },
              ]}
              allowDeselect={false}
              {...form.getInputProps("highestLevel")}
            />
            <Select
              label={tx("zone")}
              data={zones.map((z) => ({ value: z.key, label: pick(z.name) }))}
              clearable
              {...form.getInputProps("zone")}
            />
          </Group>
          <PathPreview category={form.values.category} highestLevel={form.values.highestLevel} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {tx("termsKind")}
            </Text>
            <SegmentedControl
              data={[
                { value: "terms", label: tx("terms") },
                { value: "contract", label: tx("contract") },
              ]}
              {...form.getInputProps("termsKind")}
            />
          </Stack>
          <Textarea label={tx("purpose")} required autosize minRows={2} {...form.getInputProps("purpose")} />
          <PersonPicker
            label={tx("manager")}
            required
            initialLabel={me?.user.name}
            {...bindField(form, "managerPersonId")}
          />
          <Textarea
            label={tx("necessityReason")}
            autosize
            minRows={2}
            {...form.getInputProps("necessityReason")}
          />
          <DateField label={tx("termsCheckedOn")} {...bindField(form, "termsCheckedOn")} />
          {m.error && <ErrorAlert error={m.error} />}
          <Group>
            <Button type="submit" loading={m.isPending} data-testid="service-file">
              {tx("file")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function ServiceTable({ view }: { view: string }) {
  const { tx, lab, pick } = useServiceTexts();
  const [q, setQ] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(q, 250);
  const list = useQuery({
    queryKey: ["external-services", view, debounced, status],
    queryFn: () =>
      api.get("/api/external-services", {
        query: {
          view,
          q: debounced.trim() || undefined,
          status: status ?? undefined,
        },
      }),
  });
  const rows = list.data?.data ?? [];
  // The files hold what the list shows with these filters, every page of it.
  const exportHref = (format: string) =>
    withQuery(`/api/external-services/export.${format}`, {
      view,
      q: debounced.trim() || undefined,
      status: status ?? undefined,
    });
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput label={tx("search")} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <Select
          label={tx("statusFilter")}
          clearable
          value={status}
          onChange={setStatus}
          data={Object.keys(SERVICE_STATUS_LABELS).map((k) => ({
            value: k,
            label: lab(SERVICE_STATUS_LABELS, k),
          }))}
        />
        <Anchor href={exportHref("xlsx")} download data-testid="services-export-xlsx">
          {tx("exportXlsx")}
        </Anchor>
        <Anchor href={exportHref("csv")} download data-testid="services-export-csv">
          {tx("exportCsv")}
        </Anchor>
        <Anchor href={exportHref("pdf")} download data-testid="services-export-pdf">
          {tx("exportPdf")}
        </Anchor>
      </Group>
      <QueryState isLoading={list.isLoading} error={list.error}>
        {rows.length === 0 ? (
          <Empty>{tx("none")}</Empty>
        ) : (
          <Table striped data-testid="service-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("name")}</Table.Th>
                <Table.Th>{tx("provider")}</Table.Th>
                <Table.Th>{tx("category")}</Table.Th>
                <Table.Th>{tx("highestLevel")}</Table.Th>
                <Table.Th>{tx("department")}</Table.Th>
                <Table.Th>{tx("path")}</Table.Th>
                <Table.Th>{tx("status")}</Table.Th>
                <Table.Th>{tx("nextCheck")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/external-services/${s.id}`}>
                      {s.name}
                    </Anchor>
                    {s.requestNumber != null && (
                      <Text size="xs" c="dimmed">
                        {tx("requestNo", { n: s.requestNumber })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{s.provider}</Table.Td>
                  <Table.Td>{pick(s.categoryLabel)}</Table.Td>
                  <Table.Td>{s.highestLevelLabel ? pick(s.highestLevelLabel) : tx("noLevel")}</Table.Td>
                  <Table.Td>{s.departmentName ?? "—"}</Table.Td>
                  <Table.Td>
                    {s.pathTitle ? pick(s.pathTitle) : "—"}
                    <Text size="xs" c="dimmed">
                      {s.pathClauseLabel}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{pick(s.statusLabel)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {s.nextCheck ? (
                      <>
                        {pick(s.nextCheck.phaseLabel)} <DateText value={s.nextCheck.dueOn} />{" "}
                        {s.checkOverdue && <Badge color="red">{tx("overdue")}</Badge>}
                      </>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      {list.data && list.data.total > rows.length && (
        <List size="sm">
          <List.Item>
            {rows.length} / {list.data.total}
          </List.Item>
        </List>
      )}
    </Stack>
  );
}

export default function ExternalServices() {
  const { tx } = useServiceTexts();
  const [creating, setCreating] = useState(false);
  const [view, setView] = useState<string | null>("mine");
  return (
    <Stack>
      <PageHeader
        title={tx("services")}
        description={tx("servicesHint")}
        actions={
          <Button
            variant={creating ? "default" : "filled"}
            onClick={() => setCreating(!creating)}
            data-testid="service-new"
          >
            {tx("newService")}
          </Button>
        }
      />
      {creating && <NewService />}
      <Tabs value={view} onChange={setView}>
        <Tabs.List>
          <Tabs.Tab value="mine">{tx("mine")}</Tabs.Tab>
          <Tabs.Tab value="checks_due">{tx("checksDue")}</Tabs.Tab>
          <Tabs.Tab value="all">{tx("all")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <ServiceTable view={view ?? "mine"} />
    </Stack>
  );
}
