import { Badge, Button, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import type { PrivilegedAccount, PrivilegedRegister } from "../../contract";
import { FINDING_KIND, PURPOSE, useTexts } from "./labels";
import { CheckOutDialog, CheckoutList, DeputyForm } from "./PrivilegedCheckouts";

/** Deputies of one ID: who, by which request, in force or not; keepers add one by request number. */
function Deputies({ a, rules }: { a: PrivilegedAccount; rules: PrivilegedRegister["rules"] }) {
  const { tx } = useTexts();
  return (
    <Stack gap={2}>
      {a.deputies.length === 0 && !a.policies.write && tx("none")}
      {a.deputies.map((d) => (
        <Text key={d.id} size="xs">
          {d.personName ?? tx("none")}
          {d.requestNumber != null && ` (${tx("requestNo", { n: d.requestNumber })})`}
          {d.endsAt && (
            <>
              {" "}
              ～<DateText value={d.endsAt} />
            </>
          )}{" "}
          <Badge size="xs" variant="light" color={d.active ? "green" : "gray"}>
            {d.active ? tx("inForce") : tx("notInForce")}
          </Badge>
        </Text>
      ))}
      {rules.deputy && a.policies.write && <DeputyForm account={a} rule={rules.deputy} />}
    </Stack>
  );
}

/** /accounts/privileged — the register of privileged and development IDs, check-outs and deputies. */
export default function Privileged() {
  const { tx, lab, pick } = useTexts();
  const [taking, setTaking] = useState<PrivilegedAccount | null>(null);
  const reg = useQuery({
    queryKey: ["accounts", "privileged"],
    queryFn: () => api.get("/api/accounts/privileged", { query: { limit: 500 } }),
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
              {d.rules.deputy && (
                <>
                  {" "}
                  · {pick(d.rules.deputy.text)} <ClauseLink id={d.rules.deputy.clause} />
                </>
              )}
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
                    <Table.Th>{tx("deputies")}</Table.Th>
                    <Table.Th>{tx("finding")}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.accounts.map((a) => (
                    <Table.Tr key={a.id} data-testid={`privileged-${a.loginName}`}>
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
                        <Deputies a={a} rules={d.rules} />
                      </Table.Td>
                      <Table.Td>
                        {a.findings.length === 0
                          ? tx("none")
                          : a.findings.map((f) => (
                              <Badge key={f.kind} size="xs" color="orange" variant="light" mr={4}>
                                {lab(FINDING_KIND, f.kind)}
                              </Badge>
                            ))}
                      </Table.Td>
                      <Table.Td>
                        {a.mayCheckOut && (
                          <Button size="xs" variant="light" onClick={() => setTaking(a)}>
                            {tx("checkOut")}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Title order={3} size="h4" mt="md">
              {tx("checkouts")}
            </Title>
            <Text size="sm" c="dimmed">
              {pick(d.rules.checkout.text)} <ClauseLink id={d.rules.checkout.clause} />
            </Text>
            <CheckoutList />
          </Stack>
        )}
      </QueryState>
      {taking && d && (
        <CheckOutDialog account={taking} rule={d.rules.checkout} onClose={() => setTaking(null)} />
      )}
    </>
  );
}
