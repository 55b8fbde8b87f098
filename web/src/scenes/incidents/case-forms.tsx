/**
 * The incident page's action forms, each on @mantine/form: a zod schema for what the browser can
 * check (the server's own limits), the server's field errors of that action at their fields
 * (errorOf), values kept on error, and the form cleared once the action is saved.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  INCIDENT_CATEGORY_KEYS as CATEGORY_KEYS,
  INCIDENT_CATEGORY_LABELS as CATEGORY_LABELS,
  INCIDENT_SEVERITY_LABELS as SEVERITY_LABELS,
  INCIDENT_TIMELINE_LABELS as TIMELINE_KINDS,
} from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink as Clause } from "../../components/Clause";
import { DateText } from "../../components/common";
import { DateField, DateTimeField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { IncidentCase } from "../../contract";
import { useActionForm } from "../../forms";
import { useLang } from "../../i18n";
import type { ErrorOf, Send } from "./case-action";
import { Section } from "./common";

interface FormProps {
  c: IncidentCase;
  send: Send;
  errorOf: ErrorOf;
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Instant = z.string().min(1);
const required = (max: number) => z.string().trim().min(1).max(max);

const TriageValues = z
  .object({
    decision: z.enum(["incident", "not_incident", "duplicate"]),
    severity: z.string().nullable(),
    category: z.string().nullable(),
    reason: z.string().trim().max(2000),
    duplicateOfId: z.string().trim(),
  })
  .refine((v) => v.decision !== "duplicate" || z.uuid().safeParse(v.duplicateOfId).success, {
    path: ["duplicateOfId"],
    message: "uuid",
  });

export function Triage({ c, send, errorOf }: FormProps) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const path = `/api/incidents/${c.id}/triage`;
  const form = useActionForm(
    TriageValues,
    { decision: "incident", severity: null, category: null, reason: "", duplicateOfId: "" },
    errorOf(path),
  );
  const decision = form.values.decision;
  return (
    <Section title={t("incidents.triage")} testId="incident-triage">
      <form
        {...form.formProps((v) =>
          send(path, () =>
            api.post("/api/incidents/{id}/triage", {
              path: { id: c.id },
              body: {
                decision: v.decision,
                severity: v.decision === "incident" ? v.severity : null,
                category: v.decision === "incident" ? v.category : null,
                reason: v.reason.trim() || null,
                duplicateOfId: v.decision === "duplicate" ? v.duplicateOfId.trim() || null : null,
              },
            }),
          ),
        )}
      >
        <Stack gap="xs">
          <Select
            label={t("incidents.decision")}
            data={["incident", "not_incident", "duplicate"].map((k) => ({
              value: k,
              label: t(`incidents.decisions.${k}`),
            }))}
            allowDeselect={false}
            required
            data-testid="triage-decision"
            {...form.getInputProps("decision")}
          />
          {decision === "incident" && (
            <Group grow align="flex-start">
              <Select
                label={t("incidents.severity")}
                data={Object.entries(SEVERITY_LABELS).map(([k, v]) => ({ value: k, label: pick(v) }))}
                allowDeselect={false}
                data-testid="triage-severity"
                {...form.getInputProps("severity")}
              />
              <Select
                label={t("incidents.category")}
                data={CATEGORY_KEYS.map((k) => ({ value: k, label: pick(CATEGORY_LABELS[k]) }))}
                allowDeselect={false}
                data-testid="triage-category"
                {...form.getInputProps("category")}
              />
            </Group>
          )}
          {decision === "duplicate" && (
            <TextInput
              label={t("incidents.duplicateOf")}
              required
              data-testid="triage-duplicate"
              {...form.getInputProps("duplicateOfId")}
            />
          )}
          <Textarea
            label={t("incidents.reason")}
            autosize
            maxLength={2000}
            data-testid="triage-reason"
            {...form.getInputProps("reason")}
          />
          <Group>
            <Button type="submit" data-testid="triage-submit">
              {t("incidents.decide")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

const NeedToKnowValues = z.object({ assetNumber: required(100), needToKnowReason: required(1000) });

/** For the case's deciders: link an asset they may not open, by number, with an audited reason. */
export function NeedToKnowLink({ c, send, errorOf }: FormProps) {
  const { t } = useTranslation();
  const path = `/api/incidents/${c.id}/assets`;
  const form = useActionForm(NeedToKnowValues, { assetNumber: "", needToKnowReason: "" }, errorOf(path));
  return (
    <form
      {...form.formProps((v) =>
        send(
          path,
          () =>
            api.post("/api/incidents/{id}/assets", {
              path: { id: c.id },
              body: { assetNumber: v.assetNumber.trim(), needToKnowReason: v.needToKnowReason.trim() },
            }),
          () => form.reset(),
        ),
      )}
    >
      <Stack gap={4} mt="sm" data-testid="need-to-know">
        <Text size="sm" fw={600}>
          {t("incidents.needToKnowTitle")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("incidents.needToKnowHint")}
        </Text>
        <Group align="flex-start" gap="xs">
          <TextInput
            label={t("incidents.needToKnowNumber")}
            required
            maxLength={100}
            w={200}
            {...form.getInputProps("assetNumber")}
          />
          <TextInput
            label={t("incidents.needToKnowReason")}
            required
            maxLength={1000}
            w={360}
            {...form.getInputProps("needToKnowReason")}
          />
          <Button type="submit" variant="light" mt={25}>
            {t("incidents.needToKnowLink")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const PpcValues = z.object({
  personCount: z.union([z.number().int().min(0), z.literal("")]),
  sensitive: z.boolean(),
  financialHarm: z.boolean(),
  improperPurpose: z.boolean(),
  awareAt: Instant,
});

export function Ppc({ c, send, errorOf }: FormProps) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const f = c.ppc.facts;
  const path = `/api/incidents/${c.id}/ppc`;
  const form = useActionForm(
    PpcValues,
    {
      personCount: f?.personCount ?? c.personCount ?? "",
      sensitive: f?.sensitive ?? false,
      financialHarm: f?.financialHarm ?? false,
      improperPurpose: f?.improperPurpose ?? false,
      awareAt: "",
    },
    errorOf(path),
  );
  return (
    <Section title={t("incidents.ppc")} testId="incident-ppc">
      {c.ppc.clause && <Clause id={c.ppc.clause} />}
      {c.ppc.mandatory != null && (
        <Alert
          color={c.ppc.mandatory ? "red" : "gray"}
          variant="light"
          my="xs"
          data-testid="ppc-result"
          data-mandatory={String(c.ppc.mandatory)}
        >
          <Text fw={700}>
            {c.ppc.mandatory ? t("incidents.ppcMandatory") : t("incidents.ppcNotMandatory")}
          </Text>
          {c.ppc.reasons.map((r) => (
            <Text size="sm" key={r.key}>
              ・{pick(r.label)}
            </Text>
          ))}
          {c.ppc.deadlines.map((d) => (
            <Text size="sm" key={d.key} data-testid="ppc-deadline" data-key={d.key} data-due={d.due}>
              {pick(d.label)}: <DateText value={d.due} />（{d.period ? pick(d.period) : `${d.days}日`}）
            </Text>
          ))}
        </Alert>
      )}
      {c.policies.manage && (
        <form
          {...form.formProps((v) =>
            send(path, () =>
              api.put("/api/incidents/{id}/ppc", {
                path: { id: c.id },
                body: {
                  personCount: v.personCount === "" ? null : Number(v.personCount),
                  sensitive: v.sensitive,
                  financialHarm: v.financialHarm,
                  improperPurpose: v.improperPurpose,
                  awareAt: new Date(v.awareAt).toISOString(),
                },
              }),
            ),
          )}
        >
          <Stack gap="xs">
            <Group grow align="flex-start">
              <NumberInput
                label={t("incidents.ppcCount")}
                min={0}
                allowDecimal={false}
                data-testid="ppc-count"
                {...form.getInputProps("personCount")}
              />
              <DateTimeField
                label={t("incidents.ppcAware")}
                required
                value={form.values.awareAt || null}
                onChange={(v) => form.setFieldValue("awareAt", v ?? "")}
                error={form.errors.awareAt}
                data-testid="ppc-aware"
              />
            </Group>
            <Checkbox
              label={t("incidents.ppcSensitive")}
              data-testid="ppc-sensitive"
              {...form.getInputProps("sensitive", { type: "checkbox" })}
            />
            <Checkbox
              label={t("incidents.ppcFinancial")}
              data-testid="ppc-financial"
              {...form.getInputProps("financialHarm", { type: "checkbox" })}
            />
            <Checkbox
              label={t("incidents.ppcImproper")}
              data-testid="ppc-improper"
              {...form.getInputProps("improperPurpose", { type: "checkbox" })}
            />
            <Group>
              <Button type="submit" data-testid="ppc-save">
                {t("incidents.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}

const PressValues = z.object({
  decision: z.enum(["publish", "not_publish"]),
  reason: required(2000),
  approverPersonId: z.uuid(),
});

export function Press({ c, send, errorOf }: FormProps) {
  const { t } = useTranslation();
  const path = `/api/incidents/${c.id}/press`;
  const form = useActionForm(
    PressValues,
    {
      decision: c.press?.decision === "publish" ? "publish" : "not_publish",
      reason: c.press?.reason ?? "",
      approverPersonId: c.press?.approver?.id ?? "",
    },
    errorOf(path),
  );
  return (
    <Section title={t("incidents.press")} testId="incident-press">
      {c.pressRule?.clause && <Clause id={c.pressRule.clause} />}
      {c.press && (
        <Text size="sm" mb="xs" data-testid="press-decision">
          {c.press.decision === "publish" ? t("incidents.publish") : t("incidents.notPublish")}（
          {t("incidents.approver")}: {c.press.approver?.name}）{c.press.reason}
        </Text>
      )}
      {c.policies.manage && (
        <form
          {...form.formProps((v) =>
            send(path, () =>
              api.put("/api/incidents/{id}/press", {
                path: { id: c.id },
                body: { ...v, reason: v.reason.trim() },
              }),
            ),
          )}
        >
          <Group align="flex-start" gap="xs">
            <Select
              label={t("incidents.decision")}
              w={140}
              data={[
                { value: "publish", label: t("incidents.publish") },
                { value: "not_publish", label: t("incidents.notPublish") },
              ]}
              allowDeselect={false}
              required
              data-testid="press-select"
              {...form.getInputProps("decision")}
            />
            <TextInput
              label={t("incidents.reason")}
              required
              maxLength={2000}
              data-testid="press-reason"
              {...form.getInputProps("reason")}
            />
            <PersonPicker
              label={t("incidents.approver")}
              required
              value={form.values.approverPersonId || null}
              onChange={(v) => form.setFieldValue("approverPersonId", v ?? "")}
              error={form.errors.approverPersonId}
              w={240}
              data-testid="press-approver"
            />
            <Button type="submit" mt={25} data-testid="press-save">
              {t("incidents.save")}
            </Button>
          </Group>
        </form>
      )}
    </Section>
  );
}

const ClosingValues = z.object({
  cause: z.string().trim().max(4000),
  measures: z.string().trim().max(4000),
  preventionActions: z.array(
    z.object({
      key: z.number(),
      title: z.string().trim().max(500),
      dueDate: z.union([IsoDate, z.literal("")]),
    }),
  ),
});

export function Closing({ c, send, errorOf }: FormProps) {
  const { t } = useTranslation();
  const path = `/api/incidents/${c.id}/close`;
  const form = useActionForm(
    ClosingValues,
    { cause: "", measures: "", preventionActions: [{ key: 0, title: "", dueDate: "" }] },
    errorOf(path),
  );
  const actions = form.values.preventionActions;
  return (
    <Section title={t("incidents.close")} testId="incident-close">
      <form
        {...form.formProps((v) =>
          send(path, () =>
            api.post("/api/incidents/{id}/close", {
              path: { id: c.id },
              body: {
                cause: v.cause,
                measures: v.measures,
                // Blank rows are not actions; the server numbers the rest from 0 again.
                preventionActions: v.preventionActions
                  .filter((a) => a.title.trim())
                  .map((a) => ({ title: a.title, dueDate: a.dueDate || null })),
              },
            }),
          ),
        )}
      >
        <Stack gap="xs">
          <Textarea
            label={t("incidents.cause")}
            autosize
            maxLength={4000}
            data-testid="close-cause"
            {...form.getInputProps("cause")}
          />
          <Textarea
            label={t("incidents.measures")}
            autosize
            maxLength={4000}
            data-testid="close-measures"
            {...form.getInputProps("measures")}
          />
          <Text size="sm" fw={600}>
            {t("incidents.prevention")}
          </Text>
          {form.errors.preventionActions && (
            <Text size="xs" c="red">
              {form.errors.preventionActions}
            </Text>
          )}
          {actions.map((a, i) => (
            <Group key={a.key} gap="xs" align="flex-start">
              <TextInput
                placeholder={t("incidents.preventionTitle")}
                aria-label={t("incidents.preventionTitle")}
                maxLength={500}
                w={420}
                data-testid="close-action-title"
                {...form.getInputProps(`preventionActions.${i}.title`)}
              />
              <DateField
                description={null}
                aria-label={t("incidents.actionDue")}
                value={a.dueDate || null}
                onChange={(v) => form.setFieldValue(`preventionActions.${i}.dueDate`, v ?? "")}
                error={form.errors[`preventionActions.${i}.dueDate`]}
                data-testid="close-action-due"
              />
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                form.insertListItem("preventionActions", { key: actions.length + 1, title: "", dueDate: "" })
              }
              data-testid="close-add-action"
            >
              {t("incidents.addAction")}
            </Button>
            <Button type="submit" color="dark" data-testid="close-submit">
              {t("incidents.closeCase")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

const TimelineValues = z.object({
  kind: z.string().min(1),
  occurredAt: Instant,
  text: required(4000),
});

/** A line of the case's timeline (what happened when), for those who manage the case. */
export function TimelineForm({ c, send, errorOf }: FormProps) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const path = `/api/incidents/${c.id}/timeline`;
  const form = useActionForm(TimelineValues, { kind: "note", occurredAt: "", text: "" }, errorOf(path));
  return (
    <form
      {...form.formProps((v) =>
        send(
          path,
          () =>
            api.post("/api/incidents/{id}/timeline", {
              path: { id: c.id },
              body: { kind: v.kind, occurredAt: new Date(v.occurredAt).toISOString(), text: v.text.trim() },
            }),
          () => form.reset(),
        ),
      )}
    >
      <Group gap="xs" mt="xs" align="flex-start">
        <Select
          label={t("incidents.kind")}
          w={130}
          data={Object.entries(TIMELINE_KINDS).map(([k, v]) => ({ value: k, label: pick(v) }))}
          allowDeselect={false}
          required
          {...form.getInputProps("kind")}
        />
        <DateTimeField
          label={t("incidents.occurredAt")}
          required
          value={form.values.occurredAt || null}
          onChange={(v) => form.setFieldValue("occurredAt", v ?? "")}
          error={form.errors.occurredAt}
          description={null}
          data-testid="timeline-at"
        />
        <TextInput
          label={t("incidents.text")}
          required
          maxLength={4000}
          w={260}
          data-testid="timeline-text"
          {...form.getInputProps("text")}
        />
        <Button type="submit" mt={25} data-testid="timeline-add">
          {t("incidents.add")}
        </Button>
      </Group>
    </form>
  );
}

const TaskValues = z.object({
  title: required(500),
  assigneePersonId: z.string(),
  dueDate: z.union([IsoDate, z.literal("")]),
});

/** A task of the case (who does what by when), for those who manage the case. */
export function TaskForm({ c, send, errorOf }: FormProps) {
  const { t } = useTranslation();
  const path = `/api/incidents/${c.id}/tasks`;
  const form = useActionForm(TaskValues, { title: "", assigneePersonId: "", dueDate: "" }, errorOf(path));
  return (
    <form
      {...form.formProps((v) =>
        send(
          path,
          () =>
            api.post("/api/incidents/{id}/tasks", {
              path: { id: c.id },
              body: {
                title: v.title.trim(),
                assigneePersonId: v.assigneePersonId || null,
                dueDate: v.dueDate || null,
              },
            }),
          () => form.reset(),
        ),
      )}
    >
      <Group gap="xs" mt="xs" align="flex-start">
        <TextInput
          label={t("incidents.taskTitle")}
          required
          maxLength={500}
          data-testid="task-title"
          {...form.getInputProps("title")}
        />
        <PersonPicker
          label={t("incidents.assignee")}
          value={form.values.assigneePersonId || null}
          onChange={(v) => form.setFieldValue("assigneePersonId", v ?? "")}
          error={form.errors.assigneePersonId}
          w={220}
        />
        <DateField
          label={t("incidents.dueDate")}
          value={form.values.dueDate || null}
          onChange={(v) => form.setFieldValue("dueDate", v ?? "")}
          error={form.errors.dueDate}
          description={null}
          data-testid="task-due"
        />
        <Button type="submit" mt={25} data-testid="task-add">
          {t("incidents.add")}
        </Button>
      </Group>
    </form>
  );
}

const DoneValues = z.object({ result: required(2000) });

/** Marks a recurrence-prevention action done, with what was done. */
export function PreventionDone({ c, actionId, send, errorOf }: FormProps & { actionId: string }) {
  const { t } = useTranslation();
  const path = `/api/incidents/${c.id}/prevention-actions/${actionId}/done`;
  const form = useActionForm(DoneValues, { result: "" }, errorOf(path));
  return (
    <form
      {...form.formProps((v) =>
        send(path, () =>
          api.post("/api/incidents/{id}/prevention-actions/{actionId}/done", {
            path: { id: c.id, actionId },
            body: { result: v.result.trim() },
          }),
        ),
      )}
    >
      <Group gap={4} align="flex-start">
        <TextInput
          size="xs"
          placeholder={t("incidents.result")}
          aria-label={t("incidents.result")}
          required
          maxLength={2000}
          {...form.getInputProps("result")}
        />
        <Button type="submit" size="compact-xs" mt={3}>
          {t("incidents.markDone")}
        </Button>
      </Group>
    </form>
  );
}
