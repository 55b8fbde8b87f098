import { Button, Grid, PasswordInput, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api";
import { ErrorAlert, useFieldError } from "./common";
import { PasswordRule, passwordChecks } from "./PasswordRule";

/** Current + new + confirm, with the rule shown beside it. POST /api/auth/password. */
export function PasswordChangeForm({ onDone }: { onDone(): void | Promise<void> }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldError(error);
  const checks = passwordChecks(next, confirm);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await api.post("/api/auth/password", { body: { currentPassword: current, newPassword: next } });
      setCurrent("");
      setNext("");
      setConfirm("");
      await onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} data-testid="password-change-form" noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap="sm">
            <ErrorAlert error={error} testId="password-error" />
            <PasswordInput
              label={t("password.current")}
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={fieldError("currentPassword")}
              autoComplete="current-password"
              required
              data-testid="current-password"
            />
            <PasswordInput
              label={t("password.new")}
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              error={fieldError("newPassword")}
              autoComplete="new-password"
              required
              data-testid="new-password"
            />
            <PasswordInput
              label={t("password.confirm")}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={confirm && !checks.match ? t("password.mismatch") : undefined}
              autoComplete="new-password"
              required
              data-testid="confirm-password"
            />
            <Button
              type="submit"
              loading={busy}
              disabled={!current || !checks.match}
              data-testid="password-submit"
              w="fit-content"
            >
              {t("password.submit")}
            </Button>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <PasswordRule password={next} confirm={confirm} />
        </Grid.Col>
      </Grid>
    </form>
  );
}
