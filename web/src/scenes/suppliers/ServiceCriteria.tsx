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
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { CriteriaView } from "../../contract";
import { JUDGEMENT_LABELS, useCriteriaTexts } from "./criteria-labels";

type Section = CriteriaView["sections"][number];
type Service = CriteriaView["services"][number];
const KEY = ["external-services", "criteria"];

/** One section of the rules: its text in force, and the writer's editor (on the version shown). */
function SectionCard({ s, mayWrite }: { s: Section; mayWrite: boolean }) {
  const { tx, pick } = useCriteriaTexts();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      api.put("/api/external-services/criteria/{sectionKey}", {
        path: { sectionKey: s.key },
        body: {
          criteriaText: draft,
          baseVersion: s.current?.version ?? null,
        },
      }),
    onSuccess: async () => {
      setDraft(null);
      await qc.invalidateQueries({ queryKey: KEY });
    },
  });
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
        {draft === null ? (
          s.current ? (
            <>
              <Text style={{ whiteSpace: "pre-wrap" }}>{s.current.body}</Text>
              <Text size="xs" c="dimmed">
                {tx("version", { n: s.current.version })}・{tx("revisedBy")}{" "}
                <DateText value={s.current.writtenAt} />（{s.current.writtenByName ?? "—"}）
              </Text>
            </>
          ) : (
            <Text c="dimmed">{tx("notWritten")}</Text>
          )
        ) : (
          <Textarea
            label={tx("text")}
            autosize
            minRows={4}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
        )}
        {save.error && <ErrorAlert error={save.error} />}
        {mayWrite && (
          <Group>
            {draft === null ? (
              <Button variant="light" onClick={() => setDraft(s.current?.body ?? "")}>
                {s.current ? tx("edit") : tx("write")}
              </Button>
            ) : (
              <>
                <Button onClick={() => save.mutate()} loading={save.isPending}>
                  {tx("save")}
                </Button>
                <Button variant="subtle" onClick={() => setDraft(null)}>
                  {tx("cancel")}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The network administrator's judgement of one service's provider (9.2(2)⑨). */
function JudgeForm({ s }: { s: Service }) {
  const { tx, lab } = useCriteriaTexts();
  const qc = useQueryClient();
  const [judgement, setJudgement] = useState<string | null>("sufficient");
  const [basis, setBasis] = useState("");
  const [on, setOn] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: () =>
      api.post("/api/external-services/{id}/reliability", {
        path: { id: s.id },
        body: { judgement, basis, judgedOn: on },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
  return (
    <Stack gap="xs">
      <Group align="flex-end" wrap="wrap">
        <Select
          label={tx("judgement")}
          value={judgement}
          onChange={setJudgement}
          data={Object.keys(JUDGEMENT_LABELS).map((k) => ({ value: k, label: lab(JUDGEMENT_LABELS, k) }))}
        />
        <TextInput label={tx("basisOf")} value={basis} onChange={(e) => setBasis(e.currentTarget.value)} />
        <DateField label={tx("judgedOn")} value={on} onChange={setOn} />
        <Button onClick={() => m.mutate()} loading={m.isPending}>
          {tx("record")}
        </Button>
      </Group>
      {m.error && <ErrorAlert error={m.error} />}
    </Stack>
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
