/**
 * The small forms of a contract's page (#14 item 3): each on useActionForm, so a missing field is
 * marked where it is, the server's field errors land at their fields and what was typed stays.
 */
import { Button, FileInput, Group, Select, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { SupplierContract } from "../../contract";
import { requiredChoice, requiredDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { CHECK_FIELDS, CheckFields } from "./CheckFields";
import { IMPORTANCE_LABELS, type RESULT_LABELS, ROLE_LABELS, useTexts } from "./labels";

type Props = { c: SupplierContract; onSaved(): void };
const BUTTON_TOP = 25;

const PersonValues = z.object({ name: requiredText(100), role: requiredChoice });

/** A person of the contractor (責任者・作業員), created without a login. */
export function PersonForm({ c, onSaved }: Props) {
  const { tx, lab } = useTexts();
  const add = useMutation({
    mutationFn: (v: z.output<typeof PersonValues>) =>
      api.post("/api/suppliers/contracts/{id}/people", {
        path: { id: c.id },
        body: { name: v.name, role: v.role as keyof typeof ROLE_LABELS },
      }),
    onSuccess: () => {
      form.setFieldValue("name", "");
      onSaved();
    },
  });
  const form = useActionForm(PersonValues, { name: "", role: "worker" }, add.error);
  return (
    <form {...form.formProps((v) => add.mutate(PersonValues.parse(v)))} data-testid="person-form">
      <Group align="flex-start">
        <TextInput label={tx("name")} required {...form.getInputProps("name")} data-testid="person-name" />
        <Select
          label={tx("role")}
          required
          data={Object.keys(ROLE_LABELS).map((k) => ({ value: k, label: lab(ROLE_LABELS, k) }))}
          allowDeselect={false}
          {...form.getInputProps("role")}
        />
        <Button
          type="submit"
          variant="light"
          mt={BUTTON_TOP}
          loading={add.isPending}
          data-testid="person-add"
        >
          {tx("addPerson")}
        </Button>
      </Group>
      <ErrorAlert error={add.error} />
    </form>
  );
}

const PledgeValues = z.object({
  personId: requiredChoice,
  version: requiredText(50),
  signedOn: requiredDate,
  receivedOn: requiredDate,
});

/** The receipt of a person's 誓約書. */
export function PledgeForm({ c, onSaved }: Props) {
  const { tx } = useTexts();
  const record = useMutation({
    mutationFn: (v: z.output<typeof PledgeValues>) =>
      api.post("/api/suppliers/pledges", { body: { contractId: c.id, ...v } }),
    onSuccess: () => {
      form.reset();
      onSaved();
    },
  });
  const form = useActionForm(
    PledgeValues,
    { personId: null, version: "", signedOn: null, receivedOn: null },
    record.error,
  );
  return (
    <form {...form.formProps((x) => record.mutate(PledgeValues.parse(x)))} data-testid="pledge-form">
      <Group align="flex-start" wrap="wrap">
        <Select
          label={tx("name")}
          required
          data={c.people.map((p) => ({ value: p.personId, label: p.name }))}
          allowDeselect={false}
          {...form.getInputProps("personId")}
          data-testid="pledge-person"
        />
        <TextInput
          label={tx("version")}
          required
          {...form.getInputProps("version")}
          data-testid="pledge-version"
        />
        <DateField
          label={tx("signedOn")}
          required
          {...bindField(form, "signedOn")}
          data-testid="pledge-signed"
        />
        <DateField
          label={tx("receivedOn")}
          required
          {...bindField(form, "receivedOn")}
          data-testid="pledge-received"
        />
        <Button
          type="submit"
          variant="light"
          mt={BUTTON_TOP}
          loading={record.isPending}
          data-testid="pledge-record"
        >
          {tx("recordPledge")}
        </Button>
      </Group>
      <ErrorAlert error={record.error} />
    </form>
  );
}

const IncidentValues = z.object({ incidentId: requiredChoice, involvement: requiredText(1000) });

/** Naming an incident the contractor was involved in. */
export function IncidentNameForm({
  c,
  onSaved,
  choices,
}: Props & { choices: Array<{ value: string; label: string }> }) {
  const { tx } = useTexts();
  const name = useMutation({
    mutationFn: (body: z.output<typeof IncidentValues>) =>
      api.post("/api/suppliers/contracts/{id}/incidents", { path: { id: c.id }, body }),
    onSuccess: () => {
      form.reset();
      onSaved();
    },
  });
  const form = useActionForm(IncidentValues, { incidentId: null, involvement: "" }, name.error);
  return (
    <form
      {...form.formProps((v) => name.mutate(IncidentValues.parse(v)))}
      data-testid="contract-incident-form"
    >
      <Group align="flex-start" wrap="wrap">
        <Select
          label={tx("incident")}
          required
          searchable
          data={choices}
          allowDeselect={false}
          w={360}
          {...form.getInputProps("incidentId")}
        />
        <TextInput label={tx("involvement")} required w={360} {...form.getInputProps("involvement")} />
        <Button type="submit" variant="light" mt={BUTTON_TOP} loading={name.isPending}>
          {tx("nameIncident")}
        </Button>
      </Group>
      <ErrorAlert error={name.error} />
    </form>
  );
}

const LendValues = z.object({
  slipNumber: requiredText(50),
  description: requiredText(300),
  lentOn: requiredDate,
});

/** Information lent to the contractor (受渡票). */
export function LendForm({ c, onSaved }: Props) {
  const { tx } = useTexts();
  const lend = useMutation({
    mutationFn: (body: z.output<typeof LendValues>) =>
      api.post("/api/suppliers/contracts/{id}/lendings", { path: { id: c.id }, body }),
    onSuccess: () => {
      form.reset();
      onSaved();
    },
  });
  const form = useActionForm(LendValues, { slipNumber: "", description: "", lentOn: null }, lend.error);
  return (
    <form {...form.formProps((v) => lend.mutate(LendValues.parse(v)))} data-testid="lend-form">
      <Group align="flex-start" wrap="wrap">
        <TextInput label={tx("slipNumber")} required {...form.getInputProps("slipNumber")} />
        <TextInput label={tx("description")} required {...form.getInputProps("description")} />
        <DateField label={tx("lentOn")} required {...bindField(form, "lentOn")} />
        <Button type="submit" variant="light" mt={BUTTON_TOP} loading={lend.isPending}>
          {tx("lend")}
        </Button>
      </Group>
      <ErrorAlert error={lend.error} />
    </form>
  );
}

const CertificateValues = z.object({
  lendingId: requiredChoice,
  certificateNumber: requiredText(100),
  certifiedOn: requiredDate,
  file: z.file().nullable().pipe(z.file()),
});

/** The disposal certificate of lent information (a PDF with its number and date). */
export function CertificateForm({ c, onSaved, open }: Props & { open: SupplierContract["lendings"] }) {
  const { tx } = useTexts();
  const certify = useMutation({
    mutationFn: (v: z.output<typeof CertificateValues>) => {
      const body = new FormData();
      body.set("certificateNumber", v.certificateNumber);
      body.set("certifiedOn", v.certifiedOn);
      body.set("file", v.file);
      return api.post("/api/suppliers/contracts/{id}/lendings/{lendingId}/disposal", {
        path: { id: c.id, lendingId: v.lendingId },
        body,
      });
    },
    onSuccess: onSaved,
  });
  const form = useActionForm(
    CertificateValues,
    { lendingId: null, certificateNumber: "", certifiedOn: null, file: null },
    certify.error,
  );
  return (
    <form
      {...form.formProps((v) => certify.mutate(CertificateValues.parse(v)))}
      data-testid="certificate-form"
    >
      <Group align="flex-start" wrap="wrap">
        <Select
          label={tx("slipNumber")}
          required
          data={open.map((l) => ({ value: l.id, label: `${l.slipNumber} ${l.description}` }))}
          allowDeselect={false}
          {...form.getInputProps("lendingId")}
        />
        <TextInput label={tx("certificateNumber")} required {...form.getInputProps("certificateNumber")} />
        <DateField label={tx("certifiedOn")} required {...bindField(form, "certifiedOn")} />
        <FileInput
          label={tx("certificateFile")}
          required
          {...form.getInputProps("file")}
          data-testid="certificate-file"
        />
        <Button
          type="submit"
          variant="light"
          mt={BUTTON_TOP}
          loading={certify.isPending}
          data-testid="certificate-submit"
        >
          {tx("certify")}
        </Button>
      </Group>
      <ErrorAlert error={certify.error} />
    </form>
  );
}

const CheckValues = z.object({ ...CHECK_FIELDS, importance: requiredChoice });

/** A check of the contractor's work (点検), its result and importance. */
export function CheckForm({ c, onSaved }: Props) {
  const { tx, lab } = useTexts();
  const m = useMutation({
    mutationFn: (v: z.output<typeof CheckValues>) =>
      api.post("/api/suppliers/checks", {
        body: {
          contractId: c.id,
          checkedOn: v.checkedOn,
          result: v.result as keyof typeof RESULT_LABELS,
          importance: v.importance as keyof typeof IMPORTANCE_LABELS,
          findings: v.findings.trim() || null,
        },
      }),
    onSuccess: () => {
      form.reset();
      onSaved();
    },
  });
  const form = useActionForm(
    CheckValues,
    { checkedOn: null, result: "ok", importance: "normal", findings: "" },
    m.error,
  );
  return (
    <form {...form.formProps((v) => m.mutate(CheckValues.parse(v)))} data-testid="contract-check-form">
      <Group align="flex-start" wrap="wrap">
        <CheckFields form={form} dateTestId="contract-check-on" />
        <Select
          label={tx("importance")}
          required
          data={Object.keys(IMPORTANCE_LABELS).map((k) => ({ value: k, label: lab(IMPORTANCE_LABELS, k) }))}
          allowDeselect={false}
          {...form.getInputProps("importance")}
        />
        <TextInput label={tx("findings")} {...form.getInputProps("findings")} />
        <Button
          type="submit"
          variant="light"
          mt={BUTTON_TOP}
          loading={m.isPending}
          data-testid="contract-check-save"
        >
          {tx("recordCheck")}
        </Button>
      </Group>
      <ErrorAlert error={m.error} />
    </form>
  );
}

/** One date recorded on the contract (安全管理体制の書面の受領日, 複製なしの確認日). */
export function DateRecordForm({
  field,
  label,
  action,
  send,
  testId,
}: {
  field: "receivedOn" | "confirmedOn";
  label: string;
  action: string;
  send(date: string): Promise<unknown>;
  testId: string;
}) {
  const Values = z.object({ [field]: requiredDate });
  const m = useMutation({ mutationFn: (date: string) => send(date) });
  const form = useActionForm(Values, { [field]: null }, m.error);
  return (
    <form {...form.formProps((v) => m.mutate(String(v[field])))} data-testid={testId}>
      <Group align="flex-start">
        <DateField
          label={label}
          required
          value={(form.values[field] as string | null) ?? null}
          onChange={(d) => form.setFieldValue(field, d)}
          error={form.errors[field]}
        />
        <Button type="submit" variant="light" mt={BUTTON_TOP} loading={m.isPending}>
          {action}
        </Button>
      </Group>
      <ErrorAlert error={m.error} />
    </form>
  );
}
