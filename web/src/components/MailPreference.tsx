import { Alert, Card, Group, SegmentedControl, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api";
import { ErrorAlert } from "./common";

interface Preference {
  mailMode: "immediate" | "digest";
  email: string | null;
}

/** メール通知: the signed-in person's own choice — each notification at once, or one mail a day. */
export function MailPreference() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: ["notification-preferences"],
    queryFn: () => api.get("/api/notifications/preferences"),
  });
  const save = useMutation({
    mutationFn: (mailMode: Preference["mailMode"]) =>
      api.put("/api/notifications/preferences", { body: { mailMode } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ["notification-preferences"] }),
  });
  const pref = query.data?.data;
  return (
    <Card withBorder padding="lg" mb="md" data-testid="mail-preference">
      <Group justify="space-between" mb="xs" align="flex-start">
        <Title order={4}>{t("mailPreference.title")}</Title>
        {pref && (
          <SegmentedControl
            value={save.isPending && save.variables ? save.variables : pref.mailMode}
            onChange={(v) => save.mutate(v as Preference["mailMode"])}
            disabled={save.isPending}
            data={[
              { value: "immediate", label: t("mailPreference.immediate") },
              { value: "digest", label: t("mailPreference.digest") },
            ]}
            data-testid="mail-mode"
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t("mailPreference.help")}
      </Text>
      {pref && !pref.email && (
        <Alert color="gray" variant="light" mt="sm" data-testid="mail-no-address">
          {t("mailPreference.noAddress")}
        </Alert>
      )}
      {pref?.email && (
        <Text size="sm" mt="xs">
          {t("mailPreference.address")}: <span className="mono">{pref.email}</span>
        </Text>
      )}
      <ErrorAlert error={query.error ?? save.error} testId="mail-preference-error" />
    </Card>
  );
}
