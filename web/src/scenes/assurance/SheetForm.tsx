import { Alert, Badge, Card, Group, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ASSURANCE_SHEET_STATUS_LABELS, ASSURANCE_UNIT_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, PageHeader, QueryState } from "../../components/common";
import { useTexts } from "./labels";
import { FiscalYear, Ratio } from "./parts";
import { SheetAnswersForm } from "./SheetAnswersForm";

/** One sheet: answer each item, comment, evidence; submit; turn a gap into a finding. */
export default function SheetForm({ params }: { params: { id: string } }) {
  const { tx, lab } = useTexts();
  const q = useQuery({
    queryKey: ["assurance", "sheet", params.id],
    queryFn: () => api.get("/api/assurance/sheets/{id}", { path: { id: params.id } }),
  });
  const sheet = q.data?.data;
  const policies = q.data?.policies ?? {};
  const canAnswer = policies.answer === true && sheet?.status !== "submitted";
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      {sheet && (
        <>
          <PageHeader
            title={
              <>
                <FiscalYear year={sheet.fiscalYear} /> {sheet.campaignTitle}
              </>
            }
            description={`${lab(ASSURANCE_UNIT_LABELS, sheet.unitKind)}：${sheet.unitName ?? sheet.personName ?? ""}`}
            back={{ href: "/assurance", label: tx("mySheets") }}
          />
          <Group mb="md" gap="lg">
            <Text size="sm">
              {tx("due")}: <DateText value={sheet.dueDate} />
            </Text>
            <Ratio done={sheet.answeredCount} total={sheet.itemCount} label={tx("progress")} />
            <Badge variant="light" data-testid="sheet-status">
              {lab(ASSURANCE_SHEET_STATUS_LABELS, sheet.status)}
            </Badge>
            {sheet.late && (
              <Badge color="orange" variant="light">
                {tx("late")}
              </Badge>
            )}
            <ClauseLink id={sheet.clause} />
          </Group>
          {!canAnswer && (
            <Alert variant="light" mb="md">
              {tx("readOnlySheet")}
            </Alert>
          )}
          {sheet.confirms?.length > 0 && (
            <Card withBorder mb="md">
              <Text fw={500} mb="xs">
                {tx("confirms")}
              </Text>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("campaign")}</Table.Th>
                    <Table.Th>{tx("submitted")}</Table.Th>
                    <Table.Th>{tx("late")}</Table.Th>
                    <Table.Th>{tx("noAnswers")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sheet.confirms.map((c) => (
                    <Table.Tr key={c.scope_key}>
                      <Table.Td>{c.title}</Table.Td>
                      <Table.Td>
                        {c.submitted} / {c.sheets}
                      </Table.Td>
                      <Table.Td>{c.late}</Table.Td>
                      <Table.Td>{c.no_answers ?? 0}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )}
          <SheetAnswersForm
            key={sheet.id}
            sheet={sheet}
            canAnswer={canAnswer}
            canRaise={policies.raise_finding === true}
          />
        </>
      )}
    </QueryState>
  );
}
