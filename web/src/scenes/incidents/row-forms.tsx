/**
 * The small forms inside the incident page's tables (one per escalation step, evidence file or
 * outside body), each on @mantine/form with that action's server field errors at its fields.
 */
import { Button, Group, Select, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { DateField, DateTimeField } from "../../components/DateField";
import { TextSubmit } from "../../components/TextSubmit";
import type { IncidentCase } from "../../contract";
import { useActionForm } from "../../forms";
import type { ErrorOf, Send } from "./case-action";

interface RowProps {
  c: IncidentCase;
  send: Send;
  errorOf: ErrorOf;
}

const PostReportValues = z.object({ report: z.string().trim().min(1).max(4000) });

/** What an acting holder reports to the one they stood in for, after acknowledging the step. */
export function PostReportForm({ c, escalationId, send, errorOf }: RowProps & { escalationId: string }) {
  const { t } = useTranslation();
  const path = `/api/incidents/${c.id}/escalations/${escalationId}/post-report`;
  const form = useActionForm(PostReportValues, { report: "" }, errorOf(path));
  return (
    <form
      {...form.formProps((v) =>
        send(path, () =>
          api.post("/api/incidents/{id}/escalations/{escalationId}/post-report", {
            path: { id: c.id, escalationId },
            body: { report: v.report.trim() },
          }),
        ),
      )}
    >
      <TextSubmit
        variant="inline"
        mt={4}
        field={form.getInputProps("report")}
        ariaLabel={t("incidents.postReport")}
        maxLength={4000}
        testId="post-report-text"
        submit={{ label: t("incidents.postReportSend"), testId: "post-report-send" }}
      />
    </form>
  );
}

const CustodyValues = z.object({
  handedFrom: z.string().trim().min(1).max(200),
  handedTo: z.string().trim().min(1).max(200),
  handedAt: z.string().min(1),
});

/** A hand-over of an evidence file (chain of custody). */
export function CustodyForm({ c, fileId, send, errorOf }: RowProps & { fileId: string }) {
  const { t } = useTranslation();
  const path = `/api/incidents/${c.id}/files/${fileId}/custody`;
  const form = useActionForm(CustodyValues, { handedFrom: "", handedTo: "", handedAt: "" }, errorOf(path));
  return (
    <form
      {...form.formProps((v) =>
        send(
          path,
          () =>
            api.post("/api/incidents/{id}/files/{fileId}/custody", {
              path: { id: c.id, fileId },
              body: {
                handedFrom: v.handedFrom.trim(),
                handedTo: v.handedTo.trim(),
                handedAt: new Date(v.handedAt).toISOString(),
              },
            }),
          () => form.reset(),
        ),
      )}
    >
      <Group gap={4} mt={4} align="flex-start">
        <TextInput
          size="xs"
          placeholder={t("incidents.handedFrom")}
          aria-label={t("incidents.handedFrom")}
          required
          maxLength={200}
          {...form.getInputProps("handedFrom")}
        />
        <TextInput
          size="xs"
          placeholder={t("incidents.handedTo")}
          aria-label={t("incidents.handedTo")}
          required
          maxLength={200}
          {...form.getInputProps("handedTo")}
        />
        <DateTimeField
          size="xs"
          description={null}
          label={t("incidents.custodyAt")}
          required
          value={form.values.handedAt || null}
          onChange={(v) => form.setFieldValue("handedAt", v ?? "")}
          error={form.errors.handedAt}
        />
        <Button type="submit" size="compact-xs" mt={22}>
          {t("incidents.custody")}
        </Button>
      </Group>
    </form>
  );
}

type Outside = IncidentCase["outsideReports"][number];
const OutsideValues = z
  .object({
    decision: z.enum(["report", "not_report"]),
    reason: z.string().trim().max(2000),
    sentOn: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.literal("")]),
    referenceNumber: z.string().trim().max(100),
  })
  // Not reporting to a body the profile names needs a reason (the server says so too).
  .refine((v) => v.decision === "report" || v.reason.length > 0, { path: ["reason"], message: "required" });

/** Whether (and when) the case was reported to one outside body, with its reference number. */
export function OutsideReportForm({ c, o, send, errorOf }: RowProps & { o: Outside }) {
  const { t } = useTranslation();
  const path = `/api/incidents/${c.id}/outside-reports/${o.bodyKey}`;
  const form = useActionForm(
    OutsideValues,
    {
      decision: o.decision === "not_report" ? "not_report" : "report",
      reason: o.reason ?? "",
      sentOn: o.sentOn ?? "",
      referenceNumber: o.referenceNumber ?? "",
    },
    errorOf(path),
  );
  const reporting = form.values.decision === "report";
  return (
    <form
      {...form.formProps((v) =>
        send(path, () =>
          api.put("/api/incidents/{id}/outside-reports/{bodyKey}", {
            path: { id: c.id, bodyKey: o.bodyKey },
            body: {
              decision: v.decision,
              reason: v.reason.trim() || null,
              sentOn: reporting ? v.sentOn || null : null,
              referenceNumber: reporting ? v.referenceNumber.trim() || null : null,
            },
          }),
        ),
      )}
    >
      <Group gap={4} mt={4} align="flex-start">
        <Select
          size="xs"
          w={130}
          aria-label={t("incidents.decision")}
          data={[
            { value: "report", label: t("incidents.report_") },
            { value: "not_report", label: t("incidents.notReport") },
          ]}
          allowDeselect={false}
          data-testid="outside-decision"
          {...form.getInputProps("decision")}
        />
        {reporting ? (
          <>
            <DateField
              size="xs"
              description={null}
              aria-label={t("incidents.sentOn")}
              value={form.values.sentOn || null}
              onChange={(v) => form.setFieldValue("sentOn", v ?? "")}
              error={form.errors.sentOn}
              data-testid="outside-sent-on"
            />
            <TextInput
              size="xs"
              placeholder={t("incidents.reference")}
              aria-label={t("incidents.reference")}
              maxLength={100}
              data-testid="outside-reference"
              {...form.getInputProps("referenceNumber")}
            />
          </>
        ) : (
          <TextInput
            size="xs"
            placeholder={t("incidents.reason")}
            aria-label={t("incidents.reason")}
            required
            maxLength={2000}
            data-testid="outside-reason"
            {...form.getInputProps("reason")}
          />
        )}
        <Button type="submit" size="compact-xs" mt={3} data-testid="outside-save">
          {t("incidents.save")}
        </Button>
      </Group>
    </form>
  );
}
