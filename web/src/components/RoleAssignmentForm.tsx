import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { todayJst } from "../../../common/calendar";
import { api } from "../api";
import { bindField, useActionForm } from "../forms";
import { departmentOptions, useDepartments, useRoles } from "../hooks";
import { ErrorAlert } from "./common";
import { DateField } from "./DateField";
import { PersonPicker, RolePicker } from "./pickers";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** What the browser can check (the server's RoleAssignmentCreateReq); the server checks the rest. */
const Values = z
  .object({
    personId: z.string().uuid(),
    roleKey: z.string().min(1).max(64),
    scopeDepartmentId: z.string().nullable(),
    validFrom: IsoDate,
    validTo: z.union([z.literal(""), IsoDate]),
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, { path: ["validTo"], message: "to before from" });
type V = z.infer<typeof Values>;
/** An empty picker is null, so the schema says 「…を入力してください」 at it. */
type Form = Omit<V, "personId" | "roleKey"> & { personId: string | null; roleKey: string | null };

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
  const scopeOf = (roleKey: string) => roles.find((r) => r.key === roleKey)?.scope;

  const save = useMutation({
    mutationFn: (v: Form) => {
      const roleKey = v.roleKey ?? "";
      const scope = scopeOf(roleKey);
      return api.post("/api/role-assignments", {
        body: {
          personId: v.personId ?? "",
          roleKey,
          scopeDepartmentId: scope && scope !== "organization" ? v.scopeDepartmentId : null,
          validFrom: v.validFrom || null,
          validTo: v.validTo || null,
        },
      });
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["role-assignments"] });
      await qc.invalidateQueries({ queryKey: ["person"] });
      await qc.invalidateQueries({ queryKey: ["contact-network"] });
      onDone();
    },
  });
  const form = useActionForm<typeof Values, Form>(
    Values,
    {
      personId: fixedPerson ?? null,
      roleKey: null,
      scopeDepartmentId: null,
      validFrom: todayJst(),
      validTo: "",
    },
    save.error,
    {
      // The cross-field rule in the user's words, not zod's.
      refine: (errors, values) =>
        errors.validTo && values.validTo ? { ...errors, validTo: t("roles.toAfterFrom") } : errors,
    },
  );
  const role = roles.find((r) => r.key === form.values.roleKey);
  const needsScope = role && role.scope !== "organization";

  return (
    <form {...form.formProps((v) => save.mutate(v))} data-testid="role-assignment-form">
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        {fixedPerson ? (
          <Text size="sm">
            {t("roles.person")}: <b>{personName}</b>
          </Text>
        ) : (
          <PersonPicker
            label={t("roles.person")}
            {...bindField(form, "personId")}
            required
            data-testid="role-person"
          />
        )}
        <RolePicker label={t("roles.role")} {...bindField(form, "roleKey")} required data-testid="role-key" />
        {needsScope && (
          <Select
            label={t("roles.scope")}
            description={t("roles.scopeHelp", { scope: t(`scope.${role.scope}`) })}
            data={departmentOptions(deps.data).filter((o) => {
              const d = deps.data?.byId.get(o.value);
              return role.scope === "bureau" ? d?.kind === "bureau" || d?.parentId == null : true;
            })}
            searchable
            clearable
            allowDeselect={false}
            placeholder={t("roles.scopeDefault")}
            data-testid="role-scope"
            {...form.getInputProps("scopeDepartmentId")}
          />
        )}
        <Group grow align="flex-start">
          <DateField
            label={t("roles.validFrom")}
            value={form.values.validFrom || null}
            onChange={(v) => form.setFieldValue("validFrom", v ?? "")}
            error={form.errors.validFrom}
            required
            data-testid="role-valid-from"
          />
          <DateField
            label={t("roles.validTo")}
            value={form.values.validTo || null}
            onChange={(v) => form.setFieldValue("validTo", v ?? "")}
            error={form.errors.validTo}
            data-testid="role-valid-to"
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="role-save">
            {t("roles.assign")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
