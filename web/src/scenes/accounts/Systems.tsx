import { Anchor, Badge, Group, Select, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import { Link } from "../../router";
import { DeletionAsks } from "./DeletionAsks";
import { FINDING_KIND, useTexts } from "./labels";

/** /accounts/systems — systems with their IDs, and the reconciliation against the people register. */
export default function Systems() {
  const { tx, lab, pick } = useTexts();
  const [kind, setKind] = useState<string | null>(null);
  const systems = useQuery({
    queryKey: ["accounts", "systems"],
    queryFn: () => api.get("/api/accounts/systems"),
  });
  const recon = useQuery({
    queryKey: ["accounts", "reconciliation", kind],
    queryFn: () => api.get("/api/accounts/reconciliation", { query: { kind, limit: 200 } }),
  });
  const r = recon.data?.data;
  return (
    <>
      <PageHeader title={tx("systems")} description={tx("systemsHint")} />
      <ExportLinks path="/api/accounts/systems/export" testId="account-systems-export" />
      <QueryState isLoading={systems.isLoading} error={systems.error}>
        {(systems.data?.data ?? []).length === 0 ? (
          <Empty>{tx("noSystems")}</Empty>
        ) : (
          <Table striped mb="lg" data-testid="account-systems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("system")}</Table.Th>
                <Table.Th>{tx("owner")}</Table.Th>
                <Table.Th>{tx("administrator")}</Table.Th>
                <Table.Th>{tx("accounts")}</Table.Th>
                <Table.Th>{tx("privilegedCount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(systems.data?.data ?? []).map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.asset && !s.asset.hidden ? (
                      <Anchor component={Link} href={`/assets/${s.assetId}`}>
                        {s.name}
                      </Anchor>
                    ) : (
                      s.name
                    )}
                  </Table.Td>
                  <Table.Td>{s.departmentName ?? tx("none")}</Table.Td>
                  <Table.Td>{s.administratorName ?? tx("none")}</Table.Td>
                  <Table.Td>{s.accounts}</Table.Td>
                  <Table.Td>{s.privileged}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <DeletionAsks />
      <Title order={3} size="h4" mb={4}>
        {tx("reconciliation")}
      </Title>
      <QueryState isLoading={recon.isLoading} error={recon.error}>
        {r && (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {tx("reconHint", { days: r.unusedDays })}
            </Text>
            <Group gap="xs" mb="sm" data-testid="recon-counts">
              {Object.entries(r.counts).map(([k, n]) => (
                <Badge key={k} variant={kind === k ? "filled" : "light"} color={n ? "orange" : "gray"}>
                  {lab(FINDING_KIND, k)}: {n}
                </Badge>
              ))}
            </Group>
            <Select
              label={tx("finding")}
              data={Object.keys(FINDING_KIND).map((k) => ({ value: k, label: lab(FINDING_KIND, k) }))}
              value={kind}
              onChange={setKind}
              clearable
              w={280}
              mb="sm"
              data-testid="recon-kind"
            />
            {r.findings.length === 0 ? (
              <Empty>{tx("noFindings")}</Empty>
            ) : (
              <Table striped data-testid="recon-findings">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("finding")}</Table.Th>
                    <Table.Th>{tx("system")}</Table.Th>
                    <Table.Th>{tx("loginName")}</Table.Th>
                    <Table.Th>{tx("person")}</Table.Th>
                    <Table.Th>{tx("transfer")}</Table.Th>
                    <Table.Th>{tx("lastUsed")}</Table.Th>
                    <Table.Th>{tx("clause")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.findings.map((f) => (
                    <Table.Tr key={`${f.kind}/${f.accountId}`}>
                      <Table.Td>
                        <Badge variant="light" color="orange" title={pick(f.ruleText)}>
                          {lab(FINDING_KIND, f.kind)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{f.systemName ?? tx("none")}</Table.Td>
                      <Table.Td>{f.loginName}</Table.Td>
                      <Table.Td>
                        {f.personId && f.personName ? (
                          <Anchor component={Link} href={`/org/people/${f.personId}`}>
                            {f.personName}
                          </Anchor>
                        ) : (
                          tx("none")
                        )}
                      </Table.Td>
                      <Table.Td>
                        {f.transfer ? (
                          <Anchor component={Link} href={`/org/transfers/${f.transfer.batchId}`}>
                            <DateText value={f.transfer.effectiveDate} />{" "}
                            {f.transfer.fromDepartmentName ?? ""} → {f.transfer.toDepartmentName ?? ""}
                          </Anchor>
                        ) : (
                          tx("none")
                        )}
                      </Table.Td>
                      <Table.Td>
                        <DateText value={f.lastUsedOn} />
                      </Table.Td>
                      <Table.Td>
                        <ClauseLink id={f.clause} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
