import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, QueryState } from "../../components/common";
import type { AccountView } from "../../contract";
import { useActionForm } from "../../forms";
import { useTexts } from "./labels";

type Outcome = "removed" | "suspended" | "declined";

/** The server's DeletionDecisionReq note (it refuses a keep without one, at this field). */
const NoteValues = z.object({ note: z.string().trim().max(2000) });

/** One answer: remove, suspend, or keep with a reason (the server refuses a keep without one). */
function AnswerForm({ account, onDone }: { account: AccountView; onDone: () => void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const answer = useMutation({
    mutationFn: ({ outcome, note }: { outcome: Outcome; note: string }) =>
      api.post("/api/accounts/accounts/{id}/deletion-request/decision", {
        path: { id: account.id },
        body: { outcome, note: note.trim() || null },
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["accounts"] });
      onDone();
    },
  });
  const form = useActionForm(NoteValues, { note: "" }, answer.error);
  // Each button answers with its outcome; the note is checked first (its length) and kept on error.
  const send = (outcome: Outcome) => form.onSubmit((v) => answer.mutate({ outcome, note: v.note }));
  const sending = (outcome: Outcome) => answer.isPending && answer.variables?.outcome === outcome;
  return (
    <Stack gap="xs" data-testid="deletion-answer-form">
      <ErrorAlert error={answer.error} testId="deletion-answer-error" />
      {account.deletionReason && (
        <Text size="sm">
          {tx("reason")}: {account.deletionReason}
        </Text>
      )}
      <Textarea
        label={`${tx("answerNote")} / ${tx("keepReason")}`}
        maxLength={2000}
        {...form.getInputProps("note")}
        autosize
        minRows={2}
        data-testid="deletion-answer-note"
      />
      <Group>
        <Button
          color="red"
          onClick={() => send("removed")()}
          loading={sending("removed")}
          data-testid="deletion-answer-remove"
        >
          {tx("removeId")}
        </Button>
        <Button
          color="orange"
          variant="light"
          onClick={() => send("suspended")()}
          loading={sending("suspended")}
          data-testid="deletion-answer-suspend"
        >
          {tx("suspendId")}
        </Button>
        <Button
          variant="default"
          onClick={() => send("declined")()}
          loading={sending("declined")}
          data-testid="deletion-answer-keep"
        >
          {tx("keepId")}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The keepers' list of asks to delete an ID (西原村 7.2(1)②(イ)): the IDs of systems the viewer
 * keeps whose holder asked for their deletion and nobody has answered. The system's name comes
 * from the server with the viewer's rights (「閲覧権限のない情報資産」 where they may not open it).
 */
export function DeletionAsks() {
  const { tx } = useTexts();
  const [answering, setAnswering] = useState<AccountView | null>(null);
  const asks = useQuery({
    queryKey: ["accounts", "deletion-asks"],
    queryFn: () => api.get("/api/accounts/accounts", { query: { deletion: "open" } }),
  });
  const rows = asks.data?.data ?? [];
  return (
    <>
      <Title order={3} size="h4" mb={4}>
        {tx("deletionAsks")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {tx("deletionAsksHint")}
      </Text>
      <QueryState isLoading={asks.isLoading} error={asks.error}>
        {rows.length === 0 ? (
          <Empty>{tx("noDeletionAsks")}</Empty>
        ) : (
          <Table striped mb="lg" data-testid="deletion-asks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("system")}</Table.Th>
                <Table.Th>{tx("loginName")}</Table.Th>
                <Table.Th>{tx("person")}</Table.Th>
                <Table.Th>{tx("askedOn")}</Table.Th>
                <Table.Th>{tx("reason")}</Table.Th>
                <Table.Th>{tx("answer")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.systemName ?? tx("none")}</Table.Td>
                  <Table.Td>{a.loginName}</Table.Td>
                  <Table.Td>{a.personName ?? tx("none")}</Table.Td>
                  <Table.Td>
                    <DateText value={a.deletionRequestedAt} />
                  </Table.Td>
                  <Table.Td>{a.deletionReason ?? tx("none")}</Table.Td>
                  <Table.Td>
                    {a.policies.decide_deletion && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setAnswering(a)}
                        data-testid="deletion-answer"
                      >
                        {tx("answer")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <Modal
        opened={!!answering}
        onClose={() => setAnswering(null)}
        title={`${tx("deletionAsks")}：${answering?.loginName ?? ""}`}
      >
        <Alert color="blue" variant="light" mb="xs">
          {tx("deletionAsksHint")}
        </Alert>
        {answering && <AnswerForm account={answering} onDone={() => setAnswering(null)} />}
      </Modal>
    </>
  );
}
