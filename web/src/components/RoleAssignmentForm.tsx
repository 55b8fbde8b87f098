import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { todayJst } from "../../../common/calendar";
import { api } from "../api";
import { departmentOptions, useDepartments, useRoles } from "../hooks";
import { ErrorAlert, useFieldError } from "./common";
import { DateField } from "./DateField";
import { PersonPicker, RolePicker } from "./pickers";

/** Assign a role of the active profile to a person over a scope (POST /api/role-assignments). */
export function RoleAssignmentForm({
  personId: fixedPerson,
  personName,
  onDone,
}: {
  personId?: string;
  personName?: string;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const roles = useRoles();
  const deps = useDepartments();
  const [personId, setPersonId] = useState<string | null>(fixedPerson ?? null);
  const [roleKey, setRoleKey] = useState<string | null>(null);
  const [scopeDepartmentId, setScope] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState(todayJst());
  const [validTo, setValidTo] = useState("");
  const role = roles.find((r) => r.key === roleKey);
  const needsScope = role && role.scope !== "organization";

  const save = useMutation({
    mutationFn: () =>
      api.post("/api/role-assignments", {
        body: {
          personId,
          roleKey,
          scopeDepartmentId: needsScope ? scopeDepartmentId : null,
          validFrom: validFrom || null,
          validTo: validTo || null,
        },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["role-assignments"] });
      await qc.invalidateQueries({ queryKey: ["person"] });
      await qc.invalidateQueries({ queryKey: ["contact-network"] });
      onDone();
    },
  });
  const fieldError = useFieldError(save.error);

  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
      noValidate
      data-testid="role-assignment-form"
    >
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        {fixedPerson ? (
          <Text size="sm">
            {t("roles.person")}: <b>{personName}</b>
          </Text>
        ) : (
          <PersonPicker
            label={t("roles.person")}
            value={personId}
            onChange={(v) => setPersonId(v)}
            error={fieldError("personId")}
            required
            data-testid="role-person"
          />
        )}
        <RolePicker
          label={t("roles.role")}
          value={roleKey}
          onChange={setRoleKey}
          error={fieldError("roleKey")}
          required
          data-testid="role-key"
        />
        {needsScope && (
          <Select
            label={t("roles.scope")}
            description={t("roles.scopeHelp", { scope: t(`scope.${role.scope}`) })}
            data={departmentOptions(deps.data).filter((o) => {
              const d = deps.data?.byId.get(o.value);
              return role.scope === "bureau" ? d?.kind === "bureau" || d?.parentId == null : true;
            })}
            value={scopeDepartmentId}
            onChange={setScope}
            searchable
            clearable
            placeholder={t("roles.scopeDefault")}
            error={fieldError("scopeDepartmentId")}
            data-testid="role-scope"
          />
        )}
        <Group grow>
          <DateField
            label={t("roles.validFrom")}
            value={validFrom}
            onChange={(v) => setValidFrom(v ?? "")}
            error={fieldError("validFrom")}
          />
          <DateField
            label={t("roles.validTo")}
            value={validTo}
            onChange={(v) => setValidTo(v ?? "")}
            error={fieldError("validTo")}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!personId || !roleKey}
            data-testid="role-save"
          >
            {t("roles.assign")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
