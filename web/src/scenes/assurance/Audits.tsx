import { Anchor, Button, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { Link } from "../../router";
import { AuditPlanForm } from "./AuditPlanForm";
import { useTexts } from "./labels";
import { AuditStatusBadge, FiscalYear } from "./parts";

/** Audit plans and internal inspections the viewer may read: /assurance/audits. */
export default function Audits() {
  const { tx, pick } = useTexts();
  const [planning, setPlanning] = useState(false);
  const q = useQuery({
    queryKey: ["assurance", "audits"],
    queryFn: () => api.get("/api/assurance/audits"),
  });
  const kinds = q.data?.data.kinds ?? [];
  const audits = q.data?.data.audits ?? [];
  const kindTitle = (key: string) => {
    const k = kinds.find((x) => x.key === key);
    return k ? pick(k.title) : "—";
  };
  return (
    <>
      <PageHeader
        title={tx("audits")}
        description={tx("auditsHint")}
        actions={
          q.data?.policies.plan &&
          !planning && (
            <Button onClick={() => setPlanning(true)} data-testid="audit-plan">
              {tx("planAudit")}
            </Button>
          )
        }
      />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {planning && <AuditPlanForm kinds={kinds} onDone={() => setPlanning(false)} />}
        {audits.length === 0 ? (
          <Empty>{tx("noAudits")}</Empty>
        ) : (
          <Table striped data-testid="audits">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("fiscalYear")}</Table.Th>
                <Table.Th>{tx("title")}</Table.Th>
                <Table.Th>{tx("kind")}</Table.Th>
                <Table.Th>{tx("fieldwork")}</Table.Th>
                <Table.Th>{tx("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audits.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <FiscalYear year={a.fiscalYear} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} href={`/assurance/audits/${a.id}`} data-testid="audit-link">
                      {a.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{kindTitle(a.kind)}</Table.Td>
                  <Table.Td>
                    <DateText value={a.startDate} /> 〜 <DateText value={a.endDate} />
                  </Table.Td>
                  <Table.Td>
                    <AuditStatusBadge status={a.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
