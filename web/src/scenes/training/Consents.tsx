import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import type { TrainingConsentList } from "../../contract";
import { useSceneTexts } from "../../i18n";

const TEXTS = {
  title: { ja: "同意書", en: "Consent forms" },
  hint: {
    ja: "会計年度任用職員等に課長が必要に応じて求める同意書の状況です。未依頼は遅れではありません（必要に応じて依頼します）。",
    en: "Consent forms the 課長 asks of non-regular staff where needed. Not asked is not late: it is asked where needed.",
  },
  noRule: { ja: "このポリシーには同意書の定めがありません。", en: "This policy names no consent form." },
  version: { ja: "現在の文面の版", en: "Current text version" },
  all: { ja: "すべて", en: "All" },
  signed: { ja: "署名済み", en: "Signed" },
  pending: { ja: "未署名", en: "Not yet signed" },
  not_requested: { ja: "未依頼", en: "Not asked" },
  byUnit: { ja: "課ごと", en: "Per 課" },
  unit: { ja: "所属", en: "Department" },
  eligible: { ja: "対象者", en: "Eligible" },
  people: { ja: "職員", en: "People" },
  name: { ja: "氏名", en: "Name" },
  employeeNumber: { ja: "職員番号", en: "Employee no." },
  employment: { ja: "任用形態", en: "Employment" },
  standing: { ja: "現在の文面", en: "Current text" },
  history: { ja: "依頼・署名の記録", en: "Asked and signed" },
  asked: { ja: "依頼", en: "Asked" },
  signedOn: { ja: "署名・受領", en: "Signed" },
  app: { ja: "画面で署名", en: "in the app" },
  paper: { ja: "紙で受領", en: "on paper" },
  earlier: { ja: "旧版", en: "earlier text" },
  showAll: { ja: "全課を表示", en: "Show every 課" },
  none: { ja: "該当する職員はいません。", en: "Nobody." },
} as const;

type Standing = "signed" | "pending" | "not_requested";
const COLORS: Record<Standing, string> = { signed: "teal", pending: "orange", not_requested: "gray" };

/**
 * /training/consents: 同意書 per 課 (西原村 6.1(2)②, 川崎市 第2章5(4)イ) — who signed which version,
 * who is asked and still to sign, who is not asked. The 課長 sees their 課; the organizer every 課.
 */
export default function Consents() {
  const { tx } = useSceneTexts(TEXTS);
  const { t } = useTranslation();
  const [standing, setStanding] = useState<Standing | "all">("all");
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const query = {
    standing: standing === "all" ? undefined : standing,
    departmentId: departmentId ?? undefined,
  };
  const list = useQuery({
    queryKey: ["training", "consents", query],
    queryFn: () => api.get<TrainingConsentList>("/api/training/consents", query),
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
