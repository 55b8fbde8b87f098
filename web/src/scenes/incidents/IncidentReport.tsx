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
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert, PageHeader, useFieldError } from "../../components/common";
import { navigate } from "../../router";
import type { Json } from "./common";

/** 職員からの報告: what happened, when, where, personal information and about how many people. */
export default function IncidentReport() {
  const { t } = useTranslation();
  const [summary, setSummary] = useState("");
  const [details, setDetails] = useState("");
  const [occurredAt, setOccurredAt] = useState("");
  const [place, setPlace] = useState("");
  const [personalInfo, setPersonalInfo] = useState(false);
  const [personCount, setPersonCount] = useState<number | string>("");
  const [file, setFile] = useState<File | null>(null);
  const send = useMutation({
    mutationFn: async () => {
      const created = await api.post<Json>("/api/incidents", {
        summary: summary.trim(),
        details: details.trim(),
        occurredAt: occurredAt ? new Date(`${occurredAt}:00+09:00`).toISOString() : null,
        place: place.trim() || null,
        personalInfo,
        personCount: personalInfo && personCount !== "" ? Number(personCount) : null,
      });
      if (file) {
        const form = new FormData();
        form.set("file", file);
        form.set("kind", "attachment");
        await api.upload(`/api/incidents/${created.id}/files`, form);
      }
      return created;
    },
    onSuccess: (created) => navigate(`/incidents/${created.id}`),
  });
  const fieldError = useFieldError(send.error);
  return (
    <>
      <PageHeader
        title={t("incidents.reportTitle")}
        description={t("incidents.reportDescription")}
        back={{ href: "/incidents", label: t("incidents.title") }}
      />
      <Card withBorder maw={720}>
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            send.mutate();
          }}
          noValidate
          data-testid="incident-report-form"
        >
          <Stack gap="sm">
            <ErrorAlert error={send.error} />
            <TextInput
              label={t("incidents.summary")}
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
              maxLength={200}
              required
              error={fieldError("summary")}
              data-testid="incident-summary"
            />
            <Textarea
              label={t("incidents.details")}
              value={details}
              onChange={(e) => setDetails(e.currentTarget.value)}
              maxLength={8000}
              autosize
              minRows={4}
              required
              error={fieldError("details")}
              data-testid="incident-details"
            />
            <Group grow>
              <TextInput
                type="datetime-local"
                label={t("incidents.occurredAt")}
                value={occurredAt}
                onChange={(e) => setOccurredAt(e.currentTarget.value)}
                error={fieldError("occurredAt")}
                data-testid="incident-occurred-at"
              />
              <TextInput
                label={t("incidents.place")}
                value={place}
                onChange={(e) => setPlace(e.currentTarget.value)}
                maxLength={300}
                data-testid="incident-place"
              />
            </Group>
            <Checkbox
              label={t("incidents.personalInfo")}
              checked={personalInfo}
              onChange={(e) => setPersonalInfo(e.currentTarget.checked)}
              data-testid="incident-personal-info"
            />
            {personalInfo && (
              <NumberInput
                label={t("incidents.personCount")}
                value={personCount}
                onChange={setPersonCount}
                min={0}
                error={fieldError("personCount")}
                data-testid="incident-person-count"
              />
            )}
            <FileInput
              label={t("incidents.attachment")}
              value={file}
              onChange={setFile}
              accept="application/pdf,image/png,image/jpeg,text/plain"
              clearable
              data-testid="incident-attachment"
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={send.isPending}
                disabled={!summary.trim() || !details.trim()}
                data-testid="incident-submit"
              >
                {t("incidents.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
