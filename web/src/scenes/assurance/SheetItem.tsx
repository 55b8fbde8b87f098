import { Anchor, Badge, Button, Card, Group, Radio, Stack, Text, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { ASSURANCE_ANSWER_LABELS, ASSURANCE_AUDIENCE_LABELS } from "../../../../common/labels";
import { ClauseLink } from "../../components/Clause";
import { DateText } from "../../components/common";
import type { AssuranceSheetItem } from "../../contract";
import { Link } from "../../router";
import { Evidence } from "./Evidence";
import { useTexts } from "./labels";
import { ANSWER_VALUES, type SheetAnswersValues } from "./sheet-answers";

/**
 * One check item of a sheet: its answer and comment are the form's `answers.N` (N the item's place
 * on the sheet), so a message about them shows here; evidence and a finding once it is saved.
 */
export function SheetItem({
  item,
  index,
  form,
  canAnswer,
  canRaise,
  onRaise,
}: {
  item: AssuranceSheetItem;
  index: number;
  form: UseFormReturnType<SheetAnswersValues>;
  canAnswer: boolean;
  canRaise: boolean;
  onRaise(): void;
}) {
  const { tx, lab } = useTexts();
  const answer = form.getInputProps(`answers.${index}.value`);
  // The radiogroup's message is named by each radio (Mantine links it to no input of a group).
  const groupId = `answer-${item.itemId}`;
  const invalid = answer.error ? { "aria-invalid": true, "aria-describedby": `${groupId}-error` } : {};
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
          id={groupId}
          label={tx("answer")}
          withAsterisk={canAnswer}
          readOnly={!canAnswer}
          {...answer}
        >
          <Group gap="md" mt={4}>
            {ANSWER_VALUES.map((v) => (
              <Radio
                key={v}
                value={v}
                label={lab(ASSURANCE_ANSWER_LABELS, v)}
                disabled={!canAnswer}
                data-testid={`answer-${v}`}
                {...invalid}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={tx("comment")}
          readOnly={!canAnswer}
          autosize
          minRows={1}
          data-testid="answer-comment"
          {...form.getInputProps(`answers.${index}.comment`)}
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
