import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type ReactNode, useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ApiError, api, setCsrfToken } from "../api";
import { useAuth } from "../auth";
import { ErrorAlert, errorText } from "../components/common";
import { PasswordChangeForm } from "../components/PasswordChangeForm";
import { Brand, LangSwitch } from "../components/Shell";
import { SsoSignIn } from "../components/SsoSignIn";
import { TotpEnrol } from "../components/TotpEnrol";
import type { LoginResult } from "../contract";
import { passwordField, useActionForm } from "../forms";
import { useLang } from "../i18n";

/**
 * The server's LoginReq as the form holds it: the owner's unlock code is one field, sent as `totp`
 * or `recoveryCode`. A wrong login ID or password is one message for both (the alert), never a
 * field's, so the screen does not tell whether a login exists.
 */
const LoginValues = z.object({
  loginId: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  unlockCode: z.string().trim().max(40),
});
/** The server's MfaCodeReq: an authenticator code or a recovery code. */
const CodeValues = z.object({ code: z.string().trim().min(1).max(40) });
const UNLOCK_LABEL = { unlockCode: { ja: "確認コードまたはリカバリーコード", en: "Code or recovery code" } };
const CODE_LABEL = { code: { ja: "確認コード", en: "Verification code" } };

/** The server's messages about `totp` / `recoveryCode` are shown at the one unlock field. */
function atUnlockField(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([k, f]) => [
      k === "totp" || k === "recoveryCode" ? "unlockCode" : k,
      f,
    ]),
  );
  return new ApiError(error.status, error.code, error.messageJa, error.messageEn, fields);
}

function Frame({ children, width = 440 }: { children: ReactNode; width?: number }) {
  return (
    <Box className="signin-bg" mih="100vh">
      <Group justify="space-between" px="lg" py="sm" className="signin-top">
        <Brand />
        <LangSwitch />
      </Group>
      <Center py={32} px="md">
        <Box w="100%" maw={width}>
          {children}
        </Box>
      </Center>
    </Box>
  );
}

function Banner() {
  const { pick } = useLang();
  const { t } = useTranslation();
  const banner = useQuery({
    queryKey: ["banner"],
    queryFn: () => api.get("/api/auth/banner"),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (!banner.data) return null;
  return (
    <Alert color="yellow" variant="light" mb="md" title={t("signin.bannerTitle")} data-testid="login-banner">
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {pick(banner.data)}
      </Text>
    </Alert>
  );
}

function isLocked(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 423 || error.code === "account_locked");
}

/** A six-digit value is an authenticator code; anything else is taken as a recovery code. */
function ownerUnlock(value: string): { totp?: string; recoveryCode?: string } {
  const v = value.trim();
  if (!v) return {};
  const digits = v.replace(/\s/g, "");
  return /^\d{6}$/.test(digits) ? { totp: digits } : { recoveryCode: v };
}

/** Which message to show for a failed attempt: locks (423) and rate limits (429) get their own. */
function LoginError({ error }: { error: unknown }) {
  const { lang } = useLang();
  const { t } = useTranslation();
  if (!error) return null;
  if (isLocked(error)) {
    return (
      <Alert
        color="red"
        variant="filled"
        title={t("signin.lockedTitle")}
        data-testid="login-locked"
        role="alert"
      >
        {errorText(error, lang)}
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 429) {
    return (
      <Alert
        color="orange"
        variant="filled"
        title={t("signin.rateLimitedTitle")}
        data-testid="login-rate-limited"
        role="alert"
      >
        {errorText(error, lang)}
      </Alert>
    );
  }
  return <ErrorAlert error={error} testId="login-error" />;
}

export function SignIn() {
  const { t } = useTranslation();
  const { signedIn, refresh } = useAuth();
  const [step, setStep] = useState<"password" | "mfa">("password");
  const [unlockOpen, setUnlockOpen] = useState(false);
  const [recovery, setRecovery] = useState(false);
  async function finish(res: LoginResult) {
    if ("mfaRequired" in res) {
      setCsrfToken(res.csrfToken);
      setStep("mfa");
      return;
    }
    if (res.mustChangePassword || res.mfaEnrollmentRequired) {
      // The app shows the forced password change / enrolment screen from `me`.
      await refresh();
      return;
    }
    await signedIn(res.previousLogin, res.csrfToken);
  }

  // Back from the identity provider with Sekimori's TOTP still owed.
  const onSsoPending = useCallback((token: string) => {
    setCsrfToken(token);
    setStep("mfa");
  }, []);

  const login = useMutation({
    mutationFn: (v: z.output<typeof LoginValues>) =>
      api.post("/api/auth/login", {
        body: {
          loginId: v.loginId,
          password: v.password,
          // Locked by wrong passwords: the owner sends a second-factor code with the password, which
          // clears the lock (README: "Locking someone else out is not free").
          ...ownerUnlock(v.unlockCode),
        },
      }),
    onSuccess: finish,
  });
  const verify = useMutation({
    // The server takes a TOTP code or a recovery code in the same field.
    mutationFn: (code: string) =>
      api.post("/api/auth/mfa/verify", { body: { code: recovery ? code : code.replace(/\s/g, "") } }),
    onSuccess: finish,
  });
  const loginError = useMemo(() => atUnlockField(login.error), [login.error]);
  const loginForm = useActionForm(LoginValues, { loginId: "", password: "", unlockCode: "" }, loginError, {
    labels: UNLOCK_LABEL,
  });
  const codeForm = useActionForm(CodeValues, { code: "" }, verify.error, { labels: CODE_LABEL });
  const error = step === "password" ? login.error : verify.error;

  return (
    <Frame>
      <Banner />
      <Paper withBorder shadow="xs" p="xl" radius="md">
        <Title order={3} mb={4}>
          {t("signin.title")}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t("signin.subtitle")}
        </Text>
        {step === "password" ? (
          <form {...loginForm.formProps((v) => login.mutate(LoginValues.parse(v)))} data-testid="login-form">
            <Stack gap="sm">
              <LoginError error={error} />
              <TextInput
                label={t("signin.loginId")}
                autoComplete="username"
                autoFocus
                required
                data-testid="login-id"
                {...loginForm.getInputProps("loginId")}
              />
              <PasswordInput
                label={t("signin.password")}
                autoComplete="current-password"
                required
                data-testid="login-password"
                {...passwordField(loginForm, "password")}
              />
              {error && !unlockOpen ? (
                // A locked login answers like a wrong password (no hint to a guesser), so the
                // owner's way out is offered after any failed attempt.
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => setUnlockOpen(true)}
                  data-testid="login-unlock-toggle"
                >
                  {t("signin.unlockOpen")}
                </Anchor>
              ) : null}
              {unlockOpen || isLocked(error) ? (
                <Stack gap={4} data-testid="login-unlock">
                  <Text size="sm">{t("signin.unlockHelp")}</Text>
                  <TextInput
                    label={t("signin.unlockCode")}
                    autoComplete="one-time-code"
                    maxLength={40}
                    data-testid="login-unlock-code"
                    {...loginForm.getInputProps("unlockCode")}
                  />
                </Stack>
              ) : null}
              <Button type="submit" loading={login.isPending} fullWidth mt="xs" data-testid="login-submit">
                {loginForm.values.unlockCode.trim() ? t("signin.unlockSubmit") : t("signin.submit")}
              </Button>
              <SsoSignIn onPendingMfa={onSsoPending} />
            </Stack>
          </form>
        ) : (
          <form {...codeForm.formProps((v) => verify.mutate(v.code.trim()))} data-testid="mfa-form">
            <Stack gap="sm">
              <LoginError error={error} />
              <Text size="sm">{recovery ? t("signin.recoveryHelp") : t("signin.mfaHelp")}</Text>
              <TextInput
                label={recovery ? t("signin.recoveryCode") : t("signin.mfaCode")}
                inputMode={recovery ? "text" : "numeric"}
                autoComplete="one-time-code"
                autoFocus
                maxLength={40}
                data-testid="mfa-code"
                {...codeForm.getInputProps("code")}
              />
              <Button type="submit" loading={verify.isPending} fullWidth data-testid="mfa-submit">
                {t("signin.verify")}
              </Button>
              <Group justify="space-between">
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => {
                    setRecovery(!recovery);
                    codeForm.reset();
                    verify.reset();
                  }}
                  data-testid="mfa-toggle-recovery"
                >
                  {recovery ? t("signin.useTotp") : t("signin.useRecovery")}
                </Anchor>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="dimmed"
                  onClick={async () => {
                    await api.post("/api/auth/logout").catch(() => undefined);
                    setStep("password");
                    codeForm.reset();
                    verify.reset();
                    loginForm.setFieldValue("password", "");
                    login.reset();
                  }}
                >
                  {t("signin.back")}
                </Anchor>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
      <Text size="xs" c="dimmed" ta="center" mt="md">
        {t("signin.footer")}
      </Text>
    </Frame>
  );
}

function SignOutLink() {
  const { signOut } = useAuth();
  const { t } = useTranslation();
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      c="dimmed"
      onClick={() => signOut()}
      data-testid="logout"
    >
      {t("shell.logout")}
    </Anchor>
  );
}

/** A temporary password must be changed before anything else. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { refresh, me, signedIn } = useAuth();
  return (
    <Frame width={760}>
      <Paper withBorder shadow="xs" p="xl" radius="md" data-testid="forced-password-change">
        <Group justify="space-between" mb="xs">
          <Title order={3}>{t("password.forcedTitle")}</Title>
          <SignOutLink />
        </Group>
        <Text size="sm" c="dimmed" mb="md">
          {t("password.forcedHelp", { loginId: me?.user.loginId ?? "" })}
        </Text>
        <PasswordChangeForm
          onDone={async () => {
            await refresh();
            await signedIn(me?.previousLogin ?? null);
          }}
        />
      </Paper>
    </Frame>
  );
}

/** The profile requires a second factor for this user's duties: enrol TOTP first. */
export function RequiredMfaEnrolment() {
  const { t } = useTranslation();
  const { refresh, me, signedIn } = useAuth();
  return (
    <Frame width={640}>
      <Paper withBorder shadow="xs" p="xl" radius="md" data-testid="mfa-enrolment-required">
        <Group justify="space-between" mb="xs">
          <Title order={3}>{t("mfa.requiredTitle")}</Title>
          <SignOutLink />
        </Group>
        <Text size="sm" c="dimmed" mb="md">
          {t("mfa.requiredHelp")}
        </Text>
        <TotpEnrol
          onDone={async () => {
            await refresh();
            await signedIn(me?.previousLogin ?? null);
          }}
        />
      </Paper>
    </Frame>
  );
}
