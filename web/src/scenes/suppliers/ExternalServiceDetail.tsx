import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { ExternalService } from "../../contract";
import { requiredChoice, requiredDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { Link } from "../../router";
import { CHECK_FIELDS, CheckFields } from "./CheckFields";
import { RESULT_LABELS } from "./labels";
import { PHASE_LABELS, useServiceTexts } from "./service-labels";

type Phase = keyof typeof PHASE_LABELS;

/** One POST on the service, then the detail again. */
function useServiceAction(id: string, action: "consultation" | "checks" | "terminate") {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post(`/api/external-services/{id}/${action}`, { path: { id }, body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["external-services"] }),
  });
}

const ConsultationValues = z.object({ consultedOn: requiredDate, consultationNote: requiredText(2000) });

function Consultation({ s }: { s: ExternalService }) {
  const { tx } = useServiceTexts();
  const m = useServiceAction(s.id, "consultation");
  const form = useActionForm(ConsultationValues, { consultedOn: null, consultationNote: "" }, m.error);
  if (!s.pathInfo.needs?.consultation) return null;
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{tx("consultation")}</Title>
        {s.consultedOn ? (
          <Text>
            <DateText value={s.consultedOn} />（{s.consultedByName ?? "—"}）: {s.consultationNote}
          </Text>
        ) : s.policies.consult ? (
          <form
            {...form.formProps((v) => m.mutate(ConsultationValues.parse(v)))}
            data-testid="consultation-form"
          >
            <Stack>
              <DateField
                label={tx("consultedOn")}
                required
                {...bindField(form, "consultedOn")}
                data-testid="consultation-on"
              />
              <Textarea
                label={tx("consultationNote")}
                required
                {...form.getInputProps("consultationNote")}
                data-testid="consultation-note"
              />
              <ErrorAlert error={m.error} />
              <Group>
                <Button type="submit" loading={m.isPending} data-testid="consultation-save">
                  {tx("recordConsultation")}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text c="dimmed">—</Text>
        )}
      </Stack>
    </Card>
  );
}

const CheckValues = z.object({ phase: requiredChoice, ...CHECK_FIELDS });
const EndValues = z.object({ terminatedOn: requiredDate });

/** Recording a check of the path (構築時・運用時・…) on a service in use. */
function CheckForm({ s, phases }: { s: ExternalService; phases: Phase[] }) {
  const { tx, lab } = useServiceTexts();
  const m = useServiceAction(s.id, "checks");
  const form = useActionForm(
    CheckValues,
    { phase: s.nextCheck?.phase ?? phases[0] ?? null, checkedOn: null, result: "ok", findings: "" },
    m.error,
  );
  const send = (v: z.output<typeof CheckValues>) => m.mutate({ ...v, findings: v.findings.trim() || null });
  return (
    <form {...form.formProps((v) => send(CheckValues.parse(v)))} data-testid="service-check-form">
      <Group align="flex-start" wrap="wrap">
        <Select
          label={tx("phase")}
          required
          data={phases.map((p) => ({ value: p, label: lab(PHASE_LABELS, p) }))}
          allowDeselect={false}
          {...form.getInputProps("phase")}
        />
        <CheckFields form={form} dateTestId="service-check-on" />
        <Textarea label={tx("findings")} {...form.getInputProps("findings")} />
        <Button type="submit" mt={25} loading={m.isPending} data-testid="service-check-record">
          {tx("recordCheck")}
        </Button>
      </Group>
      <ErrorAlert error={m.error} />
    </form>
  );
}

/** Ending the use of a service (its date is asked for). */
function EndForm({ s }: { s: ExternalService }) {
  const { tx } = useServiceTexts();
  const end = useServiceAction(s.id, "terminate");
  const form = useActionForm(EndValues, { terminatedOn: null }, end.error);
  return (
    <form {...form.formProps((v) => end.mutate(EndValues.parse(v)))} data-testid="service-end-form">
      <Group align="flex-start">
        <DateField
          label={tx("terminatedOn")}
          required
          {...bindField(form, "terminatedOn")}
          data-testid="service-end-on"
        />
        <Button type="submit" color="red" variant="light" mt={25} loading={end.isPending}>
          {tx("terminate")}
        </Button>
      </Group>
      <ErrorAlert error={end.error} />
    </form>
  );
}

function Checks({ s }: { s: ExternalService }) {
  const { tx, lab, pick } = useServiceTexts();
  const phases: Phase[] = s.pathInfo.needs?.checks ?? [];
  if (!phases.length) return null;
  const open = s.status === "in_use" && s.policies.keep;
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{tx("checks")}</Title>
        {s.checks.length === 0 ? (
          <Empty>{tx("noChecks")}</Empty>
        ) : (
          <Table data-testid="service-checks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("phase")}</Table.Th>
                <Table.Th>{tx("checkedOn")}</Table.Th>
                <Table.Th>{tx("result")}</Table.Th>
                <Table.Th>{tx("findings")}</Table.Th>
                <Table.Th>{tx("checkedBy")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.checks.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{pick(c.phaseLabel)}</Table.Td>
                  <Table.Td>
                    <DateText value={c.checkedOn} />
                  </Table.Td>
                  <Table.Td>{lab(RESULT_LABELS, c.result)}</Table.Td>
                  <Table.Td>{c.findings ?? "—"}</Table.Td>
                  <Table.Td>{c.checkedByName ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {open && <CheckForm s={s} phases={phases} />}
        {open && <EndForm s={s} />}
      </Stack>
    </Card>
  );
}

export default function ExternalServiceDetail({ params }: { params: { id: string } }) {
  const { tx, pick, lang } = useServiceTexts();
  const q = useQuery({
    queryKey: ["external-services", "one", params.id],
    queryFn: () => api.get("/api/external-services/{id}", { path: { id: params.id } }),
  });
  const s = q.data?.data;
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {s && (
        <Stack>
          <Anchor component={Link} href="/external-services">
            ← {tx("backToList")}
          </Anchor>
          <PageHeader title={`${s.name}（${s.provider}）`} description={pick(s.categoryLabel)} />
          <Card withBorder>
            <Stack gap="xs">
              <Group>
                <Badge variant="light" data-testid="service-status">
                  {pick(s.statusLabel)}
                </Badge>
                {s.request && (
                  <Anchor component={Link} href={`/requests/${s.request.id}`}>
                    {tx("requestNo", { n: s.request.number })}
                  </Anchor>
                )}
              </Group>
              <Text>
                {tx("department")}: {s.departmentName ?? "—"} ／ {tx("manager")}: {s.managerName ?? "—"} ／{" "}
                {tx("createdBy")}: {s.createdByName ?? "—"}
              </Text>
              <Text>
                {tx("highestLevel")}: {pick(s.highestLevelLabel)} ／ {tx("termsKind")}:{" "}
                {s.termsKind === "terms" ? tx("terms") : tx("contract")}
                {s.termsCheckedOn && (
                  <>
                    {" "}
                    ／ {tx("termsCheckedOn")}: <DateText value={s.termsCheckedOn} />
                  </>
                )}
              </Text>
              <Text>
                {tx("purpose")}: {s.purpose}
              </Text>
              {s.necessityReason && (
                <Text>
                  {tx("necessityReason")}: {s.necessityReason}
                </Text>
              )}
              <Text>
                {tx("path")}: {s.pathInfo.title ? pick(s.pathInfo.title) : "—"}（{s.pathInfo.clauseLabel}）
              </Text>
              {s.nextCheck && (
                <Text>
                  {tx("nextCheck")}: {pick(s.nextCheck.phaseLabel)} <DateText value={s.nextCheck.dueOn} />
                </Text>
              )}
            </Stack>
          </Card>
          <Card withBorder>
            <Title order={3}>{tx("blockers")}</Title>
            {s.blockers.length === 0 ? (
              <Text>{tx("noBlockers")}</Text>
            ) : (
              <List data-testid="service-blockers">
                {s.blockers.map((b) => (
                  <List.Item key={b.code}>
                    {lang === "en" ? b.en : b.ja}（{b.clauseLabel}）
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
          <Consultation s={s} />
          <Checks s={s} />
        </Stack>
      )}
    </QueryState>
  );
}
