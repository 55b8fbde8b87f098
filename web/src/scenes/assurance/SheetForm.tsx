import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import {
  ASSURANCE_ANSWER_LABELS,
  ASSURANCE_AUDIENCE_LABELS,
  ASSURANCE_SHEET_STATUS_LABELS,
  ASSURANCE_UNIT_LABELS,
} from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { AssuranceSheetItem } from "../../contract";
import { Link } from "../../router";
import { Evidence } from "./Evidence";
import { FindingDialog } from "./FindingDialog";
import { useTexts } from "./labels";
import { FiscalYear, Ratio } from "./parts";

const VALUES = ["yes", "partial", "no", "na"] as const;

interface Draft {
  value: string | null;
  comment: string;
}

function ItemRow({
  item,
  index,
  draft,
  setDraft,
  canAnswer,
  canRaise,
  onRaise,
}: {
  item: AssuranceSheetItem;
  index: number;
  draft: Draft;
  setDraft(d: Draft): void;
  canAnswer: boolean;
  canRaise: boolean;
  onRaise(): void;
}) {
  const { tx, lab } = useTexts();
  return (
    <Card withBorder data-testid={`item-${index + 1}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={500}>
            {index + 1}. {item.question}
          </Text>
          <Badge variant="outline" className="nowrap">
            {lab(ASSURANCE_AUDIENCE_LABELS, item.audience)}
          </Badge>
        </Group>
        <Group gap="xs">
          <ClauseLink id={item.clauseId} />
          {item.late && (
            <Badge color="orange" variant="light" data-testid="late-answer">
              {tx("lateAnswer")}
            </Badge>
          )}
          {item.answeredAt && (
            <Text size="xs" c="dimmed">
              <DateText value={item.answeredAt} time />
            </Text>
          )}
        </Group>
        <Radio.Group
          label={tx("answer")}
          value={draft.value}
          onChange={(v) => setDraft({ ...draft, value: v })}
          readOnly={!canAnswer}
        >
          <Group gap="md" mt={4}>
            {VALUES.map((v) => (
              <Radio
                key={v}
                value={v}
                label={lab(ASSURANCE_ANSWER_LABELS, v)}
                disabled={!canAnswer}
                data-testid={`answer-${v}`}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={tx("comment")}
          value={draft.comment}
          onChange={(e) => setDraft({ ...draft, comment: e.currentTarget.value })}
          readOnly={!canAnswer}
          autosize
          minRows={1}
          data-testid="answer-comment"
        />
        <div>
          <Text size="sm" fw={500}>
            {tx("evidence")}
          </Text>
          {item.answerId ? (
            <Evidence
              segment="answers"
              ownerId={item.answerId}
              files={item.files}
              canAdd={canAnswer}
              testId="answer-evidence"
            />
          ) : (
            canAnswer && (
              <Text size="xs" c="dimmed">
                {tx("evidenceHint")}
              </Text>
            )
          )}
        </div>
        {item.findingId ? (
          <Anchor component={Link} href={`/assurance/findings/${item.findingId}`} size="sm">
            {tx("finding")} →
          </Anchor>
        ) : (
          canRaise &&
          item.value === "no" &&
          item.answerId && (
            <Group>
              <Button size="xs" color="red" variant="light" onClick={onRaise} data-testid="raise-finding">
                {tx("raiseFinding")}
              </Button>
            </Group>
          )
        )}
      </Stack>
    </Card>
  );
}

/** One sheet: answer each item, comment, evidence; submit; turn a gap into a finding. */
export default function SheetForm({ params }: { params: { id: string } }) {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ["assurance", "sheet", params.id],
    queryFn: () => api.get("/api/assurance/sheets/{id}", { path: { id: params.id } }),
  });
  const sheet = q.data?.data;
  const policies = q.data?.policies ?? {};
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [raising, setRaising] = useState<AssuranceSheetItem | null>(null);
  useEffect(() => {
    if (!sheet) return;
    setDrafts(
      Object.fromEntries(
        sheet.items.map((i) => [i.itemId, { value: i.value ?? null, comment: i.comment ?? "" }]),
      ),
    );
  }, [sheet]);
  const canAnswer = policies.answer === true && sheet?.status !== "submitted";
  const save = useMutation({
    mutationFn: () =>
      api.put("/api/assurance/sheets/{id}/answers", {
        path: { id: params.id },
        body: {
          answers: Object.entries(drafts)
            .filter(([, d]) => d.value)
            .map(([itemId, d]) => ({ itemId, value: d.value, comment: d.comment.trim() || undefined })),
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assurance"] }),
  });
  const submit = useMutation({
    mutationFn: () => api.post("/api/assurance/sheets/{id}/submit", { path: { id: params.id } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assurance"] }),
  });
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {sheet && (
        <>
          <PageHeader
            title={
              <>
                <FiscalYear year={sheet.fiscalYear} /> {sheet.campaignTitle}
              </>
            }
            description={`${lab(ASSURANCE_UNIT_LABELS, sheet.unitKind)}：${sheet.unitName ?? sheet.personName ?? ""}`}
            back={{ href: "/assurance", label: tx("mySheets") }}
          />
          <Group mb="md" gap="lg">
            <Text size="sm">
              {tx("due")}: <DateText value={sheet.dueDate} />
            </Text>
            <Ratio done={sheet.answeredCount} total={sheet.itemCount} label={tx("progress")} />
            <Badge variant="light" data-testid="sheet-status">
              {lab(ASSURANCE_SHEET_STATUS_LABELS, sheet.status)}
            </Badge>
            {sheet.late && (
              <Badge color="orange" variant="light">
                {tx("late")}
              </Badge>
            )}
            <ClauseLink id={sheet.clause} />
          </Group>
          {!canAnswer && (
            <Alert variant="light" mb="md">
              {tx("readOnlySheet")}
            </Alert>
          )}
          {sheet.confirms?.length > 0 && (
            <Card withBorder mb="md">
              <Text fw={500} mb="xs">
                {tx("confirms")}
              </Text>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("campaign")}</Table.Th>
                    <Table.Th>{tx("submitted")}</Table.Th>
                    <Table.Th>{tx("late")}</Table.Th>
                    <Table.Th>{tx("noAnswers")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sheet.confirms.map((c) => (
                    <Table.Tr key={c.scope_key}>
                      <Table.Td>{c.title}</Table.Td>
                      <Table.Td>
                        {c.submitted} / {c.sheets}
                      </Table.Td>
                      <Table.Td>{c.late}</Table.Td>
                      <Table.Td>{c.no_answers ?? 0}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )}
          <Stack>
            {sheet.items.map((item, index) => (
              <ItemRow
                key={item.itemId}
                item={item}
                index={index}
                draft={drafts[item.itemId] ?? { value: null, comment: "" }}
                setDraft={(d) => setDrafts((all) => ({ ...all, [item.itemId]: d }))}
                canAnswer={canAnswer}
                canRaise={policies.raise_finding === true}
                onRaise={() => setRaising(item)}
              />
            ))}
          </Stack>
          <ErrorAlert error={save.error ?? submit.error} />
          {save.isSuccess && !save.isPending && (
            <Text c="green" size="sm" mt="xs" role="status">
              {tx("saved")}
            </Text>
          )}
          {canAnswer && (
            <Group mt="md" className="no-print">
              <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="save-answers">
                {tx("saveAnswers")}
              </Button>
              <Button
                variant="light"
                onClick={() => submit.mutate()}
                loading={submit.isPending}
                disabled={sheet.answeredCount < sheet.itemCount}
                data-testid="submit-sheet"
              >
                {tx("submit")}
              </Button>
            </Group>
          )}
          {raising && <FindingDialog item={raising} onClose={() => setRaising(null)} />}
        </>
      )}
    </QueryState>
  );
}
