import { Button, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import type { AssuranceSheetDetail, AssuranceSheetItem } from "../../contract";
import { useActionForm, zodForm } from "../../forms";
import { useLang } from "../../i18n";
import { FindingDialog } from "./FindingDialog";
import { useTexts } from "./labels";
import { SheetItem } from "./SheetItem";
import {
  ANSWER_LABELS,
  answersBody,
  CompleteAnswers,
  errorAtItems,
  SheetAnswers,
  type SheetAnswersValues,
  saveRules,
} from "./sheet-answers";

/**
 * The answers of a sheet as one form (web/src/forms.ts): 回答を保存 sends the answered items,
 * 提出する asks for every unanswered item at the item, saves what changed and submits. A message of
 * the server about the N-th sent answer is shown at its item.
 */
export function SheetAnswersForm({
  sheet,
  canAnswer,
  canRaise,
}: {
  sheet: AssuranceSheetDetail["data"];
  canAnswer: boolean;
  canRaise: boolean;
}) {
  const { tx } = useTexts();
  const { lang } = useLang();
  const qc = useQueryClient();
  const [raising, setRaising] = useState<AssuranceSheetItem | null>(null);
  // The item index of each answer of the last request, to place the server's answers.K messages.
  const sent = useRef<number[]>([]);
  const put = (values: SheetAnswersValues) => {
    const { body, sent: indexes } = answersBody(values);
    sent.current = indexes;
    return api.put("/api/assurance/sheets/{id}/answers", { path: { id: sheet.id }, body });
  };
  const done = () => qc.invalidateQueries({ queryKey: ["assurance"] });
  const save = useMutation({
    mutationFn: put,
    onSuccess: () => {
      form.resetDirty();
      return done();
    },
  });
  const submit = useMutation({
    mutationFn: async (values: SheetAnswersValues) => {
      if (form.isDirty()) {
        await put(values);
        form.resetDirty();
      }
      return api.post("/api/assurance/sheets/{id}/submit", { path: { id: sheet.id } });
    },
    onSuccess: done,
  });
  const failed = save.error ?? submit.error;
  // Memoized: a new error object each render would place the messages again and again.
  const error = useMemo(() => errorAtItems(failed, sent.current), [failed]);
  const form = useActionForm(
    SheetAnswers,
    {
      answers: sheet.items.map((i) => ({
        itemId: i.itemId,
        value: (i.value ?? null) as SheetAnswersValues["answers"][number]["value"],
        comment: i.comment ?? "",
      })),
    },
    error,
    { labels: ANSWER_LABELS, refine: (errors, values) => saveRules(errors, values, lang) },
  );
  const complete = zodForm(CompleteAnswers, lang, ANSWER_LABELS);
  /** 提出する: every item answered (asked for at the item), then the save and the submit. */
  const onSubmitSheet = () => {
    const checked = form.validate();
    if (checked.hasErrors) return;
    const missing = complete(form.values);
    if (Object.keys(missing).length) form.setErrors(missing);
    else submit.mutate(form.values);
  };
  return (
    <>
      <form {...form.formProps((v) => save.mutate(v))} data-testid="sheet-answers">
        <Stack>
          {sheet.items.map((item, index) => (
            <SheetItem
              key={item.itemId}
              item={item}
              index={index}
              form={form}
              canAnswer={canAnswer}
              canRaise={canRaise}
              onRaise={() => setRaising(item)}
            />
          ))}
        </Stack>
        <ErrorAlert error={error} />
        {save.isSuccess && !save.isPending && (
          <Text c="green" size="sm" mt="xs" role="status">
            {tx("saved")}
          </Text>
        )}
        {canAnswer && (
          <Group mt="md" className="no-print">
            <Button type="submit" loading={save.isPending} data-testid="save-answers">
              {tx("saveAnswers")}
            </Button>
            <Button
              variant="light"
              onClick={onSubmitSheet}
              loading={submit.isPending}
              data-testid="submit-sheet"
            >
              {tx("submit")}
            </Button>
          </Group>
        )}
      </form>
      {/* Outside the form: the dialog's own submit would bubble (through the portal) to this one. */}
      {raising && <FindingDialog item={raising} onClose={() => setRaising(null)} />}
    </>
  );
}
