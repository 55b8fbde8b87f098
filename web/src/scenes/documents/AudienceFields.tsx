import { Checkbox, MultiSelect, Stack } from "@mantine/core";
import { departmentOptions, useDepartments, useRoles } from "../../hooks";
import { useLang } from "../../i18n";
import { useTexts } from "./labels";

export interface Audience {
  everyone: boolean;
  roles: string[];
  departments: string[];
}

/** Who a document is published to: everyone, or some roles and departments (課・局). */
export function AudienceFields({ value, onChange }: { value: Audience; onChange(a: Audience): void }) {
  const { tx } = useTexts();
  const { pick } = useLang();
  const roles = useRoles();
  const depts = useDepartments();
  return (
    <Stack gap="xs">
      <Checkbox
        label={tx("everyone")}
        checked={value.everyone}
        onChange={(e) => onChange({ ...value, everyone: e.currentTarget.checked })}
        data-testid="audience-everyone"
      />
      {!value.everyone && (
        <>
          <MultiSelect
            label={tx("roles")}
            data={roles.map((r) => ({ value: r.key, label: pick(r.title) }))}
            value={value.roles}
            onChange={(roles) => onChange({ ...value, roles })}
            searchable
            data-testid="audience-roles"
          />
          <MultiSelect
            label={tx("departments")}
            data={departmentOptions(depts.data)}
            value={value.departments}
            onChange={(departments) => onChange({ ...value, departments })}
            searchable
            data-testid="audience-departments"
          />
        </>
      )}
    </Stack>
  );
}

/** An audience in words: 全職員等, or the roles and departments named. */
export function AudienceText({ value }: { value: Audience }) {
  const { tx } = useTexts();
  const { pick } = useLang();
  const roles = useRoles();
  const depts = useDepartments();
  if (value.everyone) return <>{tx("everyone")}</>;
  const names = [
    ...value.roles.map((k) => {
      const r = roles.find((x) => x.key === k);
      return r ? pick(r.title) : "—";
    }),
    ...value.departments.map((id) => depts.data?.byId.get(id)?.name ?? "—"),
  ];
  return <>{names.length ? names.join("、") : tx("audienceEmpty")}</>;
}
