import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { PLAN_STATUS_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useActionForm } from "../../forms";
import { departmentOptions, useDepartments } from "../../hooks";
import { Link } from "../../router";
import { useTexts } from "./labels";

const PlanValues = z.object({
  departmentId: z.string(),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(8000),
  findingIds: z.array(z.string()).min(1).max(200),
});
type PlanV = z.infer<typeof PlanValues>;

function NewPlan({ onDone }: { onDone(): void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const departments = useDepartments();
  const create = useMutation({
    mutationFn: (v: PlanV) =>
      api.post("/api/assurance/improvement-plans", {
        body: {
          title: v.title.trim(),
          description: v.description.trim(),
          departmentId: v.departmentId || undefined,
          findingIds: v.findingIds,
        },
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["assurance"] });
      onDone();
    },
  });
  const form = useActionForm(
    PlanValues,
    { departmentId: "", title: "", description: "", findingIds: [] },
    create.error,
  );
  const departmentId = form.values.departmentId;
  const findings = useQuery({
    queryKey: ["assurance", "findings", "plannable", departmentId],
    queryFn: () =>
      api.get("/api/assurance/findings", {
        query: {
          state: "not_closed",
          departmentId: departmentId || undefined,
        },
      }),
  });
  const options = (findings.data?.data ?? [])
    .filter((f) => !f.plan_id)
    .map((f) => ({ value: f.id, label: `${f.title}（${f.unit_name ?? "—"}）` }));
  return (
    <Card withBorder mb="md">
      <form {...form.formProps((v) => create.mutate(v))} data-testid="plan-form">
        <Stack>
          <Select
            label={tx("department")}
            data={departmentOptions(departments.data)}
            value={departmentId || null}
            onChange={(v) => {
              form.setFieldValue("departmentId", v ?? "");
              form.setFieldValue("findingIds", []);
            }}
            error={form.errors.departmentId}
            clearable
            searchable
            placeholder={tx("all")}
          />
          <TextInput
            label={tx("title")}
            required
            maxLength={300}
            data-testid="plan-title"
            {...form.getInputProps("title")}
          />
          <Textarea
            label={tx("description")}
            autosize
            minRows={3}
            maxLength={8000}
            required
            data-testid="plan-description"
            {...form.getInputProps("description")}
          />
          <MultiSelect
            label={tx("findings")}
            data={options}
            searchable
            required
            data-testid="plan-findings"
            {...form.getInputProps("findingIds")}
          />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="plan-create">
              {tx("create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** 改善計画: findings grouped and approved by the duty the profile names: /assurance/plans. */
export default function Plans() {
  const { tx, lab, pick } = useTexts();
  const [creating, setCreating] = useState(false);
  const q = useQuery({
    queryKey: ["assurance", "plans"],
    queryFn: () => api.get("/api/assurance/improvement-plans"),
  });
  const rule = q.data?.data.rule;
  const plans = q.data?.data.plans ?? [];
  return (
    <>
      <PageHeader
        title={tx("plans")}
        description={rule ? pick(rule.text) : undefined}
        actions={
          q.data?.policies.create &&
          !creating && <Button onClick={() => setCreating(true)}>{tx("newPlan")}</Button>
        }
      />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {rule && (
          <Text size="sm" mb="md">
            <ClauseLink id={rule.clause} />
          </Text>
        )}
        {creating && <NewPlan onDone={() => setCreating(false)} />}
        {plans.length === 0 ? (
          <Empty>{tx("noPlans")}</Empty>
        ) : (
          <Table striped data-testid="plans">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("title")}</Table.Th>
                <Table.Th>{tx("department")}</Table.Th>
                <Table.Th>{tx("created")}</Table.Th>
                <Table.Th>{tx("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/assurance/plans/${p.id}`}>
                      {p.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.unitName ?? "—"}</Table.Td>
                  <Table.Td>
                    <DateText value={p.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{lab(PLAN_STATUS_LABELS, p.status)}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
