import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, QueryState } from "../../components/common";
import { DateTimeField } from "../../components/DateField";
import type { PrivilegedAccount, PrivilegedCheckout, PrivilegedRegister } from "../../contract";
import { useActionForm } from "../../forms";
import words from "../../locales/scenes/accounts.json";
import { CHECKOUT_STATE, useTexts } from "./labels";

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/** The server's CheckoutReq: why, and from–to as instants (the window is the server's to check). */
const CheckoutValues = z.object({
  purpose: z.string().trim().min(1).max(500),
  startsAt: z.string().min(1),
  endsAt: z.string().min(1),
});
type CheckoutValues = z.infer<typeof CheckoutValues>;
/** CheckoutReturnReq / CheckoutReviewReq: what was done, or what the keeper saw. */
const NoteValues = z.object({ note: z.string().trim().min(1).max(2000) });
type NoteValues = z.infer<typeof NoteValues>;
/** DeputyReq: the 申請番号 of the approved request. */
const NumberValues = z.object({ requestNumber: z.string().regex(/^[1-9][0-9]{0,9}$/) });
type NumberValues = z.infer<typeof NumberValues>;

/** Check out one privileged ID for a task: why, from–to (within the profile's window). */
export function CheckOutDialog({
  account,
  rule,
  onClose,
}: {
  account: PrivilegedAccount;
  rule: PrivilegedRegister["rules"]["checkout"];
  onClose(): void;
}) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: CheckoutValues) =>
      api.post("/api/accounts/privileged/checkouts", {
        body: { accountId: account.id, purpose: v.purpose.trim(), startsAt: v.startsAt, endsAt: v.endsAt },
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["accounts"] });
      onClose();
    },
  });
  const form = useActionForm(
    CheckoutValues,
    { purpose: "", startsAt: inHours(0), endsAt: inHours(1) },
    save.error,
    {
      refine: (errors, v) =>
        !errors.endsAt && v.endsAt && v.startsAt && Date.parse(v.endsAt) <= Date.parse(v.startsAt)
          ? { ...errors, endsAt: tx("untilAfterFrom") }
          : errors,
    },
  );
  const when = (key: "startsAt" | "endsAt", label: string) => (
    <DateTimeField
      label={label}
      required
      value={form.values[key] || null}
      onChange={(v) => form.setFieldValue(key, v ?? "")}
      error={form.errors[key]}
      data-testid={`checkout-${key}`}
    />
  );
  return (
    <Modal opened onClose={onClose} title={`${tx("checkOut")}: ${account.loginName}`}>
      <form {...form.formProps((v) => save.mutate(v))} data-testid="checkout-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {pick(rule.text)} ({tx("maxHours", { n: rule.max_hours })}) <ClauseLink id={rule.clause} />
          </Text>
          <TextInput
            label={tx("checkoutPurpose")}
            required
            maxLength={500}
            data-testid="checkout-purpose"
            {...form.getInputProps("purpose")}
          />
          {when("startsAt", tx("from"))}
          {when("endsAt", tx("until"))}
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="checkout-save">
              {tx("checkOut")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Return (what was done) or review (a keeper other than the user) one check-out. */
function CheckoutAction({ row }: { row: PrivilegedCheckout }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const step =
    row.state === "out" && row.policies.return
      ? "return"
      : row.state === "returned" && row.policies.review
        ? "review"
        : null;
  const save = useMutation({
    mutationFn: ({ note }: NoteValues) =>
      step === "return"
        ? api.post("/api/accounts/privileged/checkouts/{id}/return", {
            path: { id: row.id },
            body: { workNote: note.trim() },
          })
        : api.post("/api/accounts/privileged/checkouts/{id}/review", {
            path: { id: row.id },
            body: { reviewNote: note.trim() },
          }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["accounts"] }),
  });
  const label = step === "return" ? tx("workNote") : tx("reviewNote");
  const form = useActionForm(NoteValues, { note: "" }, save.error, {
    labels: {
      note: {
        ja: words.ja[step === "return" ? "workNote" : "reviewNote"],
        en: words.en[step === "return" ? "workNote" : "reviewNote"],
      },
    },
  });
  // The server names its field workNote or reviewNote; on screen both are this one note.
  const serverError = form.errors.workNote ?? form.errors.reviewNote;
  if (!step) return null;
  return (
    <form {...form.formProps((v) => save.mutate(v))}>
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Textarea
            aria-label={label}
            placeholder={label}
            size="xs"
            autosize
            minRows={1}
            maxLength={2000}
            required
            data-testid="checkout-note"
            {...form.getInputProps("note")}
            error={form.errors.note ?? serverError}
          />
          <Button size="xs" type="submit" loading={save.isPending}>
            {step === "return" ? tx("returnId") : tx("reviewUse")}
          </Button>
        </Group>
        <ErrorAlert error={save.error} />
      </Stack>
    </form>
  );
}

/** The check-outs the viewer took or whose systems they see, newest first. */
export function CheckoutList() {
  const { tx, lab } = useTexts();
  const list = useQuery({
    queryKey: ["accounts", "checkouts"],
    queryFn: () => api.get("/api/accounts/privileged/checkouts"),
  });
  const rows = list.data?.data ?? [];
  return (
    <QueryState isLoading={list.isLoading} error={list.error}>
      {rows.length === 0 ? (
        <Empty>{tx("noCheckouts")}</Empty>
      ) : (
        <Table striped data-testid="privileged-checkouts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx("loginName")}</Table.Th>
              <Table.Th>{tx("usedBy")}</Table.Th>
              <Table.Th>{tx("checkoutPurpose")}</Table.Th>
              <Table.Th>{tx("period")}</Table.Th>
              <Table.Th>{tx("timeLimit")}</Table.Th>
              <Table.Th>{tx("state")}</Table.Th>
              <Table.Th>{tx("workNote")}</Table.Th>
              <Table.Th>{tx("reviewNote")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid={`checkout-${r.loginName}`}>
                <Table.Td>{r.loginName}</Table.Td>
                <Table.Td>
                  {r.personName ?? tx("none")}
                  {r.asDeputy && (
                    <Badge ml={4} size="xs" variant="light">
                      {tx("asDeputy")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{r.purpose}</Table.Td>
                <Table.Td>
                  <DateText value={r.startsAt} time /> ～ <DateText value={r.endsAt} time />
                </Table.Td>
                <Table.Td>
                  {r.connectionLimitMinutes ? tx("minutes", { n: r.connectionLimitMinutes }) : tx("none")}
                </Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light">
                    {lab(CHECKOUT_STATE, r.state)}
                  </Badge>
                  {r.overtime && (
                    <Badge ml={4} size="xs" color="red" variant="light" data-testid="checkout-overtime">
                      {tx(r.overtime === "overdue" ? "overdue" : "returnedLate")}
                    </Badge>
                  )}
                  {r.state !== "reviewed" && (
                    <Text size="xs" c="dimmed">
                      {tx("reviewDue")}: <DateText value={r.reviewDueOn} />
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.workNote ?? tx("none")}</Table.Td>
                <Table.Td>
                  {r.reviewNote ? `${r.reviewNote}（${r.reviewedByName ?? tx("none")}）` : tx("none")}
                </Table.Td>
                <Table.Td>
                  <CheckoutAction row={r} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryState>
  );
}

/** A keeper records a deputy from the approved 特権代行者 request's number. */
export function DeputyForm({
  account,
  rule,
}: {
  account: PrivilegedAccount;
  rule: NonNullable<PrivilegedRegister["rules"]["deputy"]>;
}) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: NumberValues) =>
      api.post("/api/accounts/privileged/deputies", {
        body: { accountId: account.id, requestNumber: Number(v.requestNumber) },
      }),
    onSuccess: () => {
      form.reset();
      qc.invalidateQueries({ queryKey: ["accounts"] });
    },
  });
  const form = useActionForm(NumberValues, { requestNumber: "" }, save.error);
  return (
    <form {...form.formProps((v) => save.mutate(v))}>
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            size="xs"
            w={120}
            inputMode="numeric"
            aria-label={tx("deputyRequest")}
            placeholder={tx("deputyRequest")}
            title={pick(rule.text)}
            required
            data-testid="privileged-deputy-number"
            {...form.getInputProps("requestNumber")}
            onChange={(e) =>
              form.setFieldValue("requestNumber", e.currentTarget.value.replace(/[^0-9]/g, ""))
            }
          />
          <Button size="xs" variant="light" type="submit" loading={save.isPending}>
            {tx("addDeputy")}
          </Button>
        </Group>
        <ErrorAlert error={save.error} />
      </Stack>
    </form>
  );
}
