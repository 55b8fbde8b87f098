import { Alert, Badge, Button, Card, Group, Radio, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import { useActionForm } from "../../forms";
import { useLang } from "../../i18n";

/** The server's profile choice: one of the profiles it lists. */
const Values = z.object({ profileId: z.string().min(1).max(64) });

/** The installation's active policy profile (audited on the server). */
export default function ProfileChoice() {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const { pick } = useLang();
  const qc = useQueryClient();
  const query = useQuery({ queryKey: ["profiles"], queryFn: () => api.get("/api/profiles") });
  const save = useMutation({
    mutationFn: (v: { profileId: string }) => api.put("/api/settings/profile", { body: v }),
    onSuccess: async () => {
      await qc.invalidateQueries();
    },
  });
  const form = useActionForm(Values, { profileId: "" }, save.error);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the loaded active profile fills the choice
  useEffect(() => {
    if (query.data) form.setValues({ profileId: query.data.active });
  }, [query.data]);
  const data = query.data;
  const choice = form.values.profileId;

  return (
    <>
      {confirmDialog}
      <PageHeader title={t("profileChoice.title")} description={t("profileChoice.description")} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {data && (
          <Card withBorder padding="lg" maw={720}>
            <form
              {...form.formProps(
                (v) =>
                  void confirm({ message: t("profileChoice.confirm") }).then((ok) => ok && save.mutate(v)),
              )}
            >
              <Stack gap="sm">
                <ErrorAlert error={save.error} />
                {save.isSuccess && (
                  <Alert color="teal" variant="light" data-testid="profile-changed">
                    {t("profileChoice.changed")}
                  </Alert>
                )}
                <Radio.Group
                  label={t("profileChoice.title")}
                  required
                  data-testid="profile-choice"
                  {...form.getInputProps("profileId")}
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
                      type="submit"
                      disabled={choice === data.active}
                      loading={save.isPending}
                      data-testid="profile-save"
                    >
                      {t("profileChoice.save")}
                    </Button>
                  </Group>
                )}
              </Stack>
            </form>
          </Card>
        )}
      </QueryState>
    </>
  );
}
