import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Grid,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import { RoleAssignmentForm } from "../../components/RoleAssignmentForm";
import type { PersonDetail as Person, RoleAssignment } from "../../contract";
import { useActionForm } from "../../forms";
import { recordOf } from "../../hooks";
import { useLang } from "../../i18n";
import { Link } from "../../router";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={150}>{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** The server's CreateLoginReq: 3–64 letters, digits and . _ @ - */
const LoginValues = z.object({
  loginId: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[A-Za-z0-9._@-]+$/),
});
type LoginValues = z.infer<typeof LoginValues>;

function CreateLogin({ person, onClose }: { person: Person; onClose(): void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: async (v: LoginValues) =>
      recordOf<{ loginId: string; temporaryPassword: string }>(
        await api.post("/api/people/{id}/login", {
          path: { id: person.id },
          body: { loginId: v.loginId.trim() },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["person", person.id] }),
  });
  const form = useActionForm(LoginValues, { loginId: "" }, create.error);

  if (create.data) {
    return (
      <Stack gap="sm" data-testid="temporary-password-panel">
        <Alert color="yellow" variant="light" title={t("login.createdTitle")}>
          {t("login.createdHelp")}
        </Alert>
        <Table className="data-table" withTableBorder>
          <Table.Tbody>
            <Row label={t("signin.loginId")}>
              <Code data-testid="created-login-id">{create.data.loginId}</Code>
            </Row>
            <Row label={t("login.temporaryPassword")}>
              <Group gap="xs">
                <Code fz="md" data-testid="temporary-password">
                  {create.data.temporaryPassword}
                </Code>
                <CopyButton value={create.data.temporaryPassword}>
                  {({ copied, copy }) => (
                    <Button size="compact-xs" variant="default" onClick={copy}>
                      {copied ? t("common.copied") : t("common.copy")}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Row>
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="temporary-password-close">
            {t("login.noted")}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form {...form.formProps((v) => create.mutate(v))} data-testid="create-login-form">
      <Stack gap="sm">
        <ErrorAlert error={create.error} />
        <Text size="sm">{t("login.createHelp", { name: person.name })}</Text>
        <TextInput
          label={t("signin.loginId")}
          description={t("login.loginIdRule")}
          maxLength={64}
          required
          data-testid="new-login-id"
          {...form.getInputProps("loginId")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="create-login-submit">
            {t("login.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RoleAssignmentsTable({
  rows,
  showPerson = false,
  onEnd,
}: {
  rows: RoleAssignment[];
  showPerson?: boolean;
  onEnd?: (r: RoleAssignment) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  if (rows.length === 0) return <Empty>{t("roles.none")}</Empty>;
  return (
    <Table className="data-table" withTableBorder highlightOnHover data-testid="role-assignments-table">
      <Table.Thead>
        <Table.Tr>
          {showPerson && <Table.Th>{t("roles.person")}</Table.Th>}
          <Table.Th>{t("roles.role")}</Table.Th>
          <Table.Th>{t("roles.scope")}</Table.Th>
          <Table.Th>{t("roles.period")}</Table.Th>
          <Table.Th>{t("roles.state")}</Table.Th>
          {onEnd && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} data-testid="role-assignment-row">
            {showPerson && (
              <Table.Td>
                <Link href={`/org/people/${r.personId}`}>{r.personName ?? r.personId}</Link>
              </Table.Td>
            )}
            <Table.Td>{pick(r.roleTitle)}</Table.Td>
            <Table.Td>
              {r.scope === "organization" || !r.scope
                ? t("scope.organization")
                : (r.scopeDepartmentName ?? t(`scope.${r.scope}`))}
            </Table.Td>
            <Table.Td>
              <Text size="xs">
                <DateText value={r.validFrom} /> 〜{" "}
                {r.validTo ? <DateText value={r.validTo} /> : t("roles.open")}
              </Text>
            </Table.Td>
            <Table.Td>
              {r.current ? (
                <Badge color="teal" variant="light">
                  {t("roles.current")}
                </Badge>
              ) : (
                <Badge color="gray" variant="light">
                  {t("roles.notCurrent")}
                </Badge>
              )}
            </Table.Td>
            {onEnd && (
              <Table.Td ta="right">
                {r.policies?.end && (
                  <Button
                    size="compact-xs"
                    variant="default"
                    color="red"
                    onClick={() => onEnd(r)}
                    data-testid="role-end"
                  >
                    {t("roles.end")}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function useEndRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (r: RoleAssignment) =>
      api.post("/api/role-assignments/{id}/end", { path: { id: r.id }, body: {} }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["role-assignments"] });
      await qc.invalidateQueries({ queryKey: ["person"] });
      await qc.invalidateQueries({ queryKey: ["contact-network"] });
    },
  });
}

export default function PersonDetail({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const [modal, setModal] = useState<"login" | "role" | null>(null);
  const endRole = useEndRole();
  const query = useQuery({
    queryKey: ["person", params.id],
    queryFn: async () => recordOf<Person>(await api.get("/api/people/{id}", { path: { id: params.id } })),
  });
  const p = query.data;
  const confirmEnd = (r: RoleAssignment) => {
    void confirm({ message: t("roles.confirmEnd") }).then((ok) => ok && endRole.mutate(r));
  };

  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {confirmDialog}
      {p && (
        <>
          <PageHeader
            back={{ href: "/org/people", label: t("people.title") }}
            title={
              <Group gap="xs" component="span">
                <span data-testid="person-name">{p.name}</span>
                {!p.active && <Badge color="gray">{t("people.inactive")}</Badge>}
              </Group>
            }
            description={[p.departmentName, p.title].filter(Boolean).join(" ・ ")}
            actions={
              p.policies?.update && (
                <Button
                  component={Link}
                  href={`/org/people/${p.id}/edit`}
                  variant="default"
                  data-testid="person-edit"
                >
                  {t("common.edit")}
                </Button>
              )
            }
          />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Card withBorder padding="lg">
                <Title order={5} mb="xs">
                  {t("person.basic")}
                </Title>
                <Table className="data-table" withRowBorders>
                  <Table.Tbody>
                    <Row label={t("person.employeeNumber")}>{p.employeeNumber ?? "—"}</Row>
                    <Row label={t("person.name")}>{p.name}</Row>
                    <Row label={t("person.nameKana")}>{p.nameKana ?? "—"}</Row>
                    <Row label={t("person.nameEn")}>{p.nameEn ?? "—"}</Row>
                    <Row label={t("person.department")}>{p.departmentName ?? "—"}</Row>
                    <Row label={t("person.title")}>{p.title ?? "—"}</Row>
                    <Row label={t("person.employmentType")}>{t(`employment.${p.employmentType}`)}</Row>
                    <Row label={t("person.email")}>{p.email ?? "—"}</Row>
                    <Row label={t("person.phone")}>{p.phone ?? "—"}</Row>
                    <Row label={t("person.emergencyPhone")}>{p.emergencyPhone ?? "—"}</Row>
                  </Table.Tbody>
                </Table>
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Card withBorder padding="lg" data-testid="person-login">
                <Group justify="space-between" mb="xs">
                  <Title order={5}>{t("person.login")}</Title>
                  {!p.hasLogin && p.policies?.createLogin && (
                    <Button size="xs" onClick={() => setModal("login")} data-testid="create-login">
                      {t("login.create")}
                    </Button>
                  )}
                </Group>
                {p.login ? (
                  <Table className="data-table">
                    <Table.Tbody>
                      <Row label={t("signin.loginId")}>
                        <span className="mono">{p.login.loginId}</span>
                      </Row>
                      <Row label={t("users.state")}>
                        <Group gap={4}>
                          {p.login.disabled && <Badge color="gray">{t("users.disabled")}</Badge>}
                          {p.login.locked && <Badge color="red">{t("users.locked")}</Badge>}
                          {p.login.mustChangePassword && (
                            <Badge color="yellow">{t("users.mustChange")}</Badge>
                          )}
                          {!p.login.disabled && !p.login.locked && (
                            <Badge color="teal">{t("users.active")}</Badge>
                          )}
                        </Group>
                      </Row>
                      <Row label={t("users.mfa")}>
                        {p.login.totpEnabled ? t("account.mfaOn") : t("account.mfaOff")}
                      </Row>
                      <Row label={t("users.lastLogin")}>
                        <DateText value={p.login.lastLoginAt} time />
                      </Row>
                    </Table.Tbody>
                  </Table>
                ) : (
                  <Text size="sm" c="dimmed">
                    {p.hasLogin ? t("people.hasLogin") : t("people.noLoginLong")}
                  </Text>
                )}
              </Card>
            </Grid.Col>
          </Grid>

          <Card withBorder padding="lg" mt="md">
            <Group justify="space-between" mb="xs">
              <Title order={5}>{t("roles.ofPerson")}</Title>
              {p.policies?.assignRole && (
                <Button size="xs" onClick={() => setModal("role")} data-testid="person-assign-role">
                  {t("roles.assign")}
                </Button>
              )}
            </Group>
            <ErrorAlert error={endRole.error} />
            <RoleAssignmentsTable rows={p.roleAssignments} onEnd={confirmEnd} />
          </Card>

          <Modal
            opened={modal === "login"}
            onClose={() => setModal(null)}
            title={t("login.create")}
            size="md"
          >
            {modal === "login" && <CreateLogin person={p} onClose={() => setModal(null)} />}
          </Modal>
          <Modal opened={modal === "role"} onClose={() => setModal(null)} title={t("roles.assign")} size="md">
            {modal === "role" && (
              <RoleAssignmentForm personId={p.id} personName={p.name} onDone={() => setModal(null)} />
            )}
          </Modal>
        </>
      )}
    </QueryState>
  );
}
