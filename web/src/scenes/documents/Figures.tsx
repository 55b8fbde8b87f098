import { Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { todayJst } from "../../../../common/calendar";
import { api } from "../../api";
import { DateText, ErrorAlert, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { DocumentSummary } from "../../contract";
import { useActionForm } from "../../forms";
import { useTexts } from "./labels";

const PaperValues = z.object({ signedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/**
 * Who has and hasn't acknowledged the published version, per 課 — the whole organization for the
 * document's keepers and the CISO, their own 課 for a 課長, who also records paper acknowledgements
 * of people without a login.
 */
export function Figures({ doc }: { doc: DocumentSummary }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ["documents", doc.id, "figures"],
    queryFn: () => api.get("/api/documents/{id}/acknowledgements", { path: { id: doc.id } }),
    retry: false,
  });
  const record = useMutation({
    mutationFn: ({ personId, signedOn }: { personId: string; signedOn: string }) =>
      api.post("/api/documents/{id}/acknowledgements/paper", {
        path: { id: doc.id },
        body: {
          personId,
          versionNumber: doc.current?.number,
          signedOn,
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["documents", doc.id, "figures"] }),
  });
  // One 署名日 for the paper acknowledgements recorded row by row: each button checks it first.
  const form = useActionForm(PaperValues, { signedOn: todayJst() }, record.error);
  const recordPaper = (personId: string) => {
    if (!form.validate().hasErrors) record.mutate({ personId, signedOn: form.values.signedOn });
  };
  // A 403 means the viewer has no figures to see: the section is simply absent.
  if (q.error && (q.error as { status?: number }).status === 403) return null;
  const data = q.data?.data;
  const mayRecord = data?.people.some((p) => p.mayRecordPaper);
  return (
    <Stack gap="xs" data-testid="ack-figures">
      <Title order={3} size="h4">
        {data?.scope === "my_departments" ? tx("figuresMine") : tx("figures")}
      </Title>
      <QueryState isLoading={q.isLoading} error={q.error}>
        {data && (
          <>
            <Table withTableBorder data-testid="ack-departments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx("department")}</Table.Th>
                  <Table.Th>{tx("total")}</Table.Th>
                  <Table.Th>{tx("done")}</Table.Th>
                  <Table.Th>{tx("pending")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.departments.map((d) => (
                  <Table.Tr key={d.departmentId ?? "none"}>
                    <Table.Td>{d.departmentName ?? "—"}</Table.Td>
                    <Table.Td>{d.total}</Table.Td>
                    <Table.Td>{d.acknowledged}</Table.Td>
                    <Table.Td>{d.pending}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {mayRecord && (
              <Group align="flex-end">
                <DateField
                  label={tx("signedOn")}
                  value={form.values.signedOn || null}
                  onChange={(v) => form.setFieldValue("signedOn", v ?? "")}
                  error={form.errors.signedOn}
                  required
                  data-testid="paper-signed-on"
                />
                <Text size="sm" c="dimmed" maw={420}>
                  {tx("paperHint")}
                </Text>
              </Group>
            )}
            <ErrorAlert error={record.error} />
            <Table striped data-testid="ack-people">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx("employeeNumber")}</Table.Th>
                  <Table.Th>{tx("person")}</Table.Th>
                  <Table.Th>{tx("department")}</Table.Th>
                  <Table.Th>{tx("login")}</Table.Th>
                  <Table.Th>{tx("myStatus")}</Table.Th>
                  <Table.Th>{tx("how")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.people.map((p) => (
                  <Table.Tr key={p.id} data-testid="ack-person">
                    <Table.Td>{p.employeeNumber ?? "—"}</Table.Td>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{p.departmentName ?? "—"}</Table.Td>
                    <Table.Td>{p.hasLogin ? tx("hasLogin") : tx("noLogin")}</Table.Td>
                    <Table.Td>
                      {p.acknowledged ? (
                        <Badge color="green" variant="light">
                          {tx("done")}
                        </Badge>
                      ) : (
                        <Badge color="orange" variant="light">
                          {tx("pending")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.last ? (
                        <>
                          {tx("version", { n: p.last.versionNumber })}・{pick(p.last.methodLabel)}{" "}
                          <DateText value={p.last.signedOn ?? p.last.at} />
                        </>
                      ) : (
                        "—"
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.mayRecordPaper && !p.acknowledged && (
                        <Button
                          size="xs"
                          variant="light"
                          loading={record.isPending && record.variables?.personId === p.id}
                          onClick={() => recordPaper(p.id)}
                          data-testid="record-paper"
                        >
                          {tx("recordPaper")}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
