import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import type { AccountView, CardLossReport, CardView } from "../../contract";
import { useActionForm } from "../../forms";
import accountsWords from "../../locales/scenes/accounts.json";
import { ACCOUNT_STATE, CARD_STATE, DELETION_OUTCOME, useTexts } from "./labels";

/** What the browser can check of the server's LossReq: the card (or its number) and what happened. */
const LossValues = z.object({
  cardNumber: z.string().trim().max(100),
  circumstances: z.string().trim().min(1).max(4000),
});
type LossValues = z.infer<typeof LossValues>;
const LOSS_LABELS = {
  cardNumber: { ja: accountsWords.ja.cardNumber, en: accountsWords.en.cardNumber },
  circumstances: { ja: accountsWords.ja.circumstances, en: accountsWords.en.circumstances },
};

/** The loss report: by the card (own card) or by the number printed on it (anyone's). */
function LossForm({ cardId, onDone }: { cardId?: string; onDone: (result: CardLossReport) => void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const report = useMutation({
    mutationFn: (v: LossValues) =>
      api.post("/api/accounts/ic-cards/lost", {
        body: {
          ...(cardId ? { cardId } : { cardNumber: v.cardNumber.trim() }),
          circumstances: v.circumstances.trim(),
        },
      }),
    onSuccess: (res) => {
      qc.invalidateQueries({ queryKey: ["accounts"] });
      onDone(res.data);
    },
  });
  const form = useActionForm(LossValues, { cardNumber: "", circumstances: "" }, report.error, {
    labels: LOSS_LABELS,
    // Without a card chosen on screen, the number printed on it says which card was lost.
    refine: (errors, v) =>
      !cardId && !v.cardNumber.trim() && !errors.cardNumber
        ? { ...errors, cardNumber: tx("cardNumberRequired") }
        : errors,
  });
  return (
    <form {...form.formProps((v) => report.mutate(v))} data-testid="loss-form">
      <Stack gap="xs">
        <ErrorAlert error={report.error} testId="loss-error" />
        {!cardId && (
          <TextInput
            label={tx("cardNumber")}
            required
            maxLength={100}
            data-testid="loss-card-number"
            {...form.getInputProps("cardNumber")}
          />
        )}
        <Textarea
          label={tx("circumstances")}
          required
          maxLength={4000}
          autosize
          minRows={2}
          data-testid="loss-circumstances"
          {...form.getInputProps("circumstances")}
        />
        <Group>
          <Button color="red" type="submit" loading={report.isPending} data-testid="loss-submit">
            {tx("submitLoss")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The server's DeletionReq: an optional reason. */
const ReasonValues = z.object({ reason: z.string().trim().max(2000) });
type ReasonValues = z.infer<typeof ReasonValues>;

/** Ask for the deletion of one's own ID (西原村 7.2(1)②(イ)); 依頼済み once asked, then the keepers' answer. */
function DeletionAsk({ account }: { account: AccountView }) {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const ask = useMutation({
    mutationFn: (v: ReasonValues) =>
      api.post("/api/accounts/accounts/{id}/deletion-request", {
        path: { id: account.id },
        body: { reason: v.reason.trim() || null },
      }),
    onSuccess: () => {
      setOpen(false);
      qc.invalidateQueries({ queryKey: ["accounts"] });
    },
  });
  const form = useActionForm(ReasonValues, { reason: "" }, ask.error);
  const answered = account.deletionOutcome;
  // Open: 依頼済み. Answered: what the keepers did, by whom and when, and why an ID was kept.
  if (account.deletionRequestedAt && !answered)
    return (
      <Badge color="gray" data-testid="deletion-requested">
        {tx("deletionRequested")}
      </Badge>
    );
  const answer = answered && (
    <Stack gap={2} data-testid="deletion-answered">
      <Badge color={answered === "declined" ? "yellow" : "gray"}>{lab(DELETION_OUTCOME, answered)}</Badge>
      <Text size="xs" c="dimmed">
        <DateText value={account.deletionDecidedAt} />{" "}
        {account.deletionDecidedByName && tx("deletionAnsweredBy", { name: account.deletionDecidedByName })}
      </Text>
      {account.deletionNote && <Text size="xs">{account.deletionNote}</Text>}
    </Stack>
  );
  // A declined ask may be made again; a removed ID has nothing left to ask.
  if (account.state === "removed" || answered === "removed" || answered === "suspended")
    return answer || null;
  return (
    <>
      {answer}
      <Button size="xs" variant="light" color="red" onClick={() => setOpen(true)} data-testid="ask-deletion">
        {tx("askDeletion")}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={tx("askDeletion")}>
        <form {...form.formProps((v) => ask.mutate(v))}>
          <Stack gap="xs">
            <Alert color="blue">{tx("deletionHint")}</Alert>
            <ErrorAlert error={ask.error} testId="deletion-error" />
            <Textarea
              label={tx("deletionReason")}
              maxLength={2000}
              autosize
              minRows={2}
              data-testid="deletion-reason"
              {...form.getInputProps("reason")}
            />
            <Group>
              <Button color="red" type="submit" loading={ask.isPending} data-testid="deletion-submit">
                {tx("askDeletion")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** /accounts — the staff member's own IDs and IC cards; a lost card is reported here. */
export default function MyAccounts() {
  const { tx, lab } = useTexts();
  const ids = useQuery({
    queryKey: ["accounts", "mine"],
    queryFn: () => api.get("/api/accounts/accounts", { query: { mine: "true" } }),
  });
  const cards = useQuery({
    queryKey: ["accounts", "cards", "mine"],
    queryFn: () => api.get("/api/accounts/ic-cards", { query: { mine: "true" } }),
  });
  const [lossFor, setLossFor] = useState<CardView | null>(null);
  const [done, setDone] = useState<CardLossReport | null>(null);
  const finished = (r: CardLossReport) => {
    setLossFor(null);
    setDone(r);
  };
  return (
    <>
      <PageHeader title={tx("mine")} description={tx("mineHint")} />
      {done && (
        <Alert color="green" mb="md" data-testid="loss-done" role="status">
          {"sessionsEnded" in done
            ? tx("lossDone", { receipt: done.incident.receiptNumber, sessions: done.sessionsEnded })
            : tx("lossReceived", { receipt: done.incident.receiptNumber })}
        </Alert>
      )}
      <Title order={3} size="h4" mb="xs">
        {tx("myIds")}
      </Title>
      <ExportLinks path="/api/accounts/accounts/export" query={{ mine: "true" }} testId="my-ids-export" />
      <QueryState isLoading={ids.isLoading} error={ids.error}>
        {(ids.data?.data ?? []).length === 0 ? (
          <Empty>{tx("noIds")}</Empty>
        ) : (
          <Table striped mb="lg" data-testid="my-ids">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("system")}</Table.Th>
                <Table.Th>{tx("loginName")}</Table.Th>
                <Table.Th>{tx("role")}</Table.Th>
                <Table.Th>{tx("privileged")}</Table.Th>
                <Table.Th>{tx("lastUsed")}</Table.Th>
                <Table.Th>{tx("state")}</Table.Th>
                <Table.Th>{tx("deletionColumn")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(ids.data?.data ?? []).map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.systemName}</Table.Td>
                  <Table.Td>{a.loginName}</Table.Td>
                  <Table.Td>{a.role ?? tx("none")}</Table.Td>
                  <Table.Td>{a.privileged ? tx("yes") : tx("none")}</Table.Td>
                  <Table.Td>
                    <DateText value={a.lastUsedOn} />
                  </Table.Td>
                  <Table.Td>{lab(ACCOUNT_STATE, a.state)}</Table.Td>
                  <Table.Td>
                    <DeletionAsk account={a} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <Title order={3} size="h4" mb="xs">
        {tx("myCards")}
      </Title>
      <QueryState isLoading={cards.isLoading} error={cards.error}>
        {(cards.data?.data ?? []).length === 0 ? (
          <Empty>{tx("noCards")}</Empty>
        ) : (
          <Table striped mb="lg" data-testid="my-cards">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("cardNumber")}</Table.Th>
                <Table.Th>{tx("issuedOn")}</Table.Th>
                <Table.Th>{tx("state")}</Table.Th>
                <Table.Th>{tx("reportLoss")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(cards.data?.data ?? []).map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.cardNumber}</Table.Td>
                  <Table.Td>
                    <DateText value={c.issuedOn} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={c.state === "lost" ? "red" : "gray"}>
                      {lab(CARD_STATE, c.state)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.state === "issued" && (
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        onClick={() => setLossFor(c)}
                        data-testid="card-report-loss"
                      >
                        {tx("reportLoss")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <Card withBorder data-testid="loss-by-number">
        <Title order={3} size="h4" mb={4}>
          {tx("reportLossTitle")}
        </Title>
        <Alert color="yellow" variant="light" mb="xs">
          {tx("reportLossHint")}
        </Alert>
        <LossForm onDone={finished} />
      </Card>
      <Modal
        opened={!!lossFor}
        onClose={() => setLossFor(null)}
        title={`${tx("reportLossTitle")}：${lossFor?.cardNumber ?? ""}`}
      >
        <Alert color="yellow" variant="light" mb="xs">
          {tx("reportLossHint")}
        </Alert>
        {lossFor && <LossForm cardId={lossFor.id} onDone={finished} />}
      </Modal>
    </>
  );
}
