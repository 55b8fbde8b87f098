import { Alert, Button, Divider } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api";
import { useLang } from "../i18n";

const REASONS = [
  "unknown_user",
  "disabled",
  "locked",
  "inactive_person",
  "missing_claim",
  "expired",
  "invalid_response",
  "provider_refused",
  "provider_unavailable",
];

/**
 * The single sign-on button (only when the server has OIDC configured), the reason of a refused
 * provider sign-in, and — back from the provider with Sekimori's TOTP still owed — the code step.
 */
export function SsoSignIn({ onPendingMfa }: { onPendingMfa(csrfToken: string): void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const info = useQuery({
    queryKey: ["sso"],
    queryFn: () => api.get("/api/auth/oidc"),
    retry: false,
  });
  const params = new URLSearchParams(window.location.search);
  const error = params.get("sso_error");
  const pending = info.data?.pendingMfa?.csrfToken;
  useEffect(() => {
    if (pending && params.get("sso") === "mfa") onPendingMfa(pending);
  }, [pending, onPendingMfa, params]);
  if (!info.data?.enabled || !info.data.label) return null;
  return (
    <>
      <Divider label={t("signin.ssoOr")} labelPosition="center" my="sm" />
      {error && (
        <Alert color="red" variant="light" mb="sm" role="alert" data-testid="sso-error">
          {t(`signin.ssoError.${REASONS.includes(error) ? error : "invalid_response"}`)}
        </Alert>
      )}
      <Button component="a" href="/api/auth/oidc/start" variant="default" fullWidth data-testid="sso-start">
        {pick(info.data.label)}
      </Button>
    </>
  );
}
