import { Alert, Button, Code, Group, Image, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api";
import { ErrorAlert, useFieldError } from "./common";

interface SetupRes {
  secret: string;
  otpauthUrl?: string;
  uri?: string;
  qrDataUrl?: string;
  qr?: string;
}

/**
 * TOTP enrolment: start (POST /api/auth/mfa/setup → secret + QR image), confirm with a code
 * (POST /api/auth/mfa/enable → recovery codes, shown once), then `onDone`.
 */
export function TotpEnrol({ onDone, onCancel }: { onDone(): void | Promise<void>; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<SetupRes | null>(null);
  const [code, setCode] = useState("");
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldError(error);

  async function start() {
    setError(null);
    setBusy(true);
    try {
      setSetup(await api.post("/api/auth/mfa/setup"));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const res = await api.post("/api/auth/mfa/enable", { body: { code: code.replace(/\s/g, "") } });
      setCodes(res.recoveryCodes);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (codes) {
    return (
      <Stack gap="sm" data-testid="recovery-codes">
        <Alert color="yellow" variant="light" title={t("mfa.recoveryTitle")}>
          {t("mfa.recoveryHelp")}
        </Alert>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
          {codes.map((c) => (
            <Code key={c} block ta="center" fz="sm" data-testid="recovery-code">
              {c}
            </Code>
          ))}
        </SimpleGrid>
        <Group>
          <Button onClick={() => window.print()} variant="default" className="no-print">
            {t("common.print")}
          </Button>
          <Button onClick={() => onDone()} data-testid="mfa-done">
            {t("mfa.savedCodes")}
          </Button>
        </Group>
      </Stack>
    );
  }

  if (!setup) {
    return (
      <Stack gap="sm">
        <ErrorAlert error={error} testId="mfa-error" />
        <Text size="sm">{t("mfa.intro")}</Text>
        <Group>
          <Button onClick={start} loading={busy} data-testid="mfa-setup">
            {t("mfa.start")}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    );
  }

  const qr = setup.qrDataUrl ?? setup.qr;
  return (
    <form onSubmit={confirm} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={error} testId="mfa-error" />
        <Text size="sm">{t("mfa.scan")}</Text>
        <Group align="flex-start" gap="lg">
          {qr && (
            <Image
              src={qr}
              alt={t("mfa.qrAlt")}
              w={180}
              h={180}
              fit="contain"
              data-testid="mfa-qr"
              bd="1px solid #ddd"
            />
          )}
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t("mfa.secretLabel")}
            </Text>
            <Code fz="sm" data-testid="mfa-secret">
              {setup.secret}
            </Code>
          </Stack>
        </Group>
        <TextInput
          label={t("mfa.code")}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError("code") ?? fieldError("totp")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={10}
          w={200}
          data-testid="mfa-enable-code"
        />
        <Group>
          <Button type="submit" loading={busy} disabled={code.trim().length < 6} data-testid="mfa-enable">
            {t("mfa.enable")}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
