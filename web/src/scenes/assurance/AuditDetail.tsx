import { Alert, Anchor, Button, Card, Group, List, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { DateText, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { TextSubmit } from "../../components/TextSubmit";
import type { AssuranceAuditDetail } from "../../contract";
import { useActionForm } from "../../forms";
import { Link } from "../../router";
import { useTexts } from "./labels";
import { ObservationForm } from "./ObservationForm";
import { AuditStatusBadge, Due, FindingStateBadge, FiscalYear, SeverityBadge } from "./parts";

type AuditView = AssuranceAuditDetail["data"];
function Steps({ audit, policies }: { audit: AuditView; policies: Record<string, boolean> }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const step = useMutation({
    mutationFn: (s: "approve" | "start" | "close") =>
      api.post(`/api/assurance/audits/{id}/${s}`, { path: { id: audit.id } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assurance"] }),
  });
  const steps = (["approve", "start", "close"] as const).filter((s) => policies[s]);
  if (!steps.length) return null;
  return (
    <Group>
      {steps.map((s) => (
        <Button key={s} onClick={() => step.mutate(s)} loading={step.isPending} data-testid={`audit-${s}`}>
          {tx(s)}
        </Button>
      ))}
      <ErrorAlert error={step.error} />
    </Group>
  );
}

const PaperValues = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(20000),
});
type PaperV = z.infer<typeof PaperValues>;

function Papers({ audit, canWrite }: { audit: AuditView; canWrite: boolean }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const add = useMutation({
    mutationFn: (v: PaperV) =>
      api.post("/api/assurance/audits/{id}/papers", {
        path: { id: audit.id },
        body: { title: v.title.trim(), description: v.description.trim() },
      }),
    onSuccess: () => {
      form.reset();
      void qc.invalidateQueries({ queryKey: ["assurance"] });
    },
  });
  const form = useActionForm(PaperValues, { title: "", description: "" }, add.error);
  return (
    <Card withBorder>
      <Text fw={500} mb="xs">
        {tx("papers")}
      </Text>
      {audit.readOnly && (
        <Alert variant="light" mb="xs">
          {tx("readOnlyAudit")}
        </Alert>
      )}
      {audit.papers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tx("noPapers")}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="audit-papers">
          {audit.papers.map((p) => (
            <div key={p.id}>
              <Text fw={500} size="sm">
                {p.title}{" "}
                <Text span size="xs" c="dimmed">
                  (<DateText value={p.createdAt} />)
                </Text>
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {p.body}
              </Text>
            </div>
          ))}
        </Stack>
      )}
      {canWrite && (
        <form {...form.formProps((v) => add.mutate(v))} data-testid="paper-form">
          <Stack gap="xs" mt="md">
            <TextInput
              label={tx("title")}
              required
              maxLength={300}
              data-testid="paper-title"
              {...form.getInputProps("title")}
            />
            <TextSubmit
              field={form.getInputProps("description")}
              label={tx("description")}
              minRows={3}
              maxLength={20000}
              testId="paper-description"
              submit={{ label: tx("addPaper"), testId: "paper-add", loading: add.isPending }}
              error={add.error}
            />
          </Stack>
        </form>
      )}
    </Card>
  );
}

const ReportValues = z.object({ report: z.string().trim().min(1).max(50000) });

function Report({ audit, canReport }: { audit: AuditView; canReport: boolean }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const send = useMutation({
    mutationFn: (v: z.infer<typeof ReportValues>) =>
      api.post("/api/assurance/audits/{id}/report", {
        path: { id: audit.id },
        body: { report: v.report.trim() },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assurance"] }),
  });
  const form = useActionForm(ReportValues, { report: audit.report ?? "" }, send.error);
  if (!canReport && !audit.report) return null;
  return (
    <Card withBorder>
      <Text fw={500} mb="xs">
        {tx("report")}
      </Text>
      {canReport ? (
        <form {...form.formProps((v) => send.mutate(v))} data-testid="report-form">
          <TextSubmit
            field={form.getInputProps("report")}
            ariaLabel={tx("report")}
            minRows={4}
            maxLength={50000}
            testId="audit-report-text"
            submit={{ label: tx("sendReport"), testId: "audit-report-send", loading: send.isPending }}
            error={send.error}
          />
        </form>
      ) : (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {audit.report}
        </Text>
      )}
    </Card>
  );
}

function AuditFindings({ auditId }: { auditId: string }) {
  const { tx } = useTexts();
  const q = useQuery({
    queryKey: ["assurance", "findings", "audit", auditId],
    queryFn: () => api.get("/api/assurance/findings", { query: { auditId } }),
  });
  const rows = q.data?.data ?? [];
  if (!rows.length) return null;
  return (
    <Card withBorder>
      <Text fw={500} mb="xs">
        {tx("auditFindings")}
      </Text>
      <Table>
        <Table.Tbody>
          {rows.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <SeverityBadge value={f.severity} />{" "}
                <Anchor component={Link} href={`/assurance/findings/${f.id}`}>
                  {f.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{f.unit_name ?? "—"}</Table.Td>
              <Table.Td>
                <Due date={f.due_date} overdue={f.overdue} />
              </Table.Td>
              <Table.Td>
                <FindingStateBadge state={f.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** An audit: plan, approval, fieldwork (papers), report, close: /assurance/audits/:id. */
export default function AuditDetail({ params }: { params: { id: string } }) {
  const { tx } = useTexts();
  const q = useQuery({
    queryKey: ["assurance", "audit", params.id],
    queryFn: () => api.get("/api/assurance/audits/{id}", { path: { id: params.id } }),
  });
  const a = q.data?.data;
  const policies = q.data?.policies ?? {};
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {a && (
        <>
          <PageHeader
            title={
              <>
                <FiscalYear year={a.fiscalYear} /> {a.title}
              </>
            }
            back={{ href: "/assurance/audits", label: tx("audits") }}
            actions={
              <>
                <Anchor href={`/api/assurance/audits/${a.id}/export?format=xlsx`} download size="sm">
                  {tx("exportXlsx")}
                </Anchor>
                <Anchor href={`/api/assurance/audits/${a.id}/export?format=pdf`} download size="sm">
                  {tx("exportPdf")}
                </Anchor>
              </>
            }
          />
          <Stack>
            <Card withBorder>
              <Table variant="vertical" layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={180}>{tx("status")}</Table.Th>
                    <Table.Td>
                      <AuditStatusBadge status={a.status} />
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("auditedUnits")}</Table.Th>
                    <Table.Td>{a.units.map((u) => u.name ?? "—").join("、")}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("auditedSystems")}</Table.Th>
                    <Table.Td data-testid="audit-systems">
                      {a.systems.length
                        ? a.systems
                            .map((l) => (l.hidden ? tx("hiddenSystem") : `${l.assetNumber} ${l.name}`))
                            .join("、")
                        : "—"}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("auditedContractors")}</Table.Th>
                    <Table.Td data-testid="audit-contractors">
                      {a.contractors.map((k) => k.name ?? "—").join("、") || "—"}
                    </Table.Td>
                  </Table.Tr>
                  {a.scopeNote && (
                    <Table.Tr>
                      <Table.Th>{tx("scopeNote")}</Table.Th>
                      <Table.Td>{a.scopeNote}</Table.Td>
                    </Table.Tr>
                  )}
                  <Table.Tr>
                    <Table.Th>{tx("period")}</Table.Th>
                    <Table.Td>
                      <DateText value={a.periodFrom} /> 〜 <DateText value={a.periodTo} />
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("fieldwork")}</Table.Th>
                    <Table.Td>
                      <DateText value={a.startDate} /> 〜 <DateText value={a.endDate} />
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("auditors")}</Table.Th>
                    <Table.Td>
                      <List size="sm">
                        {a.auditors.map((x) => (
                          <List.Item key={x.personId}>
                            {x.name ?? "—"}
                            {x.unavoidableReason
                              ? `（${tx("unavoidableReason")}: ${x.unavoidableReason}）`
                              : ""}
                          </List.Item>
                        ))}
                      </List>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>
            <Steps audit={a} policies={policies} />
            <Papers audit={a} canWrite={policies.fieldwork === true && !a.readOnly} />
            {policies.fieldwork === true && !a.readOnly && <ObservationForm audit={a} />}
            <Report key={a.report ?? ""} audit={a} canReport={policies.report === true} />
            <AuditFindings auditId={a.id} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}
