import { Alert, Button, Card, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import type { ContactPerson } from "../../contract";
import { profileTitle, useProfile } from "../../hooks";
import { useLang } from "../../i18n";
import { ContactPointCard } from "./ContactPointCard";

function Phones({ p, visible }: { p: ContactPerson; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible && !p.phone && !p.emergencyPhone)
    return (
      <Text size="xs" c="dimmed">
        {t("contacts.hidden")}
      </Text>
    );
  return (
    <>
      <div className="nowrap">{p.phone ?? "—"}</div>
      {p.emergencyPhone && (
        <div className="nowrap">
          <Text span size="xs" c="dimmed">
            {t("contacts.emergency")}:{" "}
          </Text>
          {p.emergencyPhone}
        </div>
      )}
    </>
  );
}

/** 緊急連絡網: generated from current role assignments, in escalation order; printable. */
export default function ContactNetwork() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const profile = useProfile();
  const query = useQuery({
    queryKey: ["contact-network"],
    queryFn: () => api.get("/api/contact-network"),
  });
  const net = query.data;

  return (
    <>
      <PageHeader
        title={t("contacts.title")}
        description={t("contacts.description")}
        actions={
          <Button onClick={() => window.print()} data-testid="contact-print">
            {t("common.print")}
          </Button>
        }
      />
      <ContactPointCard />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {net && (
          <>
            <div className="print-only">
              <Text size="lg" fw={700}>
                {profile.data ? profileTitle(profile.data, pick) : ""} {t("contacts.title")}
              </Text>
            </div>
            <Text size="xs" c="dimmed" mb="xs">
              {t("contacts.generatedAt")}: <DateText value={net.generatedAt} time /> ・{" "}
              {net.order === "escalation" ? t("contacts.orderEscalation") : t("contacts.orderRoles")}
            </Text>
            {!net.phonesVisible && (
              <Alert color="gray" variant="light" mb="sm" className="no-print">
                {t("contacts.phonesHidden")}
              </Alert>
            )}
            <Card withBorder padding={0} className="panel">
              {net.entries.length === 0 ? (
                <Empty>{t("contacts.empty")}</Empty>
              ) : (
                <Table className="data-table" withColumnBorders data-testid="contact-network-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={48}>{t("contacts.step")}</Table.Th>
                      <Table.Th>{t("contacts.role")}</Table.Th>
                      <Table.Th>{t("contacts.holder")}</Table.Th>
                      <Table.Th>{t("contacts.department")}</Table.Th>
                      <Table.Th>{t("contacts.phone")}</Table.Th>
                      <Table.Th>{t("contacts.email")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {net.entries.map((e) => {
                      const rows = e.holders.length || 1;
                      const deputyRows = e.holders.reduce((n, h) => n + h.deputies.length, 0);
                      return (
                        <Fragment key={e.roleKey}>
                          {e.holders.length === 0 ? (
                            <Table.Tr data-testid="contact-entry">
                              <Table.Td className="num">{e.step ?? ""}</Table.Td>
                              <Table.Td fw={600}>{pick(e.roleTitle)}</Table.Td>
                              <Table.Td colSpan={4}>
                                <Text size="xs" c="red.8">
                                  {t("contacts.vacant")}
                                </Text>
                              </Table.Td>
                            </Table.Tr>
                          ) : (
                            e.holders.map((h, i) => (
                              <Fragment key={`${e.roleKey}-${h.personId}-${h.scopeDepartmentId}`}>
                                <Table.Tr data-testid="contact-entry">
                                  {i === 0 && (
                                    <>
                                      <Table.Td rowSpan={rows + deputyRows} className="num">
                                        {e.step ?? ""}
                                      </Table.Td>
                                      <Table.Td rowSpan={rows + deputyRows} fw={600}>
                                        {pick(e.roleTitle)}
                                      </Table.Td>
                                    </>
                                  )}
                                  <Table.Td>
                                    {h.name}
                                    {h.title && (
                                      <Text size="xs" c="dimmed">
                                        {h.title}
                                      </Text>
                                    )}
                                    {h.scopeDepartmentName && (
                                      <Text size="xs" c="dimmed">
                                        {t("contacts.scope", { scope: h.scopeDepartmentName })}
                                      </Text>
                                    )}
                                  </Table.Td>
                                  <Table.Td>{h.departmentName ?? "—"}</Table.Td>
                                  <Table.Td>
                                    <Phones p={h} visible={net.phonesVisible} />
                                  </Table.Td>
                                  <Table.Td>{h.email ?? "—"}</Table.Td>
                                </Table.Tr>
                                {h.deputies.map((d) => (
                                  <Table.Tr key={`dep-${d.personId}-${d.validFrom}`}>
                                    <Table.Td pl="lg">
                                      <Text size="xs" c="orange" span>
                                        {t("contacts.deputy")}{" "}
                                      </Text>
                                      {d.name}
                                      <Text size="xs" c="dimmed">
                                        <DateText value={d.validFrom} /> 〜 <DateText value={d.validTo} />
                                      </Text>
                                    </Table.Td>
                                    <Table.Td>{d.departmentName ?? "—"}</Table.Td>
                                    <Table.Td>
                                      <Phones p={d} visible={net.phonesVisible} />
                                    </Table.Td>
                                    <Table.Td>{d.email ?? "—"}</Table.Td>
                                  </Table.Tr>
                                ))}
                              </Fragment>
                            ))
                          )}
                        </Fragment>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </>
        )}
      </QueryState>
    </>
  );
}
