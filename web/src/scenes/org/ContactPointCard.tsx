import { Button, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { useMe } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { ErrorAlert } from "../../components/common";
import { useActionForm } from "../../forms";
import { useLang } from "../../i18n";

/** What the browser can check of the server's ContactMeansReq (an empty field clears it). */
const Values = z.object({
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^(|\+?[0-9(][0-9\-() ]{5,28}[0-9])$/),
  email: z.union([z.literal(""), z.string().trim().max(254).email()]),
});

/**
 * 統一的な窓口 and how to reach it, as the public form publishes it (6.3(2)④ 連絡手段を公表). A
 * telephone or e-mail the policy text does not give shows 未設定 until the CISO (or the system
 * administrator) sets it here.
 */
export function ContactPointCard() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const me = useMe();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const cp = useQuery({
    queryKey: ["contact-point"],
    queryFn: () => api.get("/api/public/contact-point"),
  });
  const save = useMutation({
    mutationFn: (v: { phone: string; email: string }) =>
      api.put("/api/contact-point", { body: { phone: v.phone.trim(), email: v.email.trim() } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["contact-point"] });
      setEditing(false);
    },
  });
  const form = useActionForm(Values, { phone: "", email: "" }, save.error);
  const data = cp.data;
  if (!data) return null;
  const canEdit = me.user.policies?.editContactPoint === true;
  const unset = (
    <Text span c="orange">
      {t("contactPoint.unset")}
    </Text>
  );
  return (
    <Card withBorder mb="md" data-testid="contact-point-card">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="xs" c="dimmed">
            {t("contactPoint.title")}
          </Text>
          <Text fw={700}>{pick(data.name)}</Text>
          <Text size="sm">{pick(data.howToReach)}</Text>
          <Text size="sm" data-testid="contact-point-phone">
            {t("contactPoint.phone")}: {data.phone ?? unset}
          </Text>
          <Text size="sm" data-testid="contact-point-email">
            {t("contactPoint.email")}: {data.email ?? unset}
          </Text>
          <ClauseLink id={data.clause} />
        </div>
        {canEdit && !editing && (
          <Button
            variant="light"
            size="xs"
            className="no-print"
            data-testid="contact-point-edit"
            onClick={() => {
              form.setValues({ phone: data.phone ?? "", email: data.email ?? "" });
              setEditing(true);
            }}
          >
            {t("contactPoint.edit")}
          </Button>
        )}
      </Group>
      {editing && (
        <form {...form.formProps((v) => save.mutate(v))} className="no-print">
          <Stack gap="xs" mt="sm" maw={420}>
            <ErrorAlert error={save.error} />
            <TextInput
              label={t("contactPoint.phone")}
              description={t("contactPoint.clearHelp")}
              {...form.getInputProps("phone")}
              data-testid="contact-point-phone-input"
            />
            <TextInput
              label={t("contactPoint.email")}
              type="email"
              {...form.getInputProps("email")}
              data-testid="contact-point-email-input"
            />
            <Group>
              <Button type="submit" loading={save.isPending} data-testid="contact-point-save">
                {t("common.save")}
              </Button>
              <Button variant="subtle" onClick={() => setEditing(false)}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
