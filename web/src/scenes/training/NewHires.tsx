import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { DateText, ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { requiredChoice, requiredDate } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { useTexts } from "./labels";

const HireValues = z.object({ personId: requiredChoice, joinedOn: requiredDate });

/**
 * The 課長's part for a person who joined (6.2(2)③, 6.1(2)②): give them the new-hire course, and
 * where the 課長 decides it is needed, ask for the 同意書 — signed by the person in the app, or
 * recorded here as received on paper.
 */
export function NewHires() {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const assign = useMutation({
    mutationFn: (body: z.output<typeof HireValues>) => api.post("/api/training/new-hires", { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["training"] }),
  });
  const consent = useMutation({
    mutationFn: (personId: string) => api.post("/api/training/consents", { body: { personId } }),
  });
  const paper = useMutation({
    mutationFn: (id: string) =>
      api.post("/api/training/consents/{id}/sign", { path: { id }, body: { method: "paper" } }),
  });
  const form = useActionForm(HireValues, { personId: null, joinedOn: null }, assign.error ?? consent.error);
  const v = form.values;
  /** The 同意書 needs only the person: their field alone is checked. */
  const askConsent = () => {
    if (!form.validateField("personId").hasError && v.personId) consent.mutate(v.personId);
  };
  const asked = consent.data?.data;
  return (
    <Card withBorder>
      <form {...form.formProps((x) => assign.mutate(HireValues.parse(x)))} data-testid="newhire-form">
        <Stack>
          <Title order={3} size="h4">
            {tx("newHires")}
          </Title>
          <Text size="sm" c="dimmed">
            {tx("newHiresHint")}
          </Text>
          <PersonPicker
            label={tx("person")}
            required
            value={v.personId}
            onChange={(id) => {
              form.setFieldValue("personId", id);
              assign.reset();
              consent.reset();
              paper.reset();
            }}
            error={form.errors.personId}
            data-testid="newhire-person"
          />
          <DateField
            label={tx("joinedOn")}
            required
            {...bindField(form, "joinedOn")}
            data-testid="newhire-joined"
          />
          <Group>
            <Button type="submit" loading={assign.isPending} data-testid="newhire-assign">
              {tx("assign")}
            </Button>
            <Button
              variant="light"
              onClick={askConsent}
              disabled={!v.personId}
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
      </form>
    </Card>
  );
}
