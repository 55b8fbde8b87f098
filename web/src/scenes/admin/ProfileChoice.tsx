import { Alert, Badge, Button, Card, Group, Radio, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import { useLang } from "../../i18n";

/** The installation's active policy profile (audited on the server). */
export default function ProfileChoice() {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const { pick } = useLang();
  const qc = useQueryClient();
  const query = useQuery({ queryKey: ["profiles"], queryFn: () => api.get("/api/profiles") });
  const [choice, setChoice] = useState<string>("");
  useEffect(() => {
    if (query.data) setChoice(query.data.active);
  }, [query.data]);
  const save = useMutation({
    mutationFn: () => api.put("/api/settings/profile", { body: { profileId: choice } }),
    onSuccess: async () => {
      await qc.invalidateQueries();
    },
  });
  const fieldError = useFieldError(save.error);
  const data = query.data;

  return (
    <>
      {confirmDialog}
      <PageHeader title={t("profileChoice.title")} description={t("profileChoice.description")} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {data && (
          <Card withBorder padding="lg" maw={720}>
            <Stack gap="sm">
              <ErrorAlert error={save.error} />
              {save.isSuccess && (
                <Alert color="teal" variant="light" data-testid="profile-changed">
                  {t("profileChoice.changed")}
                </Alert>
              )}
              <Radio.Group
                value={choice}
                onChange={setChoice}
                error={fieldError("profileId")}
                data-testid="profile-choice"
              >
                <Stack gap="xs">
                  {data.profiles.map((p) => (
                    <Radio
                      key={p.id}
                      value={p.id}
                      disabled={!data.policies.change}
                      label={
                        <Group gap="xs">
                          <Text size="sm" fw={600}>
                            {pick({ ja: p.name, en: p.nameEn })}
                          </Text>
                          <Text size="xs" c="dimmed" className="mono">
                            {p.id}
                          </Text>
                          {p.id === data.active && (
                            <Badge size="xs" color="teal">
                              {t("profileChoice.active")}
                            </Badge>
                          )}
                        </Group>
                      }
                      data-testid={`profile-option-${p.id}`}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              {data.policies.change && (
                <Group justify="flex-end">
                  <Button
                    onClick={() =>
                      void confirm({ message: t("profileChoice.confirm") }).then((ok) => ok && save.mutate())
                    }
                    disabled={choice === data.active}
                    loading={save.isPending}
                    data-testid="profile-save"
                  >
                    {t("profileChoice.save")}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        )}
      </QueryState>
    </>
  );
}
