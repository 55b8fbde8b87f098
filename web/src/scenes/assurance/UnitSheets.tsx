import { Anchor, Badge, Card, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ASSURANCE_SHEET_STATUS_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { Empty, QueryState } from "../../components/common";
import { Link } from "../../router";
import { useTexts } from "./labels";
import { Ratio } from "./parts";

/**
 * The sheets of one 課 or 局 of a campaign, each opening the sheet (the 課長 / 局長 follow-up);
 * without a unit, every sheet the viewer may read in one state (a dashboard bar's sheets).
 */
export function UnitSheets({
  campaignId,
  by,
  unitId,
  unitName,
  status,
}: {
  campaignId: string;
  by: "bureau" | "department";
  unitId?: string;
  unitName: string;
  status?: string;
}) {
  const { tx, lab } = useTexts();
  const q = useQuery({
    queryKey: ["assurance", "unit-sheets", campaignId, by, unitId, status],
    queryFn: () =>
      api.get("/api/assurance/campaigns/{id}/sheets", {
        path: { id: campaignId },
        query: {
          ...(unitId ? { [by === "bureau" ? "bureauId" : "departmentId"]: unitId } : {}),
          status,
        },
      }),
  });
  const rows = q.data?.data ?? [];
  return (
    <Card withBorder data-testid="unit-sheets">
      <Text fw={500} mb="xs">
        {unitName}：{tx("sheets")}
        <Text span size="xs" c="dimmed" ml="xs" data-testid="unit-sheets-count">
          （{rows.length}）
        </Text>
      </Text>
      <QueryState isLoading={q.isLoading} error={q.error}>
        {rows.length === 0 ? (
          <Empty>{tx("noSheets")}</Empty>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("respondent")}</Table.Th>
                <Table.Th>{tx("progress")}</Table.Th>
                <Table.Th>{tx("noAnswers")}</Table.Th>
                <Table.Th>{tx("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/assurance/sheets/${s.id}`} data-testid="unit-sheet-link">
                      {s.personName ?? s.unitName ?? "—"}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Ratio done={s.answeredCount} total={s.itemCount} label={tx("progress")} />
                  </Table.Td>
                  <Table.Td>{s.noCount}</Table.Td>
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
    </Card>
  );
}
