import {
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert, PageHeader } from "../../components/common";
import { DateTimeField } from "../../components/DateField";
import { bindField, useActionForm } from "../../forms";
import { navigate } from "../../router";

type Report = {
  summary: string;
  details: string;
  occurredAt: string | null;
  place: string;
  personalInfo: boolean;
  personCount: number | null;
  file: File | null;
};

/** What the browser checks first; the server checks everything again. */
const ReportSchema = z.object({
  summary: z.string().trim().min(1).max(200),
  details: z.string().trim().min(1).max(8000),
});

const LABELS = {
  summary: { ja: "概要", en: "Summary" },
  details: { ja: "詳細", en: "Details" },
};

/** 職員からの報告: what happened, when, where, personal information and about how many people. */
export default function IncidentReport() {
  const { t } = useTranslation();
  const send = useMutation({
    mutationFn: async (v: Report) => {
      const created = await api.post("/api/incidents", {
        body: {
          summary: v.summary.trim(),
          details: v.details.trim(),
          occurredAt: v.occurredAt ? new Date(v.occurredAt).toISOString() : null,
          place: v.place.trim() || null,
          personalInfo: v.personalInfo,
          personCount: v.personalInfo ? v.personCount : null,
        },
      });
      if (v.file) {
        const body = new FormData();
        body.set("file", v.file);
        body.set("kind", "attachment");
        await api.post("/api/incidents/{id}/files", { path: { id: created.id }, body });
      }
      return created;
    },
    onSuccess: (created) => navigate(`/incidents/${created.id}`),
  });
  const form = useActionForm<typeof ReportSchema, Report>(
    ReportSchema,
    {
      summary: "",
      details: "",
      occurredAt: null,
      place: "",
      personalInfo: false,
      personCount: null,
      file: null,
    },
    send.error,
    { labels: LABELS },
  );
  return (
    <>
      <PageHeader
        title={t("incidents.reportTitle")}
        description={t("incidents.reportDescription")}
        back={{ href: "/incidents", label: t("incidents.title") }}
      />
      <Card withBorder maw={720}>
        <form {...form.formProps((v) => send.mutate(v))} data-testid="incident-report-form">
          <Stack gap="sm">
            <ErrorAlert error={send.error} />
            <TextInput
              label={t("incidents.summary")}
              maxLength={200}
              withAsterisk
              {...form.getInputProps("summary")}
              data-testid="incident-summary"
            />
            <Textarea
              label={t("incidents.details")}
              maxLength={8000}
              autosize
              minRows={4}
              withAsterisk
              {...form.getInputProps("details")}
              data-testid="incident-details"
            />
            <DateTimeField
              label={t("incidents.occurredAt")}
              {...bindField(form, "occurredAt")}
              data-testid="incident-occurred-at"
            />
            <TextInput
              label={t("incidents.place")}
              maxLength={300}
              {...form.getInputProps("place")}
              data-testid="incident-place"
            />
            <Checkbox
              label={t("incidents.personalInfo")}
              {...form.getInputProps("personalInfo", { type: "checkbox" })}
              data-testid="incident-personal-info"
            />
            {form.values.personalInfo && (
              <NumberInput
                label={t("incidents.personCount")}
                value={form.values.personCount ?? ""}
                onChange={(v) => form.setFieldValue("personCount", typeof v === "number" ? v : null)}
                error={form.errors.personCount}
                min={0}
                data-testid="incident-person-count"
              />
            )}
            <FileInput
              label={t("incidents.attachment")}
              accept="application/pdf,image/png,image/jpeg,text/plain"
              clearable
              {...form.getInputProps("file")}
              data-testid="incident-attachment"
            />
            <Group justify="flex-end">
              <Button type="submit" loading={send.isPending} data-testid="incident-submit">
                {t("incidents.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
