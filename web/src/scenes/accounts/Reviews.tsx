import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ACCOUNT_REVIEW_STATE_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { FilterChip } from "../../components/FilterChip";
import type { AccountReviewTask } from "../../contract";
import { useActionForm } from "../../forms";
import { Link, setSearchParams, useLocation } from "../../router";
import { REVIEW_DECISION, REVIEW_STATE, useTexts } from "./labels";
import { ReviewDetail } from "./ReviewDetail";

/** The server's ReviewReq: a title, and a due date (omitted = the profile's days from today). */
const StartValues = z.object({
  title: z.string().trim().min(1).max(200),
  dueOn: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
});
type StartValues = z.infer<typeof StartValues>;

function StartForm() {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const start = useMutation({
    mutationFn: (v: StartValues) =>
      api.post("/api/accounts/reviews", { body: { title: v.title.trim(), dueOn: v.dueOn || null } }),
    onSuccess: () => {
      form.reset();
      qc.invalidateQueries({ queryKey: ["accounts"] });
    },
  });
  const form = useActionForm(StartValues, { title: "", dueOn: "" }, start.error);
  return (
    <Card withBorder mb="md">
      <form {...form.formProps((v) => start.mutate(v))} data-testid="review-start-form">
        <ErrorAlert error={start.error} testId="review-start-error" />
        <Group align="flex-start">
          <TextInput
            label={tx("title")}
            required
            maxLength={200}
            data-testid="review-title"
            {...form.getInputProps("title")}
          />
          <DateField
            label={tx("dueOn")}
            value={form.values.dueOn || null}
            onChange={(v) => form.setFieldValue("dueOn", v ?? "")}
            error={form.errors.dueOn}
            data-testid="review-due-on"
          />
          <Button type="submit" mt={25} loading={start.isPending} data-testid="review-start">
            {tx("startReview")}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

/** The server's TaskDoneReq: what was done, optional. */
const DoneValues = z.object({ note: z.string().trim().max(2000) });

/** Marking one task done, with a note of what was done (kept, with the error, when it fails). */
function TaskDone({ task }: { task: AccountReviewTask }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const done = useMutation({
    mutationFn: (v: { note: string }) =>
      api.post("/api/accounts/reviews/{id}/items/{itemId}/done", {
        path: { id: task.reviewId, itemId: task.id },
        body: { note: v.note.trim() || null },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["accounts"] }),
  });
  const form = useActionForm(DoneValues, { note: "" }, done.error);
  return (
    <form {...form.formProps((v) => done.mutate(v))}>
      <ErrorAlert error={done.error} testId="task-error" />
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput aria-label={tx("note")} size="xs" maxLength={2000} {...form.getInputProps("note")} />
        <Button size="xs" type="submit" loading={done.isPending}>
          {tx("markDone")}
        </Button>
      </Group>
    </form>
  );
}

/** The administrator's change/removal tasks: mark done with what was done. */
function Tasks() {
  const { tx, lab } = useTexts();
  // A dashboard bar links here with ?reviewId=&state=undecided|task_open (one review's work left).
  const { search } = useLocation();
  const reviewId = search.get("reviewId") ?? undefined;
  const state = search.get("state") ?? undefined;
  const tasks = useQuery({
    queryKey: ["accounts", "review-tasks", reviewId, state],
    queryFn: () => api.get("/api/accounts/reviews/tasks", { query: { reviewId, state } }),
  });
  const rows = tasks.data?.data ?? [];
  return (
    <>
      <Title order={3} size="h4" mt="lg" mb={4}>
        {state ? lab(ACCOUNT_REVIEW_STATE_LABELS, state) : tx("tasks")}
      </Title>
      {(reviewId || state) && (
        <Group mb="xs">
          {reviewId && (
            <FilterChip
              label={`${tx("title")}: ${rows[0]?.reviewTitle ?? "…"}`}
              onClear={() => setSearchParams({ reviewId: null })}
            />
          )}
          <Text size="xs" c="dimmed" data-testid="review-tasks-count">
            （{rows.length}）
          </Text>
        </Group>
      )}
      <QueryState isLoading={tasks.isLoading} error={tasks.error}>
        {rows.length === 0 ? (
          <Empty>{tx("noTasks")}</Empty>
        ) : (
          <Table striped data-testid="review-tasks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("system")}</Table.Th>
                <Table.Th>{tx("loginName")}</Table.Th>
                <Table.Th>{tx("decision")}</Table.Th>
                <Table.Th>{tx("reason")}</Table.Th>
                <Table.Th>{tx("taskDue")}</Table.Th>
                <Table.Th>{tx("note")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.systemName ?? tx("none")}</Table.Td>
                  <Table.Td>{t.loginName}</Table.Td>
                  <Table.Td>{lab(REVIEW_DECISION, t.decision)}</Table.Td>
                  <Table.Td>{t.reason ?? tx("none")}</Table.Td>
                  <Table.Td>
                    <DateText value={t.taskDueOn} />
                  </Table.Td>
                  <Table.Td>{t.policies?.complete_task ? <TaskDone task={t} /> : tx("none")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}

/** /accounts/reviews — campaigns, starting one, and the tasks; /accounts/reviews/:id — one campaign. */
export default function Reviews({ params }: { params?: { id?: string } }) {
  const { tx, lab } = useTexts();
  const list = useQuery({
    queryKey: ["accounts", "reviews"],
    queryFn: () => api.get("/api/accounts/reviews"),
    enabled: !params?.id,
  });
  if (params?.id) return <ReviewDetail id={params.id} />;
  const d = list.data?.data;
  return (
    <>
      <PageHeader title={tx("reviews")} description={tx("reviewsHint")} />
      <QueryState isLoading={list.isLoading} error={list.error}>
        {d && (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {tx("cycle", { months: d.rule.cycleMonths, days: d.rule.dueDays, task: d.rule.taskDays })}{" "}
              <ClauseLink id={d.rule.clause} />
            </Text>
            {d.policies?.organize && <StartForm />}
            {d.reviews.length === 0 ? (
              <Empty>{tx("noReviews")}</Empty>
            ) : (
              <Table striped data-testid="reviews">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("title")}</Table.Th>
                    <Table.Th>{tx("startedOn")}</Table.Th>
                    <Table.Th>{tx("dueOn")}</Table.Th>
                    <Table.Th>{tx("reviewState")}</Table.Th>
                    <Table.Th>{tx("progress")}</Table.Th>
                    <Table.Th>{tx("openTasks")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.reviews.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} href={`/accounts/reviews/${r.id}`}>
                          {r.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <DateText value={r.startedOn} />
                      </Table.Td>
                      <Table.Td>
                        <DateText value={r.dueOn} />
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={r.state === "open" ? "blue" : "gray"}>
                          {lab(REVIEW_STATE, r.state)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {r.decided} / {r.ids}
                      </Table.Td>
                      <Table.Td>{r.openTasks}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </QueryState>
      <Tasks />
    </>
  );
}
