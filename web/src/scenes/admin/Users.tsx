import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Menu,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PagedFooter, PageHeader, QueryState } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import type { UserRow } from "../../contract";
import { Link } from "../../router";

const PAGE = 50;
type Action = "unlock" | "disable" | "enable" | "mfa-reset" | "reset-password";
const POLICY_OF: Record<Action, string> = {
  unlock: "unlock",
  disable: "disable",
  enable: "enable",
  "mfa-reset": "mfa_reset",
  "reset-password": "reset_password",
};

function State({ u }: { u: UserRow }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {u.disabled && <Badge color="gray">{t("users.disabled")}</Badge>}
      {u.locked && (
        <Badge color="red" title={u.lockedUntil ?? undefined}>
          {t("users.locked")}
        </Badge>
      )}
      {u.mustChangePassword && <Badge color="yellow">{t("users.mustChange")}</Badge>}
      {!u.disabled && !u.locked && !u.mustChangePassword && (
        <Badge color="teal" variant="light">
          {t("users.active")}
        </Badge>
      )}
    </Group>
  );
}

export default function Users() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 250);
  const [state, setState] = useState("all");
  const [page, setPage] = useState(1);
  const [temp, setTemp] = useState<{ loginId: string; password: string } | null>(null);
  const query = useQuery({
    queryKey: ["users", { q: debounced, state, page }],
    queryFn: () =>
      api.get("/api/users", {
        query: {
          q: debounced.trim() || undefined,
          state: state === "all" ? undefined : state,
          limit: PAGE,
          offset: (page - 1) * PAGE,
        },
      }),
    placeholderData: keepPreviousData,
  });
  const act = useMutation({
    mutationFn: async ({ user, action }: { user: UserRow; action: Action }) => {
      const res = await api.post(`/api/users/{id}/${action}`, { path: { id: user.id } });
      return { user, action, res };
    },
    onSuccess: async ({ user, action, res }) => {
      if (action === "reset-password" && "temporaryPassword" in res)
        setTemp({ loginId: user.loginId, password: res.temporaryPassword });
      await qc.invalidateQueries({ queryKey: ["users"] });
    },
  });
  const [confirm, confirmDialog] = useConfirm();
  const run = async (user: UserRow, action: Action) => {
    if (
      action !== "unlock" &&
      !(await confirm({
        message: t(`users.confirm.${action}`, { loginId: user.loginId }),
        danger: action === "disable",
      }))
    )
      return;
    act.mutate({ user, action });
  };
  const rows = query.data?.items ?? [];
  const total = query.data?.total ?? 0;

  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} />
      <Card withBorder padding="sm" mb="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t("common.search")}
            placeholder={t("users.searchPlaceholder")}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
            w={260}
            data-testid="users-search"
          />
          <SegmentedControl
            value={state}
            onChange={(v) => {
              setState(v);
              setPage(1);
            }}
            data={[
              { value: "all", label: t("common.all") },
              { value: "locked", label: t("users.locked") },
              { value: "disabled", label: t("users.disabled") },
              { value: "active", label: t("users.active") },
            ]}
            data-testid="users-state"
          />
        </Group>
      </Card>
      {confirmDialog}
      <ErrorAlert error={act.error} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {rows.length === 0 ? (
            <Empty>{t("users.empty")}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={1000}>
              <Table className="data-table" highlightOnHover data-testid="users-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("signin.loginId")}</Table.Th>
                    <Table.Th>{t("person.name")}</Table.Th>
                    <Table.Th>{t("person.department")}</Table.Th>
                    <Table.Th>{t("users.state")}</Table.Th>
                    <Table.Th>{t("users.mfa")}</Table.Th>
                    <Table.Th className="num">{t("users.failures")}</Table.Th>
                    <Table.Th>{t("users.lastLogin")}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((u) => {
                    const actions = (
                      ["unlock", "reset-password", "mfa-reset", "disable", "enable"] as Action[]
                    ).filter(
                      (a) =>
                        u.policies[POLICY_OF[a]] &&
                        !(a === "unlock" && !u.locked && u.failedAttempts === 0) &&
                        !(a === "disable" && u.disabled) &&
                        !(a === "enable" && !u.disabled) &&
                        !(a === "mfa-reset" && !u.mfaEnabled),
                    );
                    return (
                      <Table.Tr key={u.id} data-testid="user-row" data-login-id={u.loginId}>
                        <Table.Td className="mono">{u.loginId}</Table.Td>
                        <Table.Td>
                          <Link href={`/org/people/${u.personId}`}>{u.name}</Link>
                        </Table.Td>
                        <Table.Td>{u.departmentName ?? "—"}</Table.Td>
                        <Table.Td>
                          <State u={u} />
                        </Table.Td>
                        <Table.Td>{u.mfaEnabled ? t("account.mfaOn") : t("account.mfaOff")}</Table.Td>
                        <Table.Td className="num">{u.failedAttempts}</Table.Td>
                        <Table.Td>
                          <DateText value={u.lastLoginAt} time />
                          {u.lastLoginIp && (
                            <Text size="xs" c="dimmed" className="mono">
                              {u.lastLoginIp}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">
                          {actions.length > 0 && (
                            <Menu position="bottom-end" withinPortal>
                              <Menu.Target>
                                <Button size="compact-xs" variant="default" data-testid="user-actions">
                                  {t("users.actions")} ▾
                                </Button>
                              </Menu.Target>
                              <Menu.Dropdown>
                                {actions.map((a) => (
                                  <Menu.Item
                                    key={a}
                                    color={a === "disable" ? "red" : undefined}
                                    onClick={() => run(u, a)}
                                    data-testid={`user-${a}`}
                                  >
                                    {t(`users.action.${a}`)}
                                  </Menu.Item>
                                ))}
                              </Menu.Dropdown>
                            </Menu>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        <PagedFooter total={total} page={page} pageSize={PAGE} onChange={setPage} />
      </QueryState>
      <Modal
        opened={temp !== null}
        onClose={() => setTemp(null)}
        title={t("users.tempTitle")}
        closeOnClickOutside={false}
      >
        {temp && (
          <Stack gap="sm">
            <Alert color="yellow" variant="light">
              {t("login.createdHelp")}
            </Alert>
            <Text size="sm">
              {t("signin.loginId")}: <Code>{temp.loginId}</Code>
            </Text>
            <Text size="sm">
              {t("login.temporaryPassword")}:{" "}
              <Code fz="md" data-testid="temporary-password">
                {temp.password}
              </Code>
            </Text>
            <Group justify="flex-end">
              <Button onClick={() => setTemp(null)} data-testid="temporary-password-close">
                {t("login.noted")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
