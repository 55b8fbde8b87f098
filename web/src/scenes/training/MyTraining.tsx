import { Anchor, Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { MyCourse, TrainingConsent } from "../../contract";
import { Link } from "../../router";
import { fiscalYearNow, useTexts, yearOptions } from "./labels";

export function CourseState({ c }: { c: MyCourse }) {
  const { tx } = useTexts();
  if (c.completedOn)
    return (
      <Badge color="green" variant="light">
        {tx("done")}
      </Badge>
    );
  if (c.overdue)
    return (
      <Badge color="red" variant="light">
        {tx("overdue")}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light">
      {tx("notYet")}
    </Badge>
  );
}

function Consents({ consents }: { consents: TrainingConsent[] }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const sign = useMutation({
    mutationFn: (id: string) =>
      api.post("/api/training/consents/{id}/sign", { path: { id }, body: { method: "app" } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["training"] }),
  });
  if (!consents.length) return null;
  return (
    <div>
      <Title order={3} size="h4" mb="xs">
        {tx("consents")}
      </Title>
      <Stack>
        {consents.map((c) => (
          <Card withBorder key={c.id} data-testid="consent-card">
            <Text>{c.text}</Text>
            <Group mt="sm" justify="space-between">
              <Text size="sm" c="dimmed">
                {tx("requestedOn")}: <DateText value={c.requestedAt} />
              </Text>
              {c.signedAt ? (
                <Badge color="green" variant="light">
                  {tx("signed")} <DateText value={c.signedAt} />（{pick(c.signedMethodLabel)}）
                </Badge>
              ) : (
                <Button
                  size="xs"
                  onClick={() => sign.mutate(c.id)}
                  loading={sign.isPending}
                  data-testid="consent-sign"
                >
                  {tx("sign")}
                </Button>
              )}
            </Group>
          </Card>
        ))}
        <ErrorAlert error={sign.error} />
      </Stack>
    </div>
  );
}

/** /training: the staff member's own courses of a 年度, their 同意書, and links to take a course. */
export default function MyTraining() {
  const { tx, pick } = useTexts();
  const [year, setYear] = useState(fiscalYearNow());
  const mine = useQuery({
    queryKey: ["training", "my", year],
    queryFn: () => api.get("/api/training/my", { query: { fiscalYear: year } }),
  });
  const d = mine.data?.data;
  return (
    <>
      <PageHeader
        title={tx("myTraining")}
        description={tx("myTrainingHint")}
        actions={
          <Select
            aria-label={tx("fiscalYear")}
            data={yearOptions(fiscalYearNow())}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={260}
          />
        }
      />
      <QueryState isLoading={mine.isLoading} error={mine.error}>
        <Stack gap="lg">
          {d?.courses?.length ? (
            <Table striped data-testid="my-courses">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx("course")}</Table.Th>
                  <Table.Th>{tx("delivery")}</Table.Th>
                  <Table.Th>{tx("deadline")}</Table.Th>
                  <Table.Th>{tx("state")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.courses.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      {c.title}{" "}
                      <Badge size="xs" variant="outline" color={c.mandatory ? "blue" : "gray"}>
                        {tx(c.mandatory ? "mandatory" : "optional")}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{pick(c.deliveryLabel)}</Table.Td>
                    <Table.Td>
                      <DateText value={c.deadline} />
                    </Table.Td>
                    <Table.Td>
                      <CourseState c={c} />
                      {c.completedOn && (
                        <Text size="xs" c="dimmed">
                          <DateText value={c.completedOn} />（{pick(c.methodLabel)}）
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {c.delivery === "elearning" && (
                        <Anchor component={Link} href={`/training/courses/${c.id}`} data-testid="take-course">
                          {c.completedOn ? tx("open") : tx("takeCourse")}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Empty>{tx("noCourses")}</Empty>
          )}
          <Consents consents={d?.consents ?? []} />
        </Stack>
      </QueryState>
    </>
  );
}
