import { Badge, Button, Card, Group, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import { OverrideReasonField } from "../../components/OverrideReasonField";
import type { TrainingPlan, TrainingRules } from "../../contract";
import { useActionForm } from "../../forms";
import { CourseForm } from "./CourseForm";
import { useTexts } from "./labels";
import { MaterialPdfLink, MaterialPdfUpload } from "./MaterialPdf";
import { Reports } from "./Reports";

const AUDIENCE_WORD = {
  everyone: "everyone",
  roles: "byRoles",
  employment: "byEmployment",
  departments: "byDepartments",
} as const;

const ActionValues = z.object({ note: z.string().max(4000), overrideReason: z.string().max(2000) });
type ActionValuesT = z.infer<typeof ActionValues>;

function PlanActions({ plan, rules }: { plan: TrainingPlan; rules: TrainingRules }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const act = useMutation({
    mutationFn: ({ action, note, overrideReason }: ActionValuesT & { action: string }) =>
      api.post("/api/training/plans/{id}/actions", {
        path: { id: plan.id },
        body: {
          action,
          note: note.trim() || undefined,
          // Only an approval carries the unavoidable reason (the server records it with the approval).
          overrideReason: action === "approve" ? overrideReason.trim() || undefined : undefined,
        },
      }),
    onSuccess: () => {
      form.reset();
      return qc.invalidateQueries({ queryKey: ["training"] });
    },
  });
  const form = useActionForm(ActionValues, { note: "", overrideReason: "" }, act.error);
  /** Each button sends its own action with what the form holds, once the form is valid. */
  const send = (action: string) => {
    if (!form.validate().hasErrors) act.mutate({ ...form.values, action });
  };
  const p = plan.policies ?? {};
  const approval = !!rules?.plan_approval;
  const buttons: Array<{ action: string; label: string; color?: string }> = [];
  if (plan.status === "draft" && p.manage) buttons.push({ action: "submit", label: tx("submit") });
  if (plan.status === "submitted" && approval && p.approve) {
    buttons.push({ action: "approve", label: tx("approve") });
    buttons.push({ action: "return", label: tx("return"), color: "gray" });
  }
  if (plan.status === "submitted" && !approval && p.manage) {
    buttons.push({ action: "put_in_effect", label: tx("putInEffect") });
    buttons.push({ action: "return", label: tx("return"), color: "gray" });
  }
  if (plan.status === "approved" && p.manage)
    buttons.push({ action: "put_in_effect", label: tx("putInEffect") });
  if (!buttons.length) return null;
  return (
    <Card withBorder>
      <Stack>
        <Textarea label={tx("note")} {...form.getInputProps("note")} autosize />
        {buttons.some((b) => b.action === "approve") && (
          <OverrideReasonField
            label={tx("overrideReason")}
            value={form.values.overrideReason}
            onChange={(r) => form.setFieldValue("overrideReason", r)}
            error={form.errors.overrideReason as string | undefined}
            testId="plan-override-reason"
          />
        )}
        {/* The refusal (兼務の禁止) names who else can approve. */}
        <ErrorAlert error={act.error} testId="plan-action-error" />
        <Group>
          {buttons.map((b) => (
            <Button
              key={b.action}
              color={b.color}
              variant={b.color ? "default" : "filled"}
              onClick={() => send(b.action)}
              loading={act.isPending && act.variables?.action === b.action}
              data-testid={`plan-${b.action}`}
            >
              {b.label}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

/** /training/plans/:id: a yearly plan, its courses, its approval and the chain of reports. */
export default function PlanDetail({ params }: { params: { id: string } }) {
  const { tx, pick } = useTexts();
  const [adding, setAdding] = useState(false);
  const plan = useQuery({
    queryKey: ["training", "plan", params.id],
    queryFn: () => api.get("/api/training/plans/{id}", { path: { id: params.id } }),
  });
  const d = plan.data?.data;
  return (
    <>
      <PageHeader
        title={d ? `${d.fiscalYearLabel} ${d.title}` : tx("plans")}
        back={{ href: "/training/plans", label: tx("plans") }}
        actions={
          d?.status === "draft" &&
          d.policies?.manage && (
            <Button onClick={() => setAdding(true)} data-testid="add-course">
              {tx("addCourse")}
            </Button>
          )
        }
      />
      <QueryState isLoading={plan.isLoading} error={plan.error}>
        {d && (
          <Stack gap="lg">
            <Group gap="md" data-testid="plan-state">
              <Badge size="lg" variant="light">
                {pick(d.statusLabel)}
              </Badge>
              {d.submittedAt && (
                <Text size="sm">
                  {tx("submittedAt")}: <DateText value={d.submittedAt} />（{d.submittedBy ?? "—"}）
                </Text>
              )}
              {d.approvedAt && (
                <Text size="sm">
                  {tx("approvedAt")}: <DateText value={d.approvedAt} />（{d.approvedBy ?? "—"}）{" "}
                  <ClauseLink id={d.approvalClause} />
                </Text>
              )}
            </Group>
            {d.note && <Text style={{ whiteSpace: "pre-wrap" }}>{d.note}</Text>}
            <PlanActions plan={d} rules={d.rules} />
            {adding && <CourseForm planId={d.id} onClose={() => setAdding(false)} />}
            <div>
              <Title order={3} size="h4" mb="xs">
                {tx("courses")}
              </Title>
              {d.courses.length ? (
                <>
                  <ExportLinks
                    path="/api/training/courses/export"
                    query={{ fiscalYear: d.fiscalYear }}
                    testId="courses-export"
                  />
                  <Table striped data-testid="plan-courses">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{tx("title")}</Table.Th>
                        <Table.Th>{tx("delivery")}</Table.Th>
                        <Table.Th>{tx("audience")}</Table.Th>
                        <Table.Th>{tx("dueDate")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.courses.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>
                            {c.title}{" "}
                            <Badge size="xs" variant="outline" color={c.mandatory ? "blue" : "gray"}>
                              {tx(c.mandatory ? "mandatory" : "optional")}
                            </Badge>{" "}
                            {c.newHire && (
                              <Badge size="xs" variant="outline" color="grape">
                                {tx("newHire")}
                              </Badge>
                            )}
                            {c.delivery === "elearning" &&
                              (d.status === "draft" && d.policies?.manage ? (
                                <MaterialPdfUpload course={c} />
                              ) : (
                                <MaterialPdfLink course={c} />
                              ))}
                          </Table.Td>
                          <Table.Td>{pick(c.deliveryLabel)}</Table.Td>
                          <Table.Td>
                            {tx(AUDIENCE_WORD[c.audience.kind as keyof typeof AUDIENCE_WORD])}
                          </Table.Td>
                          <Table.Td>
                            <DateText value={c.dueDate} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </>
              ) : (
                <Empty>{tx("noCourses")}</Empty>
              )}
            </div>
            <Reports plan={d} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
