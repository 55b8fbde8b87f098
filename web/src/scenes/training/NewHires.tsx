import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, ErrorAlert, useFieldError } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { useTexts } from "./labels";

/**
 * The 課長's part for a person who joined (6.2(2)③, 6.1(2)②): give them the new-hire course, and
 * where the 課長 decides it is needed, ask for the 同意書 — signed by the person in the app, or
 * recorded here as received on paper.
 */
export function NewHires() {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const [joinedOn, setJoinedOn] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: () => api.post("/api/training/new-hires", { body: { personId, joinedOn } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["training"] }),
  });
  const consent = useMutation({
    mutationFn: () => api.post("/api/training/consents", { body: { personId } }),
  });
  const paper = useMutation({
    mutationFn: (id: string) =>
      api.post("/api/training/consents/{id}/sign", { path: { id }, body: { method: "paper" } }),
  });
  const fieldError = useFieldError(assign.error ?? consent.error);
  const asked = consent.data?.data;
  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h4">
          {tx("newHires")}
        </Title>
        <Text size="sm" c="dimmed">
          {tx("newHiresHint")}
        </Text>
        <PersonPicker
          label={tx("person")}
          value={personId}
          onChange={(id) => {
            setPersonId(id);
            assign.reset();
            consent.reset();
            paper.reset();
          }}
          error={fieldError("personId")}
          data-testid="newhire-person"
        />
        <DateField
          label={tx("joinedOn")}
          value={joinedOn}
          onChange={setJoinedOn}
          error={fieldError("joinedOn")}
        />
        <Group>
          <Button
            onClick={() => assign.mutate()}
            disabled={!personId || !joinedOn}
            loading={assign.isPending}
          >
            {tx("assign")}
          </Button>
          <Button
            variant="light"
            onClick={() => consent.mutate()}
            disabled={!personId}
            loading={consent.isPending}
            data-testid="consent-request"
          >
            {tx("requestConsent")}
          </Button>
        </Group>
        <ErrorAlert error={assign.error ?? consent.error ?? paper.error} />
        {assign.data && (
          <Alert color="green">
            {tx("assigned", { date: "" })} <DateText value={assign.data.data.deadline} />
          </Alert>
        )}
        {asked && (
          <Alert color="green">
            <Stack gap="xs">
              <span>{tx("consentRequested")}</span>
              <Text size="sm">{asked.text}</Text>
              {paper.data ? (
                <span data-testid="consent-paper-recorded">{tx("signed")}</span>
              ) : (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => paper.mutate(asked.id)}
                  loading={paper.isPending}
                  data-testid="consent-paper"
                >
                  {tx("recordPaper")}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
