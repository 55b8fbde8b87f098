import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { CriteriaView } from "../../contract";
import { requiredChoice, requiredDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { JUDGEMENT_LABELS, useCriteriaTexts } from "./criteria-labels";

type Section = CriteriaView["sections"][number];
type Service = CriteriaView["services"][number];
const KEY = ["external-services", "criteria"];

const CriteriaValues = z.object({ criteriaText: requiredText(20000) });

/** The writer's editor of one section, on the version shown (the server refuses a stale base). */
function SectionEditor({ s, onDone }: { s: Section; onDone(): void }) {
  const { tx } = useCriteriaTexts();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: z.output<typeof CriteriaValues>) =>
      api.put("/api/external-services/criteria/{sectionKey}", {
        path: { sectionKey: s.key },
        body: { criteriaText: v.criteriaText, baseVersion: s.current?.version ?? null },
      }),
    onSuccess: async () => {
      onDone();
      await qc.invalidateQueries({ queryKey: KEY });
    },
  });
  const form = useActionForm(CriteriaValues, { criteriaText: s.current?.body ?? "" }, save.error);
  return (
    <form
      {...form.formProps((v) => save.mutate(CriteriaValues.parse(v)))}
      data-testid={`criteria-form-${s.key}`}
    >
      <Stack gap="xs">
        <Textarea label={tx("text")} required autosize minRows={4} {...form.getInputProps("criteriaText")} />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {tx("save")}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {tx("cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One section of the rules: its text in force, and the writer's editor (on the version shown). */
function SectionCard({ s, mayWrite }: { s: Section; mayWrite: boolean }) {
  const { tx, pick } = useCriteriaTexts();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder data-testid={`criteria-${s.key}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{pick(s.title)}</Title>
          <Text size="sm" c="dimmed">
            {tx("basis")}: {s.clauseLabel}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {tx("mustCover")}: {pick(s.text)}
        </Text>
        {editing ? (
          <SectionEditor s={s} onDone={() => setEditing(false)} />
        ) : s.current ? (
          <>
            <Text style={{ whiteSpace: "pre-wrap" }}>{s.current.body}</Text>
            <Text size="xs" c="dimmed">
              {tx("version", { n: s.current.version })}・{tx("revisedBy")}{" "}
              <DateText value={s.current.writtenAt} />（{s.current.writtenByName ?? "—"}）
            </Text>
          </>
        ) : (
          <Text c="dimmed">{tx("notWritten")}</Text>
        )}
        {mayWrite && !editing && (
          <Group>
            <Button variant="light" onClick={() => setEditing(true)}>
              {s.current ? tx("edit") : tx("write")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

const JudgeValues = z.object({
  judgement: requiredChoice,
  basis: requiredText(4000),
  judgedOn: requiredDate,
});

/** The network administrator's judgement of one service's provider (9.2(2)⑨). */
function JudgeForm({ s }: { s: Service }) {
  const { tx, lab } = useCriteriaTexts();
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (body: z.output<typeof JudgeValues>) =>
      api.post("/api/external-services/{id}/reliability", { path: { id: s.id }, body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
  const form = useActionForm(JudgeValues, { judgement: "sufficient", basis: "", judgedOn: null }, m.error);
  return (
    <form {...form.formProps((v) => m.mutate(JudgeValues.parse(v)))} data-testid="judge-form">
      <Stack gap="xs">
        <Group align="flex-start" wrap="wrap">
          <Select
            label={tx("judgement")}
            required
            data={Object.keys(JUDGEMENT_LABELS).map((k) => ({ value: k, label: lab(JUDGEMENT_LABELS, k) }))}
            allowDeselect={false}
            {...form.getInputProps("judgement")}
          />
          <TextInput
            label={tx("basisOf")}
            required
            {...form.getInputProps("basis")}
            data-testid="judge-basis"
          />
          <DateField
            label={tx("judgedOn")}
            required
            {...bindField(form, "judgedOn")}
            data-testid="judge-on"
          />
          <Button type="submit" mt={25} loading={m.isPending}>
            {tx("record")}
          </Button>
        </Group>
        <ErrorAlert error={m.error} />
      </Stack>
    </form>
  );
}

function Reliability({ c }: { c: CriteriaView }) {
  const { tx, pick } = useCriteriaTexts();
  const r = c.reliability;
  if (!r) return null;
  // Unjudged first: they are what the network administrator still owes.
  const rows = [...c.services].sort((a, b) => Number(!!a.judgement) - Number(!!b.judgement));
  return (
    <Card withBorder data-testid="criteria-reliability">
      <Stack gap="xs">
        <Title order={3}>{tx("reliability")}</Title>
        <Text size="sm">{pick(r.text)}</Text>
        <Text size="sm" c="dimmed">
          {tx("judgedBy")}: {pick(r.roles)}・{tx("pathsJudged")}:{" "}
          {r.paths.map((p) => pick(p.title)).join("、")}・{tx("basis")}: {r.clauseLabel}
        </Text>
        {rows.length === 0 ? (
          <Empty>{tx("noServices")}</Empty>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("service")}</Table.Th>
                <Table.Th>{tx("provider")}</Table.Th>
                <Table.Th>{tx("department")}</Table.Th>
                <Table.Th>{tx("judgement")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{s.provider}</Table.Td>
                  <Table.Td>{s.departmentName ?? "—"}</Table.Td>
                  <Table.Td>
                    {s.judgement ? (
                      <Stack gap={2}>
                        <Badge
                          color={s.judgement.judgement === "sufficient" ? "green" : "red"}
                          variant="light"
                        >
                          {pick(s.judgement.label)}
                        </Badge>
                        <Text size="xs">
                          {s.judgement.basis}（<DateText value={s.judgement.judgedOn} />・
                          {s.judgement.judgedByName ?? "—"}）
                        </Text>
                      </Stack>
                    ) : (
                      <Badge color="gray" variant="light">
                        {tx("unjudged")}
                      </Badge>
                    )}
                    {c.policies.judge && <JudgeForm s={s} />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

/**
 * The rules for external services (西原村 9.2(1): the ネットワーク管理者 writes them; the 課長 selects
 * by them, 9.2(2)①②) and the judgement of each provider's reliability (9.2(2)⑨). Everyone reads;
 * the profile's writer edits.
 */
export default function ServiceCriteria() {
  const { tx, pick } = useCriteriaTexts();
  const q = useQuery({
    queryKey: KEY,
    queryFn: () => api.get("/api/external-services/criteria"),
  });
  const c = q.data?.data;
  return (
    <Stack>
      <PageHeader title={tx("title")} description={tx("hint")} />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {!c ? (
          <Empty>{tx("noCriteria")}</Empty>
        ) : (
          <>
            <Text size="sm">
              {pick(c.text)}（{tx("writtenBy")}: {pick(c.writerRoles)}・{tx("basis")}: {c.clauseLabel}）
            </Text>
            {c.sections.map((s) => (
              <SectionCard key={s.key} s={s} mayWrite={c.policies.write} />
            ))}
            <Reliability c={c} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
