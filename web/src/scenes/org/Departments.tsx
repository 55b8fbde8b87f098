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
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { Department, DepartmentNode, PersonSummary } from "../../contract";
import { useActionForm } from "../../forms";
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

/** What the browser can check of a unit (the server's DepartmentCreateReq); the server checks the rest. */
const Values = z.object({
  code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().max(200),
  kind: z.enum(["bureau", "department"]),
  parentId: z.string().nullable(),
  sortOrder: z.number().int().min(0).max(100000),
  active: z.boolean(),
});
type FormState = z.infer<typeof Values>;

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
  const save = useMutation({
    mutationFn: async (v: FormState) => {
      const body = {
        code: v.code.trim(),
        name: v.name.trim(),
        nameEn: v.nameEn.trim() || null,
        parentId: v.parentId,
        sortOrder: v.sortOrder,
        ...(existing ? { active: v.active } : { kind: v.kind }),
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
  const form = useActionForm(Values, initial, save.error);
  const parents = departmentOptions(deps.data).filter((o) => o.value !== existing?.id);

  return (
    <form {...form.formProps((v) => save.mutate(v))} data-testid="department-form">
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        <Group grow>
          <TextInput
            label={t("departments.code")}
            {...form.getInputProps("code")}
            required
            maxLength={32}
            data-testid="department-code"
          />
          {!existing && (
            <Select
              label={t("departments.kind")}
              required
              data={[
                { value: "department", label: t("departments.kinds.department") },
                { value: "bureau", label: t("departments.kinds.bureau") },
              ]}
              allowDeselect={false}
              {...form.getInputProps("kind")}
              data-testid="department-kind"
            />
          )}
        </Group>
        <TextInput
          label={t("departments.name")}
          {...form.getInputProps("name")}
          required
          maxLength={100}
          data-testid="department-name"
        />
        <TextInput label={t("departments.nameEn")} {...form.getInputProps("nameEn")} maxLength={200} />
        <Select
          label={t("departments.parent")}
          data={parents}
          clearable
          searchable
          allowDeselect={false}
          placeholder={t("departments.noParent")}
          {...form.getInputProps("parentId")}
          data-testid="department-parent"
        />
        <NumberInput
          label={t("departments.sortOrder")}
          min={0}
          max={100000}
          w={160}
          allowDecimal={false}
          {...form.getInputProps("sortOrder")}
        />
        {existing && (
          <Switch label={t("departments.active")} {...form.getInputProps("active", { type: "checkbox" })} />
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
