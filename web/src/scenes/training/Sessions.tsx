import { Anchor, Button, Card, Group, NumberInput, Select, Stack, Table, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { useActionForm } from "../../forms";
import { Link } from "../../router";
import { fiscalYearNow, useTexts, yearOptions } from "./labels";

const SessionValues = z.object({
  courseId: z.string().uuid(),
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  startTime: z.string(),
  place: z.string().trim().min(1).max(200),
  capacity: z.union([z.number().int().min(1), z.literal("")]),
});
type V = z.infer<typeof SessionValues>;

function NewSession({ year, onClose }: { year: number; onClose(): void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const courses = useQuery({
    queryKey: ["training", "courses", year],
    queryFn: () => api.get("/api/training/courses", { query: { fiscalYear: year } }),
  });
  const save = useMutation({
    mutationFn: (v: V) =>
      api.post("/api/training/sessions", {
        body: {
          courseId: v.courseId,
          heldOn: v.heldOn,
          startTime: v.startTime || undefined,
          place: v.place,
          capacity: v.capacity === "" ? undefined : v.capacity,
        },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["training"] });
      onClose();
    },
  });
  const form = useActionForm(
    SessionValues,
    { courseId: "", heldOn: "", startTime: "", place: "", capacity: "" },
    save.error,
  );
  const options = (courses.data?.data.courses ?? [])
    .filter((c) => c.delivery !== "elearning")
    .map((c) => ({ value: c.id, label: c.title }));
  return (
    <Card withBorder mb="md">
      <form {...form.formProps((v) => save.mutate(v))}>
        <Stack>
          <Select
            label={tx("course")}
            data={options}
            required
            {...form.getInputProps("courseId")}
            data-testid="session-course"
          />
          <DateField
            label={tx("heldOn")}
            required
            value={form.values.heldOn || null}
            onChange={(d) => form.setFieldValue("heldOn", d ?? "")}
            error={form.errors.heldOn}
            data-testid="session-date"
          />
          <TextInput type="time" label={tx("startTime")} {...form.getInputProps("startTime")} maw={160} />
          <TextInput
            label={tx("place")}
            required
            {...form.getInputProps("place")}
            data-testid="session-place"
          />
          <NumberInput label={tx("capacity")} min={1} {...form.getInputProps("capacity")} maw={160} />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="session-save">
              {tx("save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** /training/sessions: sessions of a 年度 with attendance counts; each opens its sign-in sheet. */
export default function Sessions() {
  const { tx, pick } = useTexts();
  const [year, setYear] = useState(fiscalYearNow());
  const [adding, setAdding] = useState(false);
  const sessions = useQuery({
    queryKey: ["training", "sessions", year],
    queryFn: () => api.get("/api/training/sessions", { query: { fiscalYear: year } }),
  });
  const plans = useQuery({
    queryKey: ["training", "plans"],
    queryFn: () => api.get("/api/training/plans"),
  });
  const rows = sessions.data?.data.sessions ?? [];
  return (
    <>
      <PageHeader
        title={tx("sessions")}
        description={tx("sessionsHint")}
        actions={
          <>
            <Select
              aria-label={tx("fiscalYear")}
              data={yearOptions(fiscalYearNow())}
              value={String(year)}
              onChange={(v) => v && setYear(Number(v))}
              allowDeselect={false}
              w={260}
            />
            {plans.data?.policies?.manage && (
              <Button onClick={() => setAdding(true)} data-testid="new-session">
                {tx("newSession")}
              </Button>
            )}
          </>
        }
      />
      {adding && <NewSession year={year} onClose={() => setAdding(false)} />}
      <QueryState isLoading={sessions.isLoading} error={sessions.error}>
        {rows.length ? (
          <Table striped data-testid="sessions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("heldOn")}</Table.Th>
                <Table.Th>{tx("course")}</Table.Th>
                <Table.Th>{tx("delivery")}</Table.Th>
                <Table.Th>{tx("place")}</Table.Th>
                <Table.Th>{tx("capacity")}</Table.Th>
                <Table.Th>{tx("attended")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <DateText value={s.heldOn} /> {s.startTime ?? ""}
                  </Table.Td>
                  <Table.Td>{s.courseTitle}</Table.Td>
                  <Table.Td>{pick(s.deliveryLabel)}</Table.Td>
                  <Table.Td>{s.place}</Table.Td>
                  <Table.Td>{s.capacity ?? "—"}</Table.Td>
                  <Table.Td>{s.attended}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      href={`/training/sessions/${s.id}`}
                      data-testid="session-sheet-link"
                    >
                      {tx("sheet")}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Empty>{tx("noSessions")}</Empty>
        )}
      </QueryState>
    </>
  );
}
