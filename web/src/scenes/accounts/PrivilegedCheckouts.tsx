import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, QueryState } from "../../components/common";
import { DateTimeField } from "../../components/DateField";
import type { PrivilegedAccount, PrivilegedCheckout, PrivilegedRegister } from "../../contract";
import { CHECKOUT_STATE, useTexts } from "./labels";

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

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
  const [purpose, setPurpose] = useState("");
  const [startsAt, setStartsAt] = useState<string | null>(inHours(0));
  const [endsAt, setEndsAt] = useState<string | null>(inHours(1));
  const save = useMutation({
    mutationFn: () =>
      api.post("/api/accounts/privileged/checkouts", {
        body: { accountId: account.id, purpose, startsAt, endsAt },
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["accounts"] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`${tx("checkOut")}: ${account.loginName}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {pick(rule.text)} ({tx("maxHours", { n: rule.max_hours })}) <ClauseLink id={rule.clause} />
        </Text>
        <TextInput
          label={tx("checkoutPurpose")}
          required
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
          data-testid="checkout-purpose"
        />
        <DateTimeField label={tx("from")} required value={startsAt} onChange={setStartsAt} />
        <DateTimeField label={tx("until")} required value={endsAt} onChange={setEndsAt} />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!purpose.trim()}>
            {tx("checkOut")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Return (what was done) or review (a keeper other than the user) one check-out. */
function CheckoutAction({ row }: { row: PrivilegedCheckout }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const [note, setNote] = useState("");
  const step =
    row.state === "out" && row.policies.return
      ? "return"
      : row.state === "returned" && row.policies.review
        ? "review"
        : null;
  const save = useMutation({
    mutationFn: () =>
      step === "return"
        ? api.post("/api/accounts/privileged/checkouts/{id}/return", {
            path: { id: row.id },
            body: { workNote: note },
          })
        : api.post("/api/accounts/privileged/checkouts/{id}/review", {
            path: { id: row.id },
            body: { reviewNote: note },
          }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["accounts"] }),
  });
  if (!step) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Textarea
          aria-label={step === "return" ? tx("workNote") : tx("reviewNote")}
          placeholder={step === "return" ? tx("workNote") : tx("reviewNote")}
          size="xs"
          autosize
          minRows={1}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button size="xs" onClick={() => save.mutate()} loading={save.isPending} disabled={!note.trim()}>
          {step === "return" ? tx("returnId") : tx("reviewUse")}
        </Button>
      </Group>
      <ErrorAlert error={save.error} />
    </Stack>
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
  const [number, setNumber] = useState("");
  const save = useMutation({
    mutationFn: () =>
      api.post("/api/accounts/privileged/deputies", {
        body: { accountId: account.id, requestNumber: Number(number) },
      }),
    onSuccess: () => {
      setNumber("");
      qc.invalidateQueries({ queryKey: ["accounts"] });
    },
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          size="xs"
          w={120}
          inputMode="numeric"
          aria-label={tx("deputyRequest")}
          placeholder={tx("deputyRequest")}
          title={pick(rule.text)}
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value.replace(/[^0-9]/g, ""))}
        />
        <Button
          size="xs"
          variant="light"
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!number}
        >
          {tx("addDeputy")}
        </Button>
      </Group>
      <ErrorAlert error={save.error} />
    </Stack>
  );
}
