import {
  Anchor,
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  Select,
  Stack,
  Table,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { useActionForm } from "../../forms";
import { Link, navigate } from "../../router";
import { fiscalYearNow, useTexts, yearOptions } from "./labels";

const DrillValues = z.object({
  fiscalYear: z.number().int(),
  title: z.string().trim().min(1).max(200),
  scenario: z.string().trim().min(1).max(4000),
  organization: z.string().trim().min(1).max(4000),
  scope: z.string().trim().min(1).max(4000),
  plannedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  participants: z.array(z.object({ id: z.string(), name: z.string() })).min(1),
});
type V = z.infer<typeof DrillValues>;

function NewDrill({ onClose }: { onClose(): void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: ({ participants, ...v }: V) =>
      api.post("/api/training/drills", {
        body: {
          ...v,
          participantPersonIds: participants.map((p) => p.id),
        },
      }),
    onSuccess: async (res) => {
      await qc.invalidateQueries({ queryKey: ["training"] });
      navigate(`/training/drills/${res.data.id}`);
    },
  });
  const form = useActionForm(
    DrillValues,
    {
      fiscalYear: fiscalYearNow(),
      title: "",
      scenario: "",
      organization: "",
      scope: "",
      plannedOn: "",
      participants: [],
    },
    save.error,
  );
  const v = form.values;
  return (
    <Card withBorder mb="md">
      <form {...form.formProps((x) => save.mutate(x))}>
        <Stack>
          <Select
            label={tx("fiscalYear")}
            data={yearOptions(fiscalYearNow())}
            value={String(v.fiscalYear)}
            onChange={(y) => y && form.setFieldValue("fiscalYear", Number(y))}
            allowDeselect={false}
          />
          <TextInput
            label={tx("title")}
            required
            {...form.getInputProps("title")}
            data-testid="drill-title"
          />
          <Textarea
            label={tx("scenario")}
            required
            autosize
            {...form.getInputProps("scenario")}
            data-testid="drill-scenario"
          />
          <Textarea
            label={tx("organization")}
            required
            autosize
            {...form.getInputProps("organization")}
            data-testid="drill-organization"
          />
          <Textarea
            label={tx("scope")}
            required
            autosize
            {...form.getInputProps("scope")}
            data-testid="drill-scope"
          />
          <DateField
            label={tx("plannedOn")}
            required
            value={v.plannedOn || null}
            onChange={(d) => form.setFieldValue("plannedOn", d ?? "")}
            error={form.errors.plannedOn}
            data-testid="drill-date"
          />
          <PersonPicker
            label={tx("participants")}
            value={null}
            onChange={(id, person) => {
              if (id && !v.participants.some((p) => p.id === id))
                form.insertListItem("participants", { id, name: person?.name ?? "" });
            }}
            error={form.errors.participants ?? form.errors.participantPersonIds}
            data-testid="drill-participant"
          />
          <Group gap="xs">
            {v.participants.map((p, i) => (
              <Badge
                key={p.id}
                variant="light"
                rightSection={
                  <CloseButton
                    size="xs"
                    aria-label={`${tx("remove")} ${p.name}`}
                    onClick={() => form.removeListItem("participants", i)}
                  />
                }
              >
                {p.name}
              </Badge>
            ))}
          </Group>
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="drill-save">
              {tx("save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** /training/drills: 緊急時対応訓練 (6.2(3)) — the organizer plans; participants see theirs. */
export default function Drills() {
  const { tx, pick } = useTexts();
  const [creating, setCreating] = useState(false);
  const drills = useQuery({
    queryKey: ["training", "drills"],
    queryFn: () => api.get("/api/training/drills"),
  });
  const d = drills.data?.data;
  return (
    <>
      <PageHeader
        title={tx("drills")}
        description={tx("drillsHint")}
        actions={
          d?.mayPlan && (
            <Button onClick={() => setCreating(true)} data-testid="new-drill">
              {tx("newDrill")}
            </Button>
          )
        }
      />
      {creating && <NewDrill onClose={() => setCreating(false)} />}
      <QueryState isLoading={drills.isLoading} error={drills.error}>
        {d?.drills.length ? (
          <Table striped data-testid="drills">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("plannedOn")}</Table.Th>
                <Table.Th>{tx("title")}</Table.Th>
                <Table.Th>{tx("scope")}</Table.Th>
                <Table.Th>{tx("participants")}</Table.Th>
                <Table.Th>{tx("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.drills.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td>
                    <DateText value={x.plannedOn} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} href={`/training/drills/${x.id}`} data-testid="drill-link">
                      {x.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{x.scope}</Table.Td>
                  <Table.Td>{x.participantCount}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={x.status === "held" ? "green" : "blue"}>
                      {pick(x.statusLabel)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Empty>{tx("noDrills")}</Empty>
        )}
      </QueryState>
    </>
  );
}
