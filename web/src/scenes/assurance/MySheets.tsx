import { Anchor, Badge, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { todayJst } from "../../../../common/calendar";
import { ASSURANCE_SHEET_STATUS_LABELS, ASSURANCE_UNIT_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { Empty, PageHeader, QueryState } from "../../components/common";
import { Link } from "../../router";
import { useTexts } from "./labels";
import { Due, FiscalYear, Ratio } from "./parts";

/** The staff member's (and unit respondent's) open sheets: /assurance. */
export default function MySheets() {
  const { tx, lab } = useTexts();
  const q = useQuery({
    queryKey: ["assurance", "mine"],
    queryFn: () => api.get("/api/assurance/sheets/mine"),
  });
  const today = todayJst();
  const rows = q.data?.data ?? [];
  return (
    <>
      <PageHeader title={tx("mySheets")} description={tx("mySheetsHint")} />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {rows.length === 0 ? (
          <Empty>{tx("noSheets")}</Empty>
        ) : (
          <Table striped data-testid="my-sheets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("campaign")}</Table.Th>
                <Table.Th>{tx("unit")}</Table.Th>
                <Table.Th>{tx("due")}</Table.Th>
                <Table.Th>{tx("progress")}</Table.Th>
                <Table.Th>{tx("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/assurance/sheets/${s.id}`} data-testid="sheet-link">
                      <FiscalYear year={s.fiscalYear} /> {s.campaignTitle}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {lab(ASSURANCE_UNIT_LABELS, s.unitKind)}
                    {s.unitName ? `：${s.unitName}` : ""}
                    {s.personName ? `：${s.personName}` : ""}
                  </Table.Td>
                  <Table.Td>
                    <Due date={s.dueDate} overdue={s.status !== "submitted" && s.dueDate < today} />
                  </Table.Td>
                  <Table.Td>
                    <Ratio done={s.answeredCount} total={s.itemCount} label={tx("progress")} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{lab(ASSURANCE_SHEET_STATUS_LABELS, s.status)}</Badge>{" "}
                    {s.late && (
                      <Badge color="orange" variant="light">
                        {tx("late")}
                      </Badge>
                    )}
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
