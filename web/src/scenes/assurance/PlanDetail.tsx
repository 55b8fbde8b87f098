import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { PLAN_STATUS_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useActionForm } from "../../forms";
import { Link } from "../../router";
import { useTexts } from "./labels";
import { Due, FindingStateBadge, SeverityBadge } from "./parts";

const DecisionValues = z.object({ note: z.string().trim().max(2000) });

/** One improvement plan: its findings, submission, and the approver's decision: /assurance/plans/:id. */
export default function PlanDetail({ params }: { params: { id: string } }) {
  const { tx, lab, pick } = useTexts();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ["assurance", "plan", params.id],
    queryFn: () => api.get("/api/assurance/improvement-plans/{id}", { path: { id: params.id } }),
  });
  const act = useMutation({
    mutationFn: ({ step, note = "" }: { step: "submit" | "approve" | "return"; note?: string }) =>
      step === "submit"
        ? api.post("/api/assurance/improvement-plans/{id}/submit", { path: { id: params.id } })
        : api.post("/api/assurance/improvement-plans/{id}/decision", {
            path: { id: params.id },
            body: {
              decision: step,
              note: note.trim() || undefined,
            },
          }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assurance"] }),
  });
  const form = useActionForm(DecisionValues, { note: "" }, act.error);
  // The decision buttons send the note with their step: the form is checked first.
  const decide = (step: "approve" | "return") => {
    if (!form.validate().hasErrors) act.mutate({ step, note: form.values.note });
  };
  const p = q.data?.data;
  const policies = q.data?.policies ?? {};
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {p && (
        <>
          <PageHeader title={p.title} back={{ href: "/assurance/plans", label: tx("plans") }} />
          <Stack>
            <Card withBorder>
              <Group gap="sm" mb="xs">
                <Badge variant="light">{lab(PLAN_STATUS_LABELS, p.status)}</Badge>
                <Text size="sm">{p.unitName ?? "—"}</Text>
                <Text size="sm" c="dimmed">
                  {p.createdByName ?? "—"} (<DateText value={p.createdAt} />)
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {p.description}
              </Text>
              {p.rule && (
                <Text size="xs" c="dimmed" mt="xs">
                  {pick(p.rule.text)} <ClauseLink id={p.rule.clause} />
                </Text>
              )}
              {p.decidedAt && (
                <Text size="sm" mt="xs">
                  {tx("decision")}: {p.decidedByName ?? "—"} (<DateText value={p.decidedAt} />)
                  {p.decisionNote ? `　${p.decisionNote}` : ""}
                </Text>
              )}
            </Card>
            <Card withBorder>
              <Text fw={500} mb="xs">
                {tx("findings")}
              </Text>
              <Table>
                <Table.Tbody>
                  {p.findings.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td>
                        <SeverityBadge value={f.severity} />{" "}
                        <Anchor component={Link} href={`/assurance/findings/${f.id}`}>
                          {f.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Due date={f.dueDate} />
                      </Table.Td>
                      <Table.Td>
                        <FindingStateBadge state={f.state} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
            {(policies.submit || policies.approve) && (
              <Card withBorder>
                <Stack gap="xs">
                  {policies.approve && (
                    <Textarea
                      label={tx("note")}
                      autosize
                      maxLength={2000}
                      data-testid="plan-decision-note"
                      {...form.getInputProps("note")}
                    />
                  )}
                  <Group>
                    {policies.submit && (
                      <Button onClick={() => act.mutate({ step: "submit" })} loading={act.isPending}>
                        {tx("submitPlan")}
                      </Button>
                    )}
                    {policies.approve && (
                      <>
                        <Button onClick={() => decide("approve")} loading={act.isPending}>
                          {tx("approve")}
                        </Button>
                        <Button variant="default" onClick={() => decide("return")} loading={act.isPending}>
                          {tx("returnPlan")}
                        </Button>
                      </>
                    )}
                  </Group>
                  <ErrorAlert error={act.error} />
                </Stack>
              </Card>
            )}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
