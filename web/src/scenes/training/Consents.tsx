import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { sceneWords, useSceneWords } from "../../i18n";
import trainingConsentsWords from "../../locales/scenes/trainingConsents.json";

const scene = sceneWords("trainingConsents", trainingConsentsWords);

type Standing = "signed" | "pending" | "not_requested";
const COLORS: Record<Standing, string> = { signed: "teal", pending: "orange", not_requested: "gray" };

/**
 * /training/consents: 同意書 per 課 (西原村 6.1(2)②, 川崎市 第2章5(4)イ) — who signed which version,
 * who is asked and still to sign, who is not asked. The 課長 sees their 課; the organizer every 課.
 */
export default function Consents() {
  const { tx } = useSceneWords(scene);
  const { t } = useTranslation();
  const [standing, setStanding] = useState<Standing | "all">("all");
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const query = {
    standing: standing === "all" ? undefined : standing,
    departmentId: departmentId ?? undefined,
  };
  const list = useQuery({
    queryKey: ["training", "consents", query],
    queryFn: () => api.get("/api/training/consents", { query }),
  });
  const d = list.data?.data;
  return (
    <>
      <PageHeader title={tx("title")} description={tx("hint")} />
      <QueryState isLoading={list.isLoading} error={list.error}>
        {list.data && !d && <Empty>{tx("noRule")}</Empty>}
        {d && (
          <Stack gap="lg" data-testid="training-consents">
            <Group gap="xs">
              <ClauseLink id={d.rule.clause} />
              <Text size="xs" c="dimmed">
                {tx("version")}: {d.rule.textVersion}
              </Text>
            </Group>
            <SegmentedControl
              value={standing}
              onChange={(v) => setStanding(v as Standing | "all")}
              data={(["all", "pending", "not_requested", "signed"] as const).map((k) => ({
                value: k,
                label: tx(k),
              }))}
              data-testid="consent-standing"
            />
            <div>
              <Title order={3} size="h4" mb="xs">
                {tx("byUnit")}
              </Title>
              {departmentId && (
                <Anchor component="button" size="sm" onClick={() => setDepartmentId(null)}>
                  {tx("showAll")}
                </Anchor>
              )}
              <Table striped className="data-table" data-testid="consent-units">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("unit")}</Table.Th>
                    <Table.Th className="num">{tx("eligible")}</Table.Th>
                    <Table.Th className="num">{tx("signed")}</Table.Th>
                    <Table.Th className="num">{tx("pending")}</Table.Th>
                    <Table.Th className="num">{tx("not_requested")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.units.map((u) => (
                    <Table.Tr key={u.departmentId ?? "none"}>
                      <Table.Td>
                        {u.departmentId ? (
                          <Anchor component="button" onClick={() => setDepartmentId(u.departmentId)}>
                            {u.departmentName}
                          </Anchor>
                        ) : (
                          "—"
                        )}
                      </Table.Td>
                      <Table.Td className="num">{u.eligible}</Table.Td>
                      <Table.Td className="num">{u.signed}</Table.Td>
                      <Table.Td className="num">{u.pending}</Table.Td>
                      <Table.Td className="num">{u.notRequested}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <div>
              <Title order={3} size="h4" mb="xs">
                {tx("people")}
              </Title>
              {d.people.length === 0 ? (
                <Empty>{tx("none")}</Empty>
              ) : (
                <Table striped className="data-table" data-testid="consent-people">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{tx("name")}</Table.Th>
                      <Table.Th>{tx("employeeNumber")}</Table.Th>
                      <Table.Th>{tx("unit")}</Table.Th>
                      <Table.Th>{tx("employment")}</Table.Th>
                      <Table.Th>{tx("standing")}</Table.Th>
                      <Table.Th>{tx("history")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.people.map((p) => (
                      <Table.Tr key={p.personId} data-testid={`consent-person-${p.personId}`}>
                        <Table.Td>{p.name}</Table.Td>
                        <Table.Td>{p.employeeNumber ?? "—"}</Table.Td>
                        <Table.Td>{p.departmentName ?? "—"}</Table.Td>
                        <Table.Td>{t(`employment.${p.employmentType}`)}</Table.Td>
                        <Table.Td>
                          <Badge color={COLORS[p.standing]} variant="light">
                            {tx(p.standing)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {p.consents.map((c) => (
                            <Text size="xs" key={c.id}>
                              {tx("asked")} <DateText value={c.requestedAt} />
                              {c.signedAt && (
                                <>
                                  {" → "}
                                  {tx("signedOn")} <DateText value={c.signedAt} />（
                                  {c.signedMethod ? tx(c.signedMethod) : ""}）
                                </>
                              )}
                              {!c.current && `（${tx("earlier")}）`}
                            </Text>
                          ))}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </div>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
