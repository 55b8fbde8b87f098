import { Alert, Badge, Button, Card, Group, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../api";
import { useAuth, useMe } from "../auth";
import { ErrorAlert, PageHeader } from "../components/common";
import { MailPreference } from "../components/MailPreference";
import { PasswordChangeForm } from "../components/PasswordChangeForm";
import { TotpEnrol } from "../components/TotpEnrol";
import { passwordField, useActionForm } from "../forms";

/** The server's MFA-disable request: the current password, to confirm it is the person. */
const DisableValues = z.object({ password: z.string().min(1).max(256) });

function DisableMfa({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const disable = useMutation({
    mutationFn: (v: { password: string }) => api.post("/api/auth/mfa/disable", { body: v }),
    onSuccess: onDone,
  });
  const form = useActionForm(DisableValues, { password: "" }, disable.error);
  return (
    <form {...form.formProps((v) => disable.mutate(v))} data-testid="mfa-disable-form">
      <Stack gap="sm" maw={360}>
        <ErrorAlert error={disable.error} testId="mfa-disable-error" />
        <PasswordInput
          label={t("account.confirmPassword")}
          autoComplete="current-password"
          required
          data-testid="mfa-disable-password"
          {...passwordField(form, "password")}
        />
        <Button
          color="red"
          variant="light"
          type="submit"
          loading={disable.isPending}
          data-testid="mfa-disable"
        >
          {t("account.disableMfa")}
        </Button>
      </Stack>
    </form>
  );
}

export default function Account() {
  const { t } = useTranslation();
  const me = useMe();
  const { refresh } = useAuth();
  const [changed, setChanged] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const [disabling, setDisabling] = useState(false);

  return (
    <>
      <PageHeader title={t("account.title")} description={`${me.user.name}（${me.user.loginId}）`} />
      <Card withBorder padding="lg" mb="md" data-testid="account-password">
        <Title order={4} mb="sm">
          {t("account.changePassword")}
        </Title>
        {changed && (
          <Alert color="teal" variant="light" mb="sm" data-testid="password-changed">
            {t("account.passwordChanged")}
          </Alert>
        )}
        <PasswordChangeForm
          onDone={async () => {
            setChanged(true);
            await refresh();
          }}
        />
      </Card>
      <MailPreference />
      <Card withBorder padding="lg" data-testid="account-mfa">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t("account.mfa")}</Title>
          {me.user.mfaEnabled ? (
            <Badge color="teal" data-testid="mfa-state" data-enabled="true">
              {t("account.mfaOn")}
            </Badge>
          ) : (
            <Badge color="gray" data-testid="mfa-state" data-enabled="false">
              {t("account.mfaOff")}
            </Badge>
          )}
        </Group>
        {me.user.mfaRequired && (
          <Text size="sm" c="dimmed" mb="sm">
            {t("account.mfaRequiredByPolicy")}
          </Text>
        )}
        {me.user.mfaEnabled ? (
          me.user.mfaRequired ? null : disabling ? (
            <DisableMfa
              onDone={async () => {
                setDisabling(false);
                await refresh();
              }}
            />
          ) : (
            <Button
              variant="default"
              color="red"
              onClick={() => setDisabling(true)}
              data-testid="mfa-disable-start"
            >
              {t("account.disableMfa")}
            </Button>
          )
        ) : enrolling ? (
          <TotpEnrol
            onDone={async () => {
              setEnrolling(false);
              await refresh();
            }}
            onCancel={() => setEnrolling(false)}
          />
        ) : (
          <Stack gap="xs">
            <Text size="sm">{t("mfa.intro")}</Text>
            <Button w="fit-content" onClick={() => setEnrolling(true)} data-testid="mfa-enrol-start">
              {t("account.enableMfa")}
            </Button>
          </Stack>
        )}
      </Card>
    </>
  );
}
