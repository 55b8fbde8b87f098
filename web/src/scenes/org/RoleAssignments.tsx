import { Button, Card, Group, Modal, Select, Switch } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { useMe } from "../../auth";
import { ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import { RolePicker } from "../../components/pickers";
import { RoleAssignmentForm } from "../../components/RoleAssignmentForm";
import type { RoleAssignment } from "../../contract";
import { departmentOptions, listOf, useDepartments } from "../../hooks";
import { RoleAssignmentsTable, useEndRole } from "./PersonDetail";

export default function RoleAssignments() {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const me = useMe();
  const deps = useDepartments();
  const [roleKey, setRoleKey] = useState<string | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [currentOnly, setCurrentOnly] = useState(true);
  const [adding, setAdding] = useState(false);
  const endRole = useEndRole();
  const query = useQuery({
    queryKey: ["role-assignments", { roleKey, departmentId, currentOnly }],
    queryFn: () =>
      api.get("/api/role-assignments", {
        query: {
          roleKey,
          departmentId,
          current: currentOnly ? "true" : undefined,
        },
      }),
  });
  const rows = listOf<RoleAssignment>(query.data);
  // The server decides (org/access.ts, sent as an app policy by GET /api/auth/me).
  const canCreate = me.user.policies?.assignRoles === true;

  return (
    <>
      {confirmDialog}
      <PageHeader
        title={t("roles.title")}
        description={t("roles.description")}
        actions={
          canCreate && (
            <Button onClick={() => setAdding(true)} data-testid="role-assign-new">
              {t("roles.assign")}
            </Button>
          )
        }
      />
      <Card withBorder padding="sm" mb="sm">
        <Group gap="sm" align="flex-end">
          <RolePicker
            label={t("roles.role")}
            value={roleKey}
            onChange={setRoleKey}
            clearable
            w={280}
            placeholder={t("common.all")}
          />
          <Select
            label={t("roles.scope")}
            data={departmentOptions(deps.data)}
            value={departmentId}
            onChange={setDepartmentId}
            clearable
            searchable
            placeholder={t("common.all")}
            w={240}
          />
          <Switch
            label={t("roles.currentOnly")}
            checked={currentOnly}
            onChange={(e) => setCurrentOnly(e.currentTarget.checked)}
            mb={6}
          />
        </Group>
      </Card>
      <ErrorAlert error={endRole.error} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          <RoleAssignmentsTable
            rows={rows}
            showPerson
            onEnd={(r) =>
              void confirm({ message: t("roles.confirmEnd") }).then((ok) => ok && endRole.mutate(r))
            }
          />
        </Card>
      </QueryState>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t("roles.assign")} size="md">
        {adding && <RoleAssignmentForm onDone={() => setAdding(false)} />}
      </Modal>
    </>
  );
}
