import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { ApiError, api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { ReviewItemView } from "../../contract";
import { useActionForm } from "../../forms";
import words from "../../locales/scenes/accounts.json";
import { FINDING_KIND, REVIEW_DECISION, REVIEW_STATE, SINCE_LAST, useTexts } from "./labels";

/** The server's DecisionReq: a decision, and an optional reason (and why, deciding on one's own ID). */
const DecisionValues = z.object({
  decision: z.string().min(1),
  reason: z.string().trim().max(2000),
  overrideReason: z.string().trim().max(2000),
});
/** No decision yet is null, so the schema says 「…を入力してください」 at the picker. */
type DecisionForm = Omit<z.infer<typeof DecisionValues>, "decision"> & { decision: string | null };

/** One ID: its findings, the difference since the last review, and the reviewer's decision. */
function ItemRow({ reviewId, item, open }: { reviewId: string; item: ReviewItemView; open: boolean }) {
  const { tx, lab, pick } = useTexts();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: DecisionForm) =>
      api.post("/api/accounts/reviews/{id}/items/{itemId}/decision", {
        path: { id: reviewId, itemId: item.id },
        body: {
          decision: v.decision ?? "",
          reason: v.reason.trim() || null,
          overrideReason: v.overrideReason.trim() || undefined,
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["accounts"] }),
  });
  const form = useActionForm<typeof DecisionValues, DecisionForm>(
    DecisionValues,
    { decision: item.decision, reason: item.reason ?? "", overrideReason: "" },
    save.error,
    { labels: { overrideReason: { ja: words.ja.overrideReason, en: words.en.overrideReason } } },
  );
  const { overrideReason } = form.values;
  // A decision on an ID the reviewer holds is refused (兼務の禁止); the refusal names who else can
  // decide, and where nobody can, the unavoidable reason is asked for (やむを得ない場合).
  const ownId =
    save.error instanceof ApiError &&
    ["separation_of_duties", "reason_required", "override_not_allowed"].includes(save.error.code);
  const may = open && item.policies?.decide && !item.taskDoneAt;
  return (
    <Table.Tr data-testid={`review-item-${item.loginName}`}>
      <Table.Td>
        {item.loginName}
        {item.privileged && (
          <Badge ml={4} size="xs" color="red" variant="light">
            {tx("privileged")}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{item.personName ?? tx("none")}</Table.Td>
      <Table.Td>
        {item.findings.length === 0
          ? tx("none")
          : item.findings.map((f: string) => (
              <Badge key={f} size="xs" color="orange" variant="light" mr={4}>
                {lab(FINDING_KIND, f)}
              </Badge>
            ))}
      </Table.Td>
      <Table.Td>{item.sinceLast ? lab(SINCE_LAST, item.sinceLast) : tx("none")}</Table.Td>
      <Table.Td>
        {may ? (
          <form {...form.formProps((v) => save.mutate(v))}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Select
                aria-label={tx("decision")}
                size="xs"
                w={110}
                allowDeselect={false}
                required
                data={Object.keys(REVIEW_DECISION).map((k) => ({
                  value: k,
                  label: pick(REVIEW_DECISION[k]),
                }))}
                {...form.getInputProps("decision")}
              />
              <TextInput
                aria-label={tx("reason")}
                placeholder={tx("reason")}
                size="xs"
                maxLength={2000}
                {...form.getInputProps("reason")}
              />
              <Stack gap={4}>
                {(ownId || overrideReason) && (
                  <TextInput
                    label={tx("overrideReason")}
                    size="xs"
                    maxLength={2000}
                    data-testid="review-override-reason"
                    {...form.getInputProps("overrideReason")}
                  />
                )}
                <Button size="xs" type="submit" loading={save.isPending}>
                  {tx("save")}
                </Button>
              </Stack>
            </Group>
          </form>
        ) : (
          <Text size="sm">
            {lab(REVIEW_DECISION, item.decision)} {item.reason ? `（${item.reason}）` : ""}
          </Text>
        )}
        <ErrorAlert error={save.error} testId="review-decision-error" />
      </Table.Td>
      <Table.Td>{item.taskDueOn ? <DateText value={item.taskDueOn} /> : tx("none")}</Table.Td>
    </Table.Tr>
  );
}

function SystemItems({ reviewId, systemId, open }: { reviewId: string; systemId: string; open: boolean }) {
  const { tx } = useTexts();
  const items = useQuery({
    queryKey: ["accounts", "review-items", reviewId, systemId],
    queryFn: () =>
      api.get("/api/accounts/reviews/{id}/items", { path: { id: reviewId }, query: { systemId } }),
  });
  const d = items.data?.data;
  return (
    <QueryState isLoading={items.isLoading} error={items.error}>
      {d && (
        <>
          <Table striped data-testid="review-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("loginName")}</Table.Th>
                <Table.Th>{tx("person")}</Table.Th>
                <Table.Th>{tx("finding")}</Table.Th>
                <Table.Th>{tx("sinceLast")}</Table.Th>
                <Table.Th>{tx("decision")}</Table.Th>
                <Table.Th>{tx("taskDue")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.items.map((i) => (
                <ItemRow key={i.id} reviewId={reviewId} item={i} open={open} />
              ))}
            </Table.Tbody>
          </Table>
          {d.removedSinceLast.length > 0 && (
            <Text size="sm" mt="xs" data-testid="removed-since-last">
              {tx("removedSinceLast")}:{" "}
              {d.removedSinceLast
                .map((r) => `${r.loginName}${r.personName ? `（${r.personName}）` : ""}`)
                .join("、")}
            </Text>
          )}
        </>
      )}
    </QueryState>
  );
}

/** /accounts/reviews/:id — the campaign's systems with their progress, and one system's IDs. */
export function ReviewDetail({ id }: { id: string }) {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const [systemId, setSystemId] = useState<string | null>(null);
  const review = useQuery({
    queryKey: ["accounts", "review", id],
    queryFn: () => api.get("/api/accounts/reviews/{id}", { path: { id } }),
  });
  const close = useMutation({
    mutationFn: () => api.post("/api/accounts/reviews/{id}/close", { path: { id } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["accounts"] }),
  });
  const r = review.data?.data;
  const chosen = systemId ?? r?.systems[0]?.systemId ?? null;
  return (
    <QueryState isLoading={review.isLoading} error={review.error}>
      {r && (
        <>
          <PageHeader title={r.title} description={tx("reviewsHint")} />
          <Group gap="md" mb="sm">
            <Badge variant="light">{lab(REVIEW_STATE, r.state)}</Badge>
            <Text size="sm">
              {tx("startedOn")}: <DateText value={r.startedOn} />
            </Text>
            <Text size="sm">
              {tx("dueOn")}: <DateText value={r.dueOn} />
            </Text>
            <Text size="sm">
              {tx("startedBy")}: {r.startedByName ?? tx("byCycle")}
            </Text>
            <ClauseLink id={r.clause} />
            <Anchor href={`/api/accounts/reviews/${id}/export?format=xlsx`} download size="sm">
              {tx("exportXlsx")}
            </Anchor>
            <Anchor href={`/api/accounts/reviews/${id}/export?format=csv`} download size="sm">
              {tx("exportCsv")}
            </Anchor>
            <Anchor href={`/api/accounts/reviews/${id}/export?format=pdf`} download size="sm">
              {tx("exportPdf")}
            </Anchor>
            {r.state === "open" && r.policies?.organize && (
              <Button size="xs" variant="light" onClick={() => close.mutate()} loading={close.isPending}>
                {tx("closeReview")}
              </Button>
            )}
          </Group>
          <ErrorAlert error={close.error} />
          {r.systems.length === 0 ? (
            <Empty>{tx("noSystems")}</Empty>
          ) : (
            <Table striped mb="md" data-testid="review-systems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx("system")}</Table.Th>
                  <Table.Th>{tx("owner")}</Table.Th>
                  <Table.Th>{tx("progress")}</Table.Th>
                  <Table.Th>{tx("flagged")}</Table.Th>
                  <Table.Th>{tx("openTasks")}</Table.Th>
                  <Table.Th>{tx("reviewer")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.systems.map((s) => (
                  <Table.Tr key={s.systemId}>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant={chosen === s.systemId ? "filled" : "subtle"}
                        onClick={() => setSystemId(s.systemId)}
                      >
                        {s.name ?? tx("none")}
                      </Button>
                    </Table.Td>
                    <Table.Td>{s.departmentName ?? tx("none")}</Table.Td>
                    <Table.Td>
                      {s.decided} / {s.ids}
                    </Table.Td>
                    <Table.Td>{s.flagged}</Table.Td>
                    <Table.Td>{s.openTasks}</Table.Td>
                    <Table.Td>{s.mayDecide ? tx("yes") : tx("none")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {chosen && (
            <>
              <Title order={3} size="h4" mb={4}>
                {r.systems.find((s) => s.systemId === chosen)?.name}
              </Title>
              <SystemItems reviewId={id} systemId={chosen} open={r.state === "open"} />
            </>
          )}
        </>
      )}
    </QueryState>
  );
}
