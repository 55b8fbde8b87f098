import { Anchor, Badge, Button, Card, Group, Select, Stack, Table, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useActionForm } from "../../forms";
import { Link, navigate } from "../../router";
import { dutyLabel, fiscalYearNow, useTexts, yearOptions } from "./labels";

const PlanForm = z.object({
  fiscalYear: z.number().int(),
  title: z.string().trim().min(1).max(200),
  note: z.string().max(4000),
});

function NewPlan({ onClose }: { onClose(): void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: z.infer<typeof PlanForm>) =>
      api.post("/api/training/plans", { body: { ...v, note: v.note.trim() || undefined } }),
    onSuccess: async (res) => {
      await qc.invalidateQueries({ queryKey: ["training"] });
      navigate(`/training/plans/${res.data.id}`);
    },
  });
  const form = useActionForm(PlanForm, { fiscalYear: fiscalYearNow(), title: "", note: "" }, save.error);
  return (
    <Card withBorder mb="md">
      <form {...form.formProps((v) => save.mutate(v))}>
        <Stack>
          <Select
            label={tx("fiscalYear")}
            data={yearOptions(fiscalYearNow())}
            value={String(form.values.fiscalYear)}
            onChange={(v) => v && form.setFieldValue("fiscalYear", Number(v))}
            allowDeselect={false}
            error={form.errors.fiscalYear}
          />
          <TextInput label={tx("title")} required {...form.getInputProps("title")} data-testid="plan-title" />
          <Textarea label={tx("note")} autosize minRows={2} {...form.getInputProps("note")} />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="plan-create">
              {tx("create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** /training/plans: the yearly plans, their state, and who approves them (from the profile). */
export default function Plans() {
  const { tx, pick } = useTexts();
  const [creating, setCreating] = useState(false);
  const plans = useQuery({
    queryKey: ["training", "plans"],
    queryFn: () => api.get("/api/training/plans"),
  });
  const d = plans.data?.data;
  const rules = d?.rules;
  return (
    <>
      <PageHeader
        title={tx("plans")}
        description={tx("plansHint")}
        actions={
          plans.data?.policies?.manage && (
            <Button onClick={() => setCreating(true)} data-testid="new-plan">
              {tx("newPlan")}
            </Button>
          )
        }
      />
      {creating && <NewPlan onClose={() => setCreating(false)} />}
      <QueryState isLoading={plans.isLoading} error={plans.error}>
        <Stack>
          {rules && (
            <Group gap="xs" data-testid="plan-approval-rule">
              <Badge variant="light">{tx("approvalBy")}</Badge>
              {rules.plan_approval ? (
                <>
                  <span>{dutyLabel(rules.plan_approval.duty, pick)}</span>
                  <ClauseLink id={rules.plan_approval.clause} />
                </>
              ) : (
                <span>{tx("noApproval")}</span>
              )}
              {rules.deliberated_by && (
                <>
                  <Badge variant="light">{tx("deliberatedBy")}</Badge>
                  <span>{pick(rules.deliberated_by.body)}</span>
                  <ClauseLink id={rules.deliberated_by.clause} />
                </>
              )}
            </Group>
          )}
          {d?.plans?.length ? (
            <Table striped data-testid="plans">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx("fiscalYear")}</Table.Th>
                  <Table.Th>{tx("title")}</Table.Th>
                  <Table.Th>{tx("status")}</Table.Th>
                  <Table.Th>{tx("approvedAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.plans.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.fiscalYearLabel}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} href={`/training/plans/${p.id}`} data-testid="plan-link">
                        {p.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{pick(p.statusLabel)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <DateText value={p.approvedAt} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Empty>{tx("noPlans")}</Empty>
          )}
        </Stack>
      </QueryState>
    </>
  );
}
