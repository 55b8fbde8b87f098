import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { todayJst } from "../../../../common/calendar";
import { FINDING_SOURCE_LABELS, FINDING_STATE_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { AssuranceFindingDetail } from "../../contract";
import { useActionForm } from "../../forms";
import { departmentOptions, useDepartments } from "../../hooks";
import { Link } from "../../router";
import { Evidence } from "./Evidence";
import { useTexts } from "./labels";
import { Due, FindingStateBadge, SeverityBadge } from "./parts";

/** Which moves follow a state, and the policy each needs (mirrors domain/findings.ts). */
const NEXT: Record<string, Array<{ to: string; policy: string }>> = {
  open: [
    { to: "in_progress", policy: "update" },
    { to: "done", policy: "update" },
  ],
  in_progress: [{ to: "done", policy: "update" }],
  done: [
    { to: "verified", policy: "verify" },
    { to: "in_progress", policy: "update" },
  ],
  verified: [{ to: "closed", policy: "close" }],
  closed: [],
};

type Finding = AssuranceFindingDetail["data"];
const MoveValues = z.object({ note: z.string().trim().max(2000) });

function Moves({ finding, policies }: { finding: Finding; policies: Record<string, boolean> }) {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const move = useMutation({
    mutationFn: ({ to, note }: { to: string; note: string }) =>
      api.patch("/api/assurance/findings/{id}", {
        path: { id: finding.id },
        body: { state: to, note: note.trim() || undefined },
      }),
    onSuccess: () => {
      form.reset();
      void qc.invalidateQueries({ queryKey: ["assurance"] });
    },
  });
  const form = useActionForm(MoveValues, { note: "" }, move.error);
  const moves = (NEXT[finding.state] ?? []).filter((m) => policies[m.policy]);
  if (!moves.length) return null;
  // Each button sends the note with its own move: the form is checked first, as a submit would.
  const send = (to: string) => {
    if (!form.validate().hasErrors) move.mutate({ to, note: form.values.note });
  };
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={500}>{tx("moveTo")}</Text>
        <Textarea
          label={tx("note")}
          autosize
          maxLength={2000}
          data-testid="move-note"
          {...form.getInputProps("note")}
        />
        <Group>
          {moves.map((m) => (
            <Button
              key={m.to}
              variant={m.to === "in_progress" && finding.state === "done" ? "default" : "filled"}
              onClick={() => send(m.to)}
              loading={move.isPending && move.variables?.to === m.to}
              data-testid={`move-${m.to}`}
            >
              {lab(FINDING_STATE_LABELS, m.to)}
            </Button>
          ))}
        </Group>
        <ErrorAlert error={move.error} testId="move-error" />
      </Stack>
    </Card>
  );
}

const LateralValues = z.object({
  departmentIds: z.array(z.string()).max(500),
  systemKind: z.string(),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
type LateralV = z.infer<typeof LateralValues>;

/**
 * 横展開: the 課 by name, and/or a system kind (the profile's zones) — then the check opens in each
 * 課 owning a system of that kind (those the viewer may see, listed under the choice).
 */
function Lateral({ finding }: { finding: Finding }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const departments = useDepartments();
  const open = useMutation({
    mutationFn: (v: LateralV) =>
      api.post("/api/assurance/findings/{id}/lateral", {
        path: { id: finding.id },
        body: {
          departmentIds: v.departmentIds.length ? v.departmentIds : undefined,
          systemKind: (v.systemKind || undefined) as "lgwan" | undefined,
          dueDate: v.dueDate,
        },
      }),
    onSuccess: () => {
      form.setValues({ departmentIds: [], systemKind: "" });
      void qc.invalidateQueries({ queryKey: ["assurance"] });
    },
  });
  const form = useActionForm(
    LateralValues,
    { departmentIds: [], systemKind: "", dueDate: finding.dueDate },
    open.error,
    {
      // One of the two at least: said at the 課, where most choose.
      refine: (errors, v) =>
        v.departmentIds.length || v.systemKind
          ? errors
          : { ...errors, departmentIds: tx("lateralChooseOne") },
    },
  );
  const kind = form.values.systemKind;
  const ids = form.values.departmentIds;
  const chosenKind = finding.systemKinds.find((k) => k.zone === kind);
  const reached = (chosenKind?.departments ?? []).filter((d) => !d.covered && !ids.includes(d.id));
  return (
    <Card withBorder>
      <form {...form.formProps((v) => open.mutate(v))} data-testid="lateral-form">
        <Stack gap="xs">
          <Text fw={500}>{tx("lateral")}</Text>
          <Text size="sm" c="dimmed">
            {tx("lateralHint")}
          </Text>
          <Group align="flex-start">
            <MultiSelect
              label={tx("departments")}
              data={departmentOptions(departments.data, true).filter((o) => o.value !== finding.departmentId)}
              searchable
              w={360}
              data-testid="lateral-departments"
              {...form.getInputProps("departmentIds")}
            />
            <Select
              label={tx("systemKind")}
              description={tx("systemKindHint")}
              data={finding.systemKinds.map((k) => ({
                value: k.zone,
                label: `${pick(k.name)}（${tx("systemKindOwners", { n: k.departments.length })}）`,
              }))}
              value={kind || null}
              onChange={(v) => form.setFieldValue("systemKind", v ?? "")}
              error={form.errors.systemKind}
              clearable
              w={320}
              data-testid="lateral-system-kind"
            />
            <DateField
              label={tx("dueDate")}
              value={form.values.dueDate || null}
              onChange={(v) => form.setFieldValue("dueDate", v ?? "")}
              error={form.errors.dueDate}
              required
              w={220}
              data-testid="lateral-due"
            />
          </Group>
          <Group>
            <Button type="submit" loading={open.isPending} data-testid="open-lateral">
              {tx("openLateral")}
            </Button>
          </Group>
          {chosenKind && (
            <Text size="sm" data-testid="lateral-kind-reach">
              {reached.length
                ? tx("systemKindReach", { names: reached.map((d) => d.name ?? "—").join("、") })
                : tx("systemKindNone")}
            </Text>
          )}
          <ErrorAlert error={open.error} />
        </Stack>
      </form>
    </Card>
  );
}

/** One finding: its correction, evidence, state, and 横展開: /assurance/findings/:id. */
export default function FindingDetail({ params }: { params: { id: string } }) {
  const { tx, lab, pick } = useTexts();
  const q = useQuery({
    queryKey: ["assurance", "finding", params.id],
    queryFn: () => api.get("/api/assurance/findings/{id}", { path: { id: params.id } }),
  });
  const f = q.data?.data;
  const policies = q.data?.policies ?? {};
  const today = todayJst();
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {f && (
        <>
          <PageHeader title={f.title} back={{ href: "/assurance/findings", label: tx("findings") }} />
          <Stack>
            <Card withBorder>
              <Table variant="vertical" layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={180}>{tx("status")}</Table.Th>
                    <Table.Td>
                      <FindingStateBadge state={f.state} />
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("severity")}</Table.Th>
                    <Table.Td>
                      <SeverityBadge value={f.severity} />
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("source")}</Table.Th>
                    <Table.Td>
                      {lab(FINDING_SOURCE_LABELS, f.source)}{" "}
                      {f.originFindingId && (
                        <Anchor component={Link} href={`/assurance/findings/${f.originFindingId}`} size="sm">
                          {tx("origin")}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("unit")}</Table.Th>
                    <Table.Td>{f.unitName ?? "—"}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("owner")}</Table.Th>
                    <Table.Td>{f.ownerName ?? "—"}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("dueDate")}</Table.Th>
                    <Table.Td>
                      <Due date={f.dueDate} overdue={f.state !== "closed" && f.dueDate < today} />
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("correctiveAction")}</Table.Th>
                    <Table.Td style={{ whiteSpace: "pre-wrap" }}>{f.correctiveAction ?? "—"}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{tx("clause")}</Table.Th>
                    <Table.Td>
                      <ClauseLink id={f.clauseId} prefix={false} />
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>
            <Card withBorder>
              <Text fw={500} mb="xs">
                {tx("files")}
              </Text>
              {f.files.length === 0 && (
                <Text size="sm" c="dimmed" mb="xs">
                  {tx("noFiles")}
                </Text>
              )}
              <Evidence
                segment="findings"
                ownerId={f.id}
                files={f.files}
                canAdd={policies.attach === true}
                testId="finding-evidence"
              />
              {f.evidenceRequired && f.files.length === 0 && (
                <Alert variant="light" color="orange" mt="xs">
                  {tx("evidenceRequired")}
                </Alert>
              )}
            </Card>
            <Moves finding={f} policies={policies} />
            {f.laterals.length > 0 && (
              <Card withBorder>
                <Text fw={500} mb="xs">
                  {tx("lateralProgress", f.lateralProgress)}
                </Text>
                <Table>
                  <Table.Tbody>
                    {f.laterals.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <Anchor component={Link} href={`/assurance/findings/${l.id}`}>
                            {l.departmentName ?? "—"}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          {l.lateralZoneName
                            ? tx("chosenByKind", { kind: pick(l.lateralZoneName) })
                            : tx("chosenByName")}
                        </Table.Td>
                        <Table.Td>
                          <Due date={l.dueDate} />
                        </Table.Td>
                        <Table.Td>
                          <FindingStateBadge state={l.state} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            )}
            {policies.lateral && f.source !== "lateral" && <Lateral finding={f} />}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
