import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { ASSURANCE_AUDIENCE_LABELS, ITEM_CHANGE_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { AssuranceItem } from "../../contract";
import { useActionForm } from "../../forms";
import { useTexts } from "./labels";

const AUDIENCES = ["staff", "department", "system", "network", "bureau"] as const;

const ItemValues = z.object({
  question: z.string().trim().min(1).max(2000),
  audience: z.enum(AUDIENCES),
});
type ItemV = z.infer<typeof ItemValues>;

function EditItem({ item, onClose }: { item: AssuranceItem; onClose(): void }) {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: ({ v, ack }: { v: ItemV; ack: boolean }) =>
      api.patch("/api/assurance/items/{id}", {
        path: { id: item.id },
        body: {
          question: v.question.trim() !== item.question ? v.question.trim() : undefined,
          audience: v.audience !== item.audience ? v.audience : undefined,
          acknowledgeChange: ack ? true : undefined,
        },
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["assurance"] });
      onClose();
    },
  });
  const form = useActionForm(
    ItemValues,
    { question: item.question, audience: item.audience as ItemV["audience"] },
    save.error,
  );
  const acknowledge = () => {
    if (!form.validate().hasErrors) save.mutate({ v: form.values, ack: true });
  };
  return (
    <Modal opened onClose={onClose} title={tx("edit")} size="lg">
      <form {...form.formProps((v) => save.mutate({ v, ack: false }))} data-testid="item-form">
        <Stack>
          <ClauseLink id={item.clauseId} />
          <Text size="sm" c="dimmed">
            {item.clauseText}
          </Text>
          {item.previousClauseText && (
            <Alert variant="light" color="orange" title={lab(ITEM_CHANGE_LABELS, item.lastChange)}>
              <Text size="sm" td="line-through">
                {item.previousClauseText}
              </Text>
            </Alert>
          )}
          <Textarea
            label={tx("question")}
            autosize
            minRows={2}
            maxLength={2000}
            required
            data-testid="item-question"
            {...form.getInputProps("question")}
          />
          <Select
            label={tx("audience")}
            data={AUDIENCES.map((a) => ({ value: a, label: lab(ASSURANCE_AUDIENCE_LABELS, a) }))}
            allowDeselect={false}
            required
            data-testid="item-audience"
            {...form.getInputProps("audience")}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            {item.lastChange && (
              <Button variant="light" onClick={acknowledge} loading={save.isPending}>
                {tx("acknowledge")}
              </Button>
            )}
            <Button type="submit" loading={save.isPending} data-testid="item-save">
              {tx("save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Check items with their clause, for the CISO's office: /assurance/items. */
export default function Items() {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const [audience, setAudience] = useState<string | null>(null);
  const [editing, setEditing] = useState<AssuranceItem | null>(null);
  const q = useQuery({
    queryKey: ["assurance", "items", audience],
    queryFn: () =>
      api.get("/api/assurance/items", {
        query: {
          audience: audience ?? undefined,
        },
      }),
  });
  const sync = useMutation({
    mutationFn: () => api.post("/api/assurance/items/sync"),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assurance"] }),
  });
  const data = q.data?.data;
  const canEdit = q.data?.policies.edit === true;
  return (
    <>
      <PageHeader title={tx("items")} description={tx("itemsHint")} />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {data && !data.configured ? (
          <Empty>{tx("notConfigured")}</Empty>
        ) : (
          data && (
            <Stack>
              {data.needsSync && (
                <Alert variant="light" color="orange">
                  <Group justify="space-between">
                    <Text size="sm">{tx("pending", data.pendingCatalogChanges)}</Text>
                    {canEdit && (
                      <Button
                        size="xs"
                        onClick={() => sync.mutate()}
                        loading={sync.isPending}
                        data-testid="items-sync"
                      >
                        {tx("sync")}
                      </Button>
                    )}
                  </Group>
                </Alert>
              )}
              <ErrorAlert error={sync.error} />
              <Select
                label={tx("audience")}
                data={AUDIENCES.map((a) => ({ value: a, label: lab(ASSURANCE_AUDIENCE_LABELS, a) }))}
                value={audience}
                onChange={setAudience}
                clearable
                placeholder={tx("all")}
                w={240}
              />
              {data.items.length === 0 ? (
                <Empty>{tx("notConfigured")}</Empty>
              ) : (
                <Table striped data-testid="items">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{tx("question")}</Table.Th>
                      <Table.Th>{tx("audience")}</Table.Th>
                      <Table.Th>{tx("status")}</Table.Th>
                      {canEdit && <Table.Th>{tx("edit")}</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>
                          <Text size="sm">{i.question}</Text>
                          <ClauseLink id={i.clauseId} />
                        </Table.Td>
                        <Table.Td className="nowrap">{lab(ASSURANCE_AUDIENCE_LABELS, i.audience)}</Table.Td>
                        <Table.Td>
                          {i.status === "retired" && <Badge color="gray">{tx("retired")}</Badge>}
                          {i.lastChange && (
                            <Badge color="orange" variant="light">
                              {lab(ITEM_CHANGE_LABELS, i.lastChange)}
                            </Badge>
                          )}
                        </Table.Td>
                        {canEdit && (
                          <Table.Td>
                            <Button size="xs" variant="subtle" onClick={() => setEditing(i)}>
                              {tx("edit")}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          )
        )}
      </QueryState>
      {editing && <EditItem item={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
