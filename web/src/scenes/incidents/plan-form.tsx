/**
 * The emergency plan's draft form on the app's one form approach (useActionForm): one line per item,
 * a contact as 「役割, 氏名, 電話」 (役割 and 氏名 required). The schema holds the server's limits
 * (EmergencyPlanReq: at most 100 lines of 1,000 characters, 役割・氏名 200, 電話 50); a server
 * error about one line (contacts.2.name, whatToReport.0) lands at its text area, naming the line.
 */
import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { useActionForm } from "../../forms";
import { useLang } from "../../i18n";

export const lines = (s: string) =>
  s
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);

const splitContact = (line: string) => line.split(/[,，、]/).map((x) => x.trim());

/** The first line (1-based) that breaks the rule, or 0. */
function badLine(text: string, ok: (line: string) => boolean): number {
  const i = lines(text).findIndex((l) => !ok(l));
  return i + 1;
}

const contactOk = (l: string) => {
  const [role = "", name = "", phone = ""] = splitContact(l);
  return role.length > 0 && role.length <= 200 && name.length > 0 && name.length <= 200 && phone.length <= 50;
};
const itemOk = (l: string) => l.length <= 1000;
const Lines = (ok: (l: string) => boolean) =>
  z.string().refine((s) => lines(s).length <= 100 && badLine(s, ok) === 0, { message: "lines" });

const PlanValues = z.object({
  contacts: Lines(contactOk),
  whatToReport: Lines(itemOk),
  responseMeasures: Lines(itemOk),
  recurrencePrevention: Lines(itemOk),
  note: z.string().trim().max(1000),
});
export type PlanForm = z.infer<typeof PlanValues>;
const AREAS = ["contacts", "whatToReport", "responseMeasures", "recurrencePrevention"] as const;

export function PlanDraftForm({
  initial,
  onCancel,
  onSaved,
}: {
  initial: PlanForm;
  onCancel(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: PlanForm) =>
      api.put("/api/emergency-plan", {
        body: {
          contacts: lines(v.contacts).map((l) => {
            const [role = "", name = "", phone = ""] = splitContact(l);
            return { role, name, phone: phone || null };
          }),
          whatToReport: lines(v.whatToReport),
          responseMeasures: lines(v.responseMeasures),
          recurrencePrevention: lines(v.recurrencePrevention),
          note: v.note.trim() || null,
        },
      }),
    onSuccess: async () => {
      onSaved();
      await qc.invalidateQueries({ queryKey: ["emergency-plan"] });
    },
  });
  const say = (ja: string, en: string) => (lang === "en" ? en : ja);
  const form = useActionForm(PlanValues, initial, save.error, {
    // The schema's "lines" says which line and what it needs, in the user's words.
    refine: (errors, values) => {
      const out = { ...errors };
      for (const k of AREAS) {
        if (!out[k]) continue;
        const ok = k === "contacts" ? contactOk : itemOk;
        const n = badLine(values[k], ok);
        out[k] =
          n === 0
            ? say("100行以内で入力してください。", "At most 100 lines.")
            : k === "contacts"
              ? say(
                  `${n}行目: 「役割, 氏名, 電話」の形で、役割と氏名を入力してください（役割・氏名は200文字、電話は50文字まで）。`,
                  `Line ${n}: write "role, name, phone"; the role and the name are required (200 characters each, phone 50).`,
                )
              : say(`${n}行目が1000文字を超えています。`, `Line ${n} is longer than 1,000 characters.`);
      }
      return out;
    },
  });
  // A server error about one line (contacts.2.name) is shown at its text area, naming the line.
  const errorOf = (k: (typeof AREAS)[number]) => {
    if (form.errors[k]) return form.errors[k];
    const hit = Object.entries(form.errors).find(([p]) => p.startsWith(`${k}.`));
    if (!hit) return undefined;
    const n = Number(hit[0].split(".")[1]) + 1;
    return `${say(`${n}行目: `, `Line ${n}: `)}${hit[1]}`;
  };
  const area = (k: (typeof AREAS)[number], label: string, description: string, testId: string) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={3}
      data-testid={testId}
      {...form.getInputProps(k)}
      error={errorOf(k)}
    />
  );
  return (
    <form {...form.formProps((v) => save.mutate(v))}>
      <Stack gap="xs">
        {area("contacts", t("plan.contacts"), t("plan.contactsHelp"), "plan-contacts")}
        {area("whatToReport", t("plan.whatToReport"), t("plan.onePerLine"), "plan-what")}
        {area("responseMeasures", t("plan.responseMeasures"), t("plan.onePerLine"), "plan-measures")}
        {area(
          "recurrencePrevention",
          t("plan.recurrencePrevention"),
          t("plan.onePerLine"),
          "plan-prevention",
        )}
        <TextInput
          label={t("plan.note")}
          maxLength={1000}
          data-testid="plan-note"
          {...form.getInputProps("note")}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="plan-save">
            {t("plan.saveDraft")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
