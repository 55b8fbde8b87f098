import { Button, Group, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { VulnMatch } from "../../contract";
import { isoDate } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";

const STATES = ["not_affected", "in_progress", "applied", "workaround", "accepted"] as const;
type State = (typeof STATES)[number];

const DecisionValues = z.object({
  state: z.enum(STATES).nullable().pipe(z.enum(STATES)),
  reason: z.string().max(4000),
  evidence: z.string().max(4000),
  acceptedUntil: isoDate.nullable(),
});
/** The states whose reason the server asks for (commands/decide.ts). */
const NEEDS_REASON: ReadonlySet<State | null> = new Set(["not_affected", "workaround", "accepted"]);

/**
 * The owner's decision on one match. The rules that depend on the state (a reason for 対応不要・
 * 回避策・受容, an expiry after today for 受容) are the server's: its messages land at the fields.
 */
export function DecisionForm({ m }: { m: VulnMatch }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const decide = useMutation({
    mutationFn: (v: z.output<typeof DecisionValues>) =>
      api.post("/api/vulnerabilities/matches/{id}/decision", {
        path: { id: m.id },
        body: {
          state: v.state,
          reason: v.reason.trim() || null,
          evidence: v.evidence.trim() || null,
          acceptedUntil: v.state === "accepted" ? v.acceptedUntil : null,
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["vuln"] }),
  });
  const form = useActionForm(
    DecisionValues,
    { state: null, reason: "", evidence: "", acceptedUntil: null },
    decide.error,
    { labels: { state: { ja: "判断", en: "Decision" } } },
  );
  const state = form.values.state;
  const options = STATES.filter((s) => (s === "accepted" ? m.policies?.accept : m.policies?.decide)).map(
    (s) => ({ value: s, label: t(`vuln.state.${s}`) }),
  );
  if (!options.length) return null;
  return (
    <form {...form.formProps((v) => decide.mutate(DecisionValues.parse(v)))} data-testid="decision-form">
      <Stack gap="xs" mt="sm">
        <Group align="flex-start" wrap="wrap">
          <Select
            label={t("vuln.decision")}
            required
            data={options}
            allowDeselect={false}
            {...form.getInputProps("state")}
            data-testid="decision-state"
            w={220}
          />
          {state === "accepted" && (
            <DateField
              label={t("vuln.acceptedUntil")}
              required
              {...bindField(form, "acceptedUntil")}
              data-testid="decision-until"
              w={220}
            />
          )}
        </Group>
        {state && (
          <>
            <Textarea
              label={state === "workaround" ? t("vuln.workaround") : t("vuln.reason")}
              withAsterisk={NEEDS_REASON.has(state)}
              {...form.getInputProps("reason")}
              data-testid="decision-reason"
            />
            {state === "applied" && (
              <TextInput label={t("vuln.evidence")} {...form.getInputProps("evidence")} />
            )}
          </>
        )}
        <ErrorAlert error={decide.error} />
        <Group>
          <Button type="submit" loading={decide.isPending} data-testid="decision-save">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
