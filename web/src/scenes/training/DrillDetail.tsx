import {
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField, DateTimeField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { requiredChoice, requiredDate, requiredText } from "../../form-fields";
import { bindField, useActionForm } from "../../forms";
import { useTexts } from "./labels";

const EventValues = z.object({ at: requiredChoice, text: requiredText(2000) });

function AddEvent({ id }: { id: string }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const add = useMutation({
    mutationFn: (body: z.output<typeof EventValues>) =>
      api.post("/api/training/drills/{id}/events", { path: { id }, body }),
    onSuccess: () => {
      form.setFieldValue("text", "");
      return qc.invalidateQueries({ queryKey: ["training", "drill", id] });
    },
  });
  const form = useActionForm(EventValues, { at: null, text: "" }, add.error, {
    labels: { text: { ja: "出来事", en: "What happened" } },
  });
  return (
    <Card withBorder>
      <form {...form.formProps((v) => add.mutate(EventValues.parse(v)))} data-testid="drill-event-form">
        <Stack>
          <DateTimeField label={tx("at")} required {...bindField(form, "at")} data-testid="drill-event-at" />
          <TextInput
            label={tx("what")}
            required
            {...form.getInputProps("text")}
            data-testid="drill-event-text"
          />
          <ErrorAlert error={add.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending} data-testid="drill-event-add">
              {tx("addEvent")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

const CloseValues = z.object({
  lessons: requiredText(8000),
  actions: z.array(
    z.object({
      text: requiredText(2000),
      ownerPersonId: requiredChoice,
      ownerName: z.string(),
      deadline: requiredDate,
    }),
  ),
});

function CloseDrill({ id }: { id: string }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const close = useMutation({
    mutationFn: (v: z.output<typeof CloseValues>) =>
      api.post("/api/training/drills/{id}/close", {
        path: { id },
        body: {
          lessons: v.lessons,
          actions: v.actions.map(({ text, ownerPersonId, deadline }) => ({ text, ownerPersonId, deadline })),
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["training"] }),
  });
  const form = useActionForm(CloseValues, { lessons: "", actions: [] }, close.error, {
    labels: { ownerPersonId: { ja: "担当者", en: "Owner" } },
  });
  return (
    <Card withBorder>
      <form {...form.formProps((v) => close.mutate(CloseValues.parse(v)))} data-testid="drill-close-form">
        <Stack>
          <Textarea
            label={tx("lessons")}
            required
            autosize
            minRows={3}
            {...form.getInputProps("lessons")}
            data-testid="drill-lessons"
          />
          <Title order={4} size="h5">
            {tx("actions")}
          </Title>
          {form.values.actions.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place
            <Group key={i} align="flex-start" wrap="wrap">
              <TextInput label={tx("what")} required {...form.getInputProps(`actions.${i}.text`)} />
              <PersonPicker
                label={tx("owner")}
                required
                value={x.ownerPersonId}
                initialLabel={x.ownerName}
                onChange={(pid, person) =>
                  form.setFieldValue(`actions.${i}`, {
                    ...x,
                    ownerPersonId: pid,
                    ownerName: person?.name ?? "",
                  })
                }
                error={form.errors[`actions.${i}.ownerPersonId`]}
              />
              <DateField
                label={tx("deadline")}
                required
                value={x.deadline}
                onChange={(d) => form.setFieldValue(`actions.${i}.deadline`, d)}
                error={form.errors[`actions.${i}.deadline`]}
                description={null}
              />
              <CloseButton
                mt={25}
                aria-label={tx("remove")}
                onClick={() => form.removeListItem("actions", i)}
              />
            </Group>
          ))}
          <Button
            variant="light"
            onClick={() =>
              form.insertListItem("actions", { text: "", ownerPersonId: null, ownerName: "", deadline: null })
            }
          >
            {tx("addAction")}
          </Button>
          <ErrorAlert error={close.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={close.isPending} data-testid="drill-close">
              {tx("closeDrill")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** /training/drills/:id: a drill's plan (体制・範囲), its run, lessons and improvement items. */
export default function DrillDetail({ params }: { params: { id: string } }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const drill = useQuery({
    queryKey: ["training", "drill", params.id],
    queryFn: () => api.get("/api/training/drills/{id}", { path: { id: params.id } }),
  });
  const done = useMutation({
    mutationFn: (actionId: string) =>
      api.post("/api/training/drill-actions/{id}/done", { path: { id: actionId } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["training", "drill", params.id] }),
  });
  const d = drill.data?.data;
  const manage = d?.policies?.manage && d.status === "planned";
  return (
    <>
      <PageHeader title={d?.title ?? tx("drills")} back={{ href: "/training/drills", label: tx("drills") }} />
      <QueryState isLoading={drill.isLoading} error={drill.error}>
        {d && (
          <Stack gap="lg">
            <Group>
              <Badge
                variant="light"
                color={d.status === "held" ? "green" : "blue"}
                data-testid="drill-status"
              >
                {pick(d.statusLabel)}
              </Badge>
              <Text>
                {tx("plannedOn")}: <DateText value={d.plannedOn} />
              </Text>
            </Group>
            <Table>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={140}>{tx("scenario")}</Table.Th>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{d.scenario}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{tx("organization")}</Table.Th>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{d.organization}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{tx("scope")}</Table.Th>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{d.scope}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{tx("participants")}</Table.Th>
                  <Table.Td>{d.participants.map((p) => p.name).join("、")}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <div>
              <Title order={3} size="h4" mb="xs">
                {tx("timeline")}
              </Title>
              {d.timeline.length ? (
                <Table striped data-testid="drill-timeline">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{tx("at")}</Table.Th>
                      <Table.Th>{tx("what")}</Table.Th>
                      <Table.Th>{tx("by")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.timeline.map((e) => (
                      <Table.Tr key={`${e.at}-${e.text}`}>
                        <Table.Td>
                          <DateText value={e.at} time />
                        </Table.Td>
                        <Table.Td>{e.text}</Table.Td>
                        <Table.Td>{e.by}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Empty>{tx("noEvents")}</Empty>
              )}
            </div>
            {manage && <AddEvent id={d.id} />}
            {d.lessons && (
              <div>
                <Title order={3} size="h4" mb="xs">
                  {tx("lessons")}
                </Title>
                <Text style={{ whiteSpace: "pre-wrap" }}>{d.lessons}</Text>
              </div>
            )}
            {d.actions.length > 0 && (
              <Table striped data-testid="drill-actions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("actions")}</Table.Th>
                    <Table.Th>{tx("owner")}</Table.Th>
                    <Table.Th>{tx("deadline")}</Table.Th>
                    <Table.Th>{tx("doneAt")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.actions.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.text}</Table.Td>
                      <Table.Td>{a.owner}</Table.Td>
                      <Table.Td>
                        <DateText value={a.deadline} />
                      </Table.Td>
                      <Table.Td>
                        {a.doneAt ? (
                          <DateText value={a.doneAt} />
                        ) : a.mayComplete ? (
                          <Button size="xs" onClick={() => done.mutate(a.id)} loading={done.isPending}>
                            {tx("markDone")}
                          </Button>
                        ) : (
                          "—"
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <ErrorAlert error={done.error} />
            {manage && <CloseDrill id={d.id} />}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
