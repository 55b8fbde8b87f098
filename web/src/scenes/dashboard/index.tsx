import { Anchor, Badge, Card, Grid, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fiscalYear, formatFiscalYear } from "../../../../common/calendar";
import { DUTIES } from "../../../../common/duties";
import { api } from "../../api";
import { useMe } from "../../auth";
import { DateText, PageHeader } from "../../components/common";
import type { PersonDetail } from "../../contract";
import { recordOf, useProfile } from "../../hooks";
import { useLang } from "../../i18n";
import { visibleNav } from "../../nav";
import { Link } from "../../router";
import { Attention } from "./Attention";
import { SteeringOverview } from "./Overview";

export default function Dashboard() {
  const me = useMe();
  const { t, i18n } = useTranslation();
  const { lang, pick } = useLang();
  const profile = useProfile();
  const person = useQuery({
    queryKey: ["person", me.user.personId],
    queryFn: async () =>
      recordOf<PersonDetail>(await api.get("/api/people/{id}", { path: { id: me.user.personId } })),
    retry: false,
  });
  const roles = (person.data?.roleAssignments ?? []).filter((r) => r.current);
  const profileRoles = profile.data?.roles ?? [];
  const deputyGrants = me.user.grants.filter((g) => g.deputyFor);
  const deputyRoles = [...new Set(deputyGrants.map((g) => g.roleKey))];
  const counts = useQuery({
    queryKey: ["dashboard-counts"],
    queryFn: () => api.get("/api/dashboard/counts"),
    staleTime: 30_000,
  });
  const links = visibleNav(me.user)
    .flatMap((g) => g.items)
    .filter((i) => i.key !== "dashboard");

  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.today", { fy: formatFiscalYear(fiscalYear(new Date())) })}
      />
      <Attention items={counts.data?.items} error={counts.isError} />
      <SteeringOverview />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="lg" data-testid="dashboard-me">
            <Title order={4} mb="sm">
              {t("dashboard.you")}
            </Title>
            <Table className="data-table" withRowBorders={false} verticalSpacing={4}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={160}>{t("person.name")}</Table.Th>
                  <Table.Td data-testid="dashboard-name">{me.user.name}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("signin.loginId")}</Table.Th>
                  <Table.Td className="mono">{me.user.loginId}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("person.department")}</Table.Th>
                  <Table.Td data-testid="dashboard-department">
                    {me.user.departmentName ?? t("common.noDepartment")}
                  </Table.Td>
                </Table.Tr>
                {person.data?.title && (
                  <Table.Tr>
                    <Table.Th>{t("person.title")}</Table.Th>
                    <Table.Td>{person.data.title}</Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr>
                  <Table.Th>{t("dashboard.roles")}</Table.Th>
                  <Table.Td data-testid="dashboard-roles">
                    {roles.length === 0 && deputyRoles.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t("dashboard.noRoles")}
                      </Text>
                    ) : (
                      <Group gap={6}>
                        {roles.map((r) => (
                          <Badge key={r.id} variant="light" radius="sm" size="lg" fw={500} tt="none">
                            {pick(r.roleTitle)}
                            {r.scopeDepartmentName ? `（${r.scopeDepartmentName}）` : ""}
                          </Badge>
                        ))}
                        {deputyRoles.map((key) => {
                          const role = profileRoles.find((r) => r.key === key);
                          return (
                            <Badge
                              key={`d-${key}`}
                              variant="outline"
                              color="orange"
                              radius="sm"
                              size="lg"
                              fw={500}
                              tt="none"
                            >
                              {t("dashboard.deputyOf", { role: role ? pick(role.title) : key })}
                            </Badge>
                          );
                        })}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("dashboard.previousLogin")}</Table.Th>
                  <Table.Td data-testid="dashboard-previous-login">
                    {me.previousLogin ? (
                      <>
                        <DateText value={me.previousLogin.at} time />{" "}
                        <Text span size="xs" c="dimmed">
                          （{t("common.ip")}: {me.previousLogin.ip ?? "—"}）
                        </Text>
                      </>
                    ) : (
                      t("shell.firstLogin")
                    )}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t("dashboard.mfa")}</Table.Th>
                  <Table.Td>
                    {me.user.mfaEnabled ? (
                      <Badge color="teal" variant="light">
                        {t("account.mfaOn")}
                      </Badge>
                    ) : (
                      <Group gap="xs">
                        <Badge color="gray" variant="light">
                          {t("account.mfaOff")}
                        </Badge>
                        <Anchor component={Link} href="/account" size="sm">
                          {t("dashboard.enableMfa")}
                        </Anchor>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="lg" data-testid="dashboard-duties">
            <Title order={4} mb="sm">
              {t("dashboard.duties")}
            </Title>
            {me.user.duties.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("dashboard.noDuties")}
              </Text>
            ) : (
              <Stack gap={4}>
                {me.user.duties.map((d) => {
                  const label = DUTIES[d as keyof typeof DUTIES];
                  return (
                    <Text key={d} size="sm">
                      ・{label ? (lang === "en" ? label.en : label.ja) : d}
                    </Text>
                  );
                })}
              </Stack>
            )}
            {profile.data && (
              <Text size="xs" c="dimmed" mt="md">
                {t("dashboard.dutiesFrom")}
              </Text>
            )}
          </Card>
        </Grid.Col>
      </Grid>

      <Title order={4} mt="xl" mb="sm">
        {t("dashboard.whatYouCanDo")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="dashboard-links">
        {links.map((item) => (
          <Card
            key={item.key}
            withBorder
            padding="md"
            component={Link}
            href={item.href}
            className="link-card"
            data-testid={`dashboard-link-${item.key}`}
          >
            <Text fw={600} c="navy.9">
              {t(item.label)}
            </Text>
            {i18n.exists(`dashboard.linkHelp.${item.key}`) && (
              <Text size="xs" c="dimmed" mt={4}>
                {t(`dashboard.linkHelp.${item.key}`)}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
