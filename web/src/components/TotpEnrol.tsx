import { Alert, Button, Code, Group, Image, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../api";
import { useActionForm } from "../forms";
import { ErrorAlert } from "./common";

/** The server's MfaCodeReq: the code of the authenticator app (spaces as typed are dropped). */
const CodeValues = z.object({ code: z.string().trim().min(1).max(32) });
const CODE_LABEL = { code: { ja: "確認コード", en: "Verification code" } };

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
  const setup = useMutation({ mutationFn: (): Promise<SetupRes> => api.post("/api/auth/mfa/setup") });
  const enable = useMutation({
    mutationFn: (v: { code: string }) =>
      api.post("/api/auth/mfa/enable", { body: { code: v.code.replace(/\s/g, "") } }),
  });
  const form = useActionForm(CodeValues, { code: "" }, enable.error, { labels: CODE_LABEL });
  const codes = enable.data?.recoveryCodes;

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

  if (!setup.data) {
    return (
      <Stack gap="sm">
        <ErrorAlert error={setup.error} testId="mfa-error" />
        <Text size="sm">{t("mfa.intro")}</Text>
        <Group>
          <Button onClick={() => setup.mutate()} loading={setup.isPending} data-testid="mfa-setup">
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

  const qr = setup.data.qrDataUrl ?? setup.data.qr;
  return (
    <form {...form.formProps((v) => enable.mutate(v))}>
      <Stack gap="sm">
        <ErrorAlert error={enable.error} testId="mfa-error" />
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
              {setup.data.secret}
            </Code>
          </Stack>
        </Group>
        <TextInput
          label={t("mfa.code")}
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={10}
          w={200}
          data-testid="mfa-enable-code"
          {...form.getInputProps("code")}
        />
        <Group>
          <Button type="submit" loading={enable.isPending} data-testid="mfa-enable">
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
