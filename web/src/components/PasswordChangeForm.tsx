import { Button, Grid, PasswordInput, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../api";
import { passwordField, useActionForm } from "../forms";
import { ErrorAlert } from "./common";
import { PasswordRule } from "./PasswordRule";

/** The server's PasswordChangeReq, and the confirmation typed again (checked here only). */
const PasswordValues = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
  confirm: z.string(),
});
type Values = z.input<typeof PasswordValues>;
const CONFIRM_LABEL = { confirm: { ja: "新しいパスワード（確認）", en: "New password (again)" } };

/** Current + new + confirm, with the rule shown beside it. POST /api/auth/password. */
export function PasswordChangeForm({ onDone }: { onDone(): void | Promise<void> }) {
  const { t } = useTranslation();
  const change = useMutation({
    mutationFn: (v: Values) =>
      api.post("/api/auth/password", {
        body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
      }),
    onSuccess: async () => {
      form.reset();
      await onDone();
    },
  });
  const form = useActionForm(
    PasswordValues,
    { currentPassword: "", newPassword: "", confirm: "" },
    change.error,
    {
      labels: CONFIRM_LABEL,
      // The confirmation differs: said at the confirmation, in the rule's own words.
      refine: (errors, v) =>
        v.newPassword && v.confirm !== v.newPassword
          ? { ...errors, confirm: t("password.mismatch") }
          : errors,
    },
  );
  const { newPassword, confirm } = form.values;
  return (
    <form {...form.formProps((v) => change.mutate(v))} data-testid="password-change-form">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap="sm">
            <ErrorAlert error={change.error} testId="password-error" />
            <PasswordInput
              label={t("password.current")}
              autoComplete="current-password"
              required
              data-testid="current-password"
              {...passwordField(form, "currentPassword")}
            />
            <PasswordInput
              label={t("password.new")}
              autoComplete="new-password"
              required
              data-testid="new-password"
              {...passwordField(form, "newPassword")}
            />
            <PasswordInput
              label={t("password.confirm")}
              autoComplete="new-password"
              required
              data-testid="confirm-password"
              {...passwordField(form, "confirm")}
            />
            <Button type="submit" loading={change.isPending} data-testid="password-submit" w="fit-content">
              {t("password.submit")}
            </Button>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <PasswordRule password={newPassword} confirm={confirm} />
        </Grid.Col>
      </Grid>
    </form>
  );
}
