import {
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { Empty, ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import type { Department, DepartmentNode, PersonSummary } from "../../contract";
import { departmentOptions, listOf, useDepartments } from "../../hooks";
import { Link, navigate } from "../../router";

function Tree({
  nodes,
  selected,
  depth = 0,
}: {
  nodes: DepartmentNode[];
  selected: string | null;
  depth?: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      {nodes.map((d) => (
        <div key={d.id}>
          <div
            className="tree-row"
            data-active={d.id === selected}
            style={{ paddingLeft: 6 + depth * 18 }}
            onClick={() => navigate(`/org/departments/${d.id}`)}
            onKeyDown={(e) => e.key === "Enter" && navigate(`/org/departments/${d.id}`)}
            role="treeitem"
            aria-selected={d.id === selected}
            tabIndex={0}
            data-testid={`department-${d.code}`}
          >
            <Text size="sm" c={d.active ? undefined : "dimmed"} td={d.active ? undefined : "line-through"}>
              {d.kind === "bureau" ? "▾ " : "・"}
              {d.name}
            </Text>
            <Text size="xs" c="dimmed" className="mono">
              {d.code}
            </Text>
            {typeof d.peopleCount === "number" && (
              <Text size="xs" c="dimmed" ml="auto">
                {t("departments.peopleCount", { n: d.peopleCount })}
              </Text>
            )}
          </div>
          {d.children.length > 0 && <Tree nodes={d.children} selected={selected} depth={depth + 1} />}
        </div>
      ))}
    </>
  );
}

interface FormState {
  code: string;
  name: string;
  nameEn: string;
  kind: "bureau" | "department";
  parentId: string | null;
  sortOrder: number;
  active: boolean;
}

function DepartmentForm({
  initial,
  existing,
  onClose,
}: {
  initial: FormState;
  existing: Department | null;
  onClose(id?: string): void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const deps = useDepartments(true);
  const [form, setForm] = useState<FormState>(initial);
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        code: form.code.trim(),
        name: form.name.trim(),
        nameEn: form.nameEn.trim() || null,
        parentId: form.parentId,
        sortOrder: form.sortOrder,
        ...(existing ? { active: form.active } : { kind: form.kind }),
      };
      return existing
        ? await api.patch("/api/departments/{id}", { path: { id: existing.id }, body })
        : await api.post("/api/departments", { body });
    },
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: ["departments"] });
      onClose(d.id);
    },
  });
  const fieldError = useFieldError(save.error);
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const parents = departmentOptions(deps.data).filter((o) => o.value !== existing?.id);

  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
      noValidate
      data-testid="department-form"
    >
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        <Group grow>
          <TextInput
            label={t("departments.code")}
            value={form.code}
            onChange={(e) => set("code", e.currentTarget.value)}
            error={fieldError("code")}
            required
            maxLength={32}
            data-testid="department-code"
          />
          {!existing && (
            <Select
              label={t("departments.kind")}
              value={form.kind}
              onChange={(v) => set("kind", v === "bureau" ? "bureau" : "department")}
              data={[
                { value: "department", label: t("departments.kinds.department") },
                { value: "bureau", label: t("departments.kinds.bureau") },
              ]}
              allowDeselect={false}
              error={fieldError("kind")}
              data-testid="department-kind"
            />
          )}
        </Group>
        <TextInput
          label={t("departments.name")}
          value={form.name}
          onChange={(e) => set("name", e.currentTarget.value)}
          error={fieldError("name")}
          required
          maxLength={100}
          data-testid="department-name"
        />
        <TextInput
          label={t("departments.nameEn")}
          value={form.nameEn}
          onChange={(e) => set("nameEn", e.currentTarget.value)}
          error={fieldError("nameEn")}
          maxLength={200}
        />
        <Select
          label={t("departments.parent")}
          value={form.parentId}
          onChange={(v) => set("parentId", v)}
          data={parents}
          clearable
          searchable
          placeholder={t("departments.noParent")}
          error={fieldError("parentId")}
          data-testid="department-parent"
        />
        <NumberInput
          label={t("departments.sortOrder")}
          value={form.sortOrder}
          onChange={(v) => set("sortOrder", typeof v === "number" ? v : 0)}
          min={0}
          max={100000}
          w={160}
          error={fieldError("sortOrder")}
        />
        {existing && (
          <Switch
            label={t("departments.active")}
            checked={form.active}
            onChange={(e) => set("active", e.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose()}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="department-save">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DepartmentPanel({ dept, onEdit }: { dept: Department; onEdit(): void }) {
  const { t } = useTranslation();
  const deps = useDepartments();
  const members = useQuery({
    queryKey: ["people", { departmentId: dept.id }],
    queryFn: () => api.get("/api/people", { query: { departmentId: dept.id, limit: 200 } }),
  });
  const people = listOf<PersonSummary>(members.data);
  const parent = dept.parentId ? deps.data?.byId.get(dept.parentId) : null;
  return (
    <Card withBorder padding="lg" data-testid="department-detail">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Group gap="xs">
            <Title order={4}>{dept.name}</Title>
            <Badge variant="light" color={dept.kind === "bureau" ? "grape" : "blue"}>
              {t(`departments.kinds.${dept.kind}`)}
            </Badge>
            {!dept.active && <Badge color="gray">{t("departments.inactive")}</Badge>}
          </Group>
          <Text size="xs" c="dimmed">
            {t("departments.code")}: <span className="mono">{dept.code}</span>
            {dept.nameEn ? ` ・ ${dept.nameEn}` : ""}
            {parent ? ` ・ ${t("departments.parent")}: ${parent.name}` : ""}
          </Text>
        </div>
        {dept.policies?.update && (
          <Button size="xs" variant="default" onClick={onEdit} data-testid="department-edit">
            {t("common.edit")}
          </Button>
        )}
      </Group>
      <Text fw={600} size="sm" mb={4}>
        {t("departments.members")}
      </Text>
      <QueryState isLoading={members.isLoading} error={members.error}>
        {people.length === 0 ? (
          <Empty>{t("departments.noMembers")}</Empty>
        ) : (
          <Table className="data-table" striped={false} highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("person.name")}</Table.Th>
                <Table.Th>{t("person.title")}</Table.Th>
                <Table.Th>{t("person.employmentType")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Link href={`/org/people/${p.id}`}>{p.name}</Link>
                  </Table.Td>
                  <Table.Td>{p.title ?? "—"}</Table.Td>
                  <Table.Td>{t(`employment.${p.employmentType}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Card>
  );
}

const EMPTY: FormState = {
  code: "",
  name: "",
  nameEn: "",
  kind: "department",
  parentId: null,
  sortOrder: 0,
  active: true,
};

export default function Departments({ params }: { params: { id?: string } }) {
  const { t } = useTranslation();
  const [showInactive, setShowInactive] = useState(false);
  const deps = useDepartments(showInactive);
  const [editing, setEditing] = useState<"new" | Department | null>(null);
  const selected = params.id ? (deps.data?.byId.get(params.id) ?? null) : null;
  // The list carries department.create (the server decides); nothing while it loads.
  const canCreate = deps.data?.policies.create === true;

  return (
    <>
      <PageHeader
        title={t("departments.title")}
        description={t("departments.description")}
        actions={
          canCreate && (
            <Button onClick={() => setEditing("new")} data-testid="department-new">
              {t("departments.new")}
            </Button>
          )
        }
      />
      <QueryState isLoading={deps.isLoading} error={deps.error}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder padding="sm" data-testid="department-tree">
              <Group justify="space-between" mb="xs" px={6}>
                <Text size="sm" fw={600}>
                  {t("departments.tree")}
                </Text>
                <Switch
                  size="xs"
                  label={t("departments.showInactive")}
                  checked={showInactive}
                  onChange={(e) => setShowInactive(e.currentTarget.checked)}
                />
              </Group>
              {deps.data?.tree.length ? (
                <div role="tree" aria-label={t("departments.tree")}>
                  <Tree nodes={deps.data.tree} selected={params.id ?? null} />
                </div>
              ) : (
                <Empty>{t("departments.empty")}</Empty>
              )}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <DepartmentPanel dept={selected} onEdit={() => setEditing(selected)} />
            ) : (
              <Card withBorder padding="lg">
                <Text size="sm" c="dimmed">
                  {t("departments.select")}
                </Text>
              </Card>
            )}
          </Grid.Col>
        </Grid>
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("departments.new") : t("departments.edit")}
        size="lg"
      >
        {editing !== null && (
          <DepartmentForm
            existing={editing === "new" ? null : editing}
            initial={
              editing === "new"
                ? { ...EMPTY, parentId: selected?.kind === "bureau" ? selected.id : null }
                : {
                    code: editing.code,
                    name: editing.name,
                    nameEn: editing.nameEn ?? "",
                    kind: editing.kind,
                    parentId: editing.parentId,
                    sortOrder: editing.sortOrder,
                    active: editing.active,
                  }
            }
            onClose={(id) => {
              setEditing(null);
              if (id) navigate(`/org/departments/${id}`);
            }}
          />
        )}
      </Modal>
    </>
  );
}
