import { Badge, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { FINDING_KIND, PURPOSE, useTexts } from "./texts";

// biome-ignore lint/suspicious/noExplicitAny: rows are read field by field as the API sends them
type Json = Record<string, any>;

/** /accounts/privileged — the register of privileged and development IDs with what the rules find. */
export default function Privileged() {
  const { tx, lab, pick } = useTexts();
  const reg = useQuery({
    queryKey: ["accounts", "privileged"],
    queryFn: () => api.get<{ data: Json }>("/api/accounts/privileged", { limit: 500 }),
  });
  const d = reg.data?.data;
  return (
    <>
      <PageHeader title={tx("privilegedTitle")} description={tx("privilegedHint")} />
      <QueryState isLoading={reg.isLoading} error={reg.error}>
        {d && (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {pick(d.rules.defaultName.text)} <ClauseLink id={d.rules.defaultName.clause} /> ·{" "}
              {pick(d.rules.timeLimit.text)} <ClauseLink id={d.rules.timeLimit.clause} /> ·{" "}
              {pick(d.rules.development.text)} <ClauseLink id={d.rules.development.clause} />
            </Text>
            {d.accounts.length === 0 ? (
              <Empty>{tx("noPrivileged")}</Empty>
            ) : (
              <Table striped data-testid="privileged-ids">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("system")}</Table.Th>
                    <Table.Th>{tx("loginName")}</Table.Th>
                    <Table.Th>{tx("holder")}</Table.Th>
                    <Table.Th>{tx("purpose")}</Table.Th>
                    <Table.Th>{tx("approval")}</Table.Th>
                    <Table.Th>{tx("renamed")}</Table.Th>
                    <Table.Th>{tx("timeLimit")}</Table.Th>
                    <Table.Th>{tx("devEnds")}</Table.Th>
                    <Table.Th>{tx("finding")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.accounts.map((a: Json) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.systemName ?? tx("none")}</Table.Td>
                      <Table.Td>{a.loginName}</Table.Td>
                      <Table.Td>
                        {a.personName ?? (a.holderKind === "person" ? tx("none") : tx("shared"))}
                      </Table.Td>
                      <Table.Td>{lab(PURPOSE, a.purpose)}</Table.Td>
                      <Table.Td>{a.approvalRef ?? tx("none")}</Table.Td>
                      <Table.Td>
                        {a.renamedFrom ? (
                          <>
                            {a.renamedFrom} {a.renamedOn && <DateText value={a.renamedOn} />}
                          </>
                        ) : (
                          tx("none")
                        )}
                      </Table.Td>
                      <Table.Td>
                        {a.connectionLimitMinutes
                          ? tx("minutes", { n: a.connectionLimitMinutes })
                          : tx("none")}
                      </Table.Td>
                      <Table.Td>
                        {a.developmentEndsOn ? <DateText value={a.developmentEndsOn} /> : tx("none")}
                      </Table.Td>
                      <Table.Td>
                        {a.findings.length === 0
                          ? tx("none")
                          : a.findings.map((f: Json) => (
                              <Badge key={f.kind} size="xs" color="orange" variant="light" mr={4}>
                                {lab(FINDING_KIND, f.kind)}
                              </Badge>
                            ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
