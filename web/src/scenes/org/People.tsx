import { Badge, Button, Card, Group, Select, Switch, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { useMe } from "../../auth";
import { Empty, PagedFooter, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import { EMPLOYMENT_TYPES, type PersonSummary } from "../../contract";
import { departmentOptions, listOf, useDepartments } from "../../hooks";
import { Link, navigate } from "../../router";

const PAGE = 50;

export default function People() {
  const { t } = useTranslation();
  const me = useMe();
  const deps = useDepartments();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 250);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [employmentType, setEmploymentType] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ["people", { q: debounced, departmentId, employmentType, includeInactive, page }],
    queryFn: () =>
      api.get("/api/people", {
        query: {
          q: debounced.trim() || undefined,
          departmentId,
          employmentType,
          includeInactive: includeInactive ? "true" : undefined,
          limit: PAGE,
          offset: (page - 1) * PAGE,
        },
      }),
    placeholderData: keepPreviousData,
  });
  const people = listOf<PersonSummary>(query.data);
  const total = query.data?.total ?? people.length;
  // The server decides (org/access.ts, sent as an app policy by GET /api/auth/me).
  const canCreate = me.user.policies?.createPeople === true;

  return (
    <>
      <PageHeader
        title={t("people.title")}
        description={t("people.description")}
        actions={
          canCreate && (
            <Button component={Link} href="/org/people/new" data-testid="person-new">
              {t("people.new")}
            </Button>
          )
        }
      />
      <Card withBorder padding="sm" mb="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t("common.search")}
            placeholder={t("people.searchPlaceholder")}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
            w={260}
            data-testid="people-search"
          />
          <Select
            label={t("person.department")}
            data={departmentOptions(deps.data)}
            value={departmentId}
            onChange={(v) => {
              setDepartmentId(v);
              setPage(1);
            }}
            clearable
            searchable
            placeholder={t("common.all")}
            w={240}
            data-testid="people-department-filter"
          />
          <Select
            label={t("person.employmentType")}
            data={EMPLOYMENT_TYPES.map((e) => ({ value: e, label: t(`employment.${e}`) }))}
            value={employmentType}
            onChange={(v) => {
              setEmploymentType(v);
              setPage(1);
            }}
            clearable
            placeholder={t("common.all")}
            w={200}
          />
          <Switch
            label={t("people.includeInactive")}
            checked={includeInactive}
            onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
            mb={6}
          />
        </Group>
      </Card>
      <ExportLinks
        path="/api/people/export"
        query={{
          q: debounced.trim() || undefined,
          departmentId: departmentId ?? undefined,
          employmentType: employmentType ?? undefined,
          includeInactive: includeInactive ? "true" : undefined,
        }}
        testId="people-export"
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {people.length === 0 ? (
            <Empty>{t("people.empty")}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table className="data-table" highlightOnHover data-testid="people-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("person.employeeNumber")}</Table.Th>
                    <Table.Th>{t("person.name")}</Table.Th>
                    <Table.Th>{t("person.department")}</Table.Th>
                    <Table.Th>{t("person.title")}</Table.Th>
                    <Table.Th>{t("person.employmentType")}</Table.Th>
                    <Table.Th>{t("person.email")}</Table.Th>
                    <Table.Th>{t("person.login")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.map((p) => (
                    <Table.Tr
                      key={p.id}
                      style={{ cursor: "pointer" }}
                      onClick={() => navigate(`/org/people/${p.id}`)}
                      data-testid="person-row"
                    >
                      <Table.Td className="mono">{p.employeeNumber ?? "—"}</Table.Td>
                      <Table.Td>
                        <Link href={`/org/people/${p.id}`} onClick={(e) => e.stopPropagation()}>
                          {p.name}
                        </Link>
                        {p.nameKana && (
                          <Text size="xs" c="dimmed">
                            {p.nameKana}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{p.departmentName ?? "—"}</Table.Td>
                      <Table.Td>{p.title ?? "—"}</Table.Td>
                      <Table.Td>{t(`employment.${p.employmentType}`)}</Table.Td>
                      <Table.Td>{p.email ?? "—"}</Table.Td>
                      <Table.Td>
                        {!p.active ? (
                          <Badge color="gray" variant="light">
                            {t("people.inactive")}
                          </Badge>
                        ) : p.hasLogin ? (
                          <Badge color="teal" variant="light">
                            {t("people.hasLogin")}
                          </Badge>
                        ) : (
                          <Text size="xs" c="dimmed">
                            {t("people.noLogin")}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        <PagedFooter total={total} page={page} pageSize={PAGE} onChange={setPage} />
      </QueryState>
    </>
  );
}
