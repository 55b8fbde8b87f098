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
import { useState } from "react";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { DateField, DateTimeField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import { useTexts } from "./labels";

function AddEvent({ id }: { id: string }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const [at, setAt] = useState<string | null>(null);
  const [text, setText] = useState("");
  const add = useMutation({
    mutationFn: () => api.post("/api/training/drills/{id}/events", { path: { id }, body: { at, text } }),
    onSuccess: () => {
      setText("");
      return qc.invalidateQueries({ queryKey: ["training", "drill", id] });
    },
  });
  const fieldError = useFieldError(add.error);
  return (
    <Card withBorder>
      <Stack>
        <DateTimeField
          label={tx("at")}
          value={at}
          onChange={setAt}
          error={fieldError("at")}
          data-testid="drill-event-at"
        />
        <TextInput
          label={tx("what")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError("text")}
          data-testid="drill-event-text"
        />
        <ErrorAlert error={add.error} />
        <Group justify="flex-end">
          <Button
            onClick={() => add.mutate()}
            disabled={!at || !text.trim()}
            loading={add.isPending}
            data-testid="drill-event-add"
          >
            {tx("addEvent")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

interface Item {
  text: string;
  ownerPersonId: string | null;
  ownerName: string;
  deadline: string | null;
}

function CloseDrill({ id }: { id: string }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const [lessons, setLessons] = useState("");
  const [items, setItems] = useState<Item[]>([]);
  const close = useMutation({
    mutationFn: () =>
      api.post("/api/training/drills/{id}/close", {
        path: { id },
        body: {
          lessons,
          actions: items.map(({ text, ownerPersonId, deadline }) => ({ text, ownerPersonId, deadline })),
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["training"] }),
  });
  const fieldError = useFieldError(close.error);
  const set = (i: number, patch: Partial<Item>) =>
    setItems(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Card withBorder>
      <Stack>
        <Textarea
          label={tx("lessons")}
          value={lessons}
          onChange={(e) => setLessons(e.currentTarget.value)}
          autosize
          minRows={3}
          error={fieldError("lessons")}
          data-testid="drill-lessons"
        />
        <Title order={4} size="h5">
          {tx("actions")}
        </Title>
        {items.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place
          <Group key={i} align="flex-end" wrap="wrap">
            <TextInput
              label={tx("what")}
              value={x.text}
              onChange={(e) => set(i, { text: e.currentTarget.value })}
              error={fieldError(`actions.${i}.text`)}
            />
            <PersonPicker
              label={tx("owner")}
              value={x.ownerPersonId}
              initialLabel={x.ownerName}
              onChange={(pid, person) => set(i, { ownerPersonId: pid, ownerName: person?.name ?? "" })}
              error={fieldError(`actions.${i}.ownerPersonId`)}
            />
            <DateField
              label={tx("deadline")}
              value={x.deadline}
              onChange={(d) => set(i, { deadline: d })}
              error={fieldError(`actions.${i}.deadline`)}
              description={null}
            />
            <CloseButton
              aria-label={tx("remove")}
              onClick={() => setItems(items.filter((_, j) => j !== i))}
            />
          </Group>
        ))}
        <Button
          variant="light"
          onClick={() =>
            setItems([...items, { text: "", ownerPersonId: null, ownerName: "", deadline: null }])
          }
        >
          {tx("addAction")}
        </Button>
        <ErrorAlert error={close.error} />
        <Group justify="flex-end">
          <Button
            onClick={() => close.mutate()}
            disabled={!lessons.trim() || items.some((x) => !x.text.trim() || !x.ownerPersonId || !x.deadline)}
            loading={close.isPending}
            data-testid="drill-close"
          >
            {tx("closeDrill")}
          </Button>
        </Group>
      </Stack>
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
