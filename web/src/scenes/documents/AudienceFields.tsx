import { Checkbox, MultiSelect, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { z } from "zod";
import { departmentOptions, useDepartments, useRoles } from "../../hooks";
import { useLang } from "../../i18n";
import { useTexts } from "./labels";

export interface Audience {
  everyone: boolean;
  roles: string[];
  departments: string[];
}

/** The audience as AudienceReq reads it (server/modules/documents/schema.ts). */
export const AudienceValues = z.object({
  everyone: z.boolean(),
  roles: z.array(z.string()).max(50),
  departments: z.array(z.string()).max(500),
});

/**
 * Who a document is published to: everyone, or some roles and departments (課・局). Part of a
 * form whose values hold `audience`; the server's errors (audience.roles, …) land at the fields.
 */
export function AudienceFields<V extends { audience: Audience }>({ form }: { form: UseFormReturnType<V> }) {
  const { tx } = useTexts();
  const { pick } = useLang();
  const roles = useRoles();
  const depts = useDepartments();
  // The form's values are wider than the audience; its paths are typed by the caller's values.
  const f = form as unknown as UseFormReturnType<{ audience: Audience }>;
  return (
    <Stack gap="xs">
      <Checkbox
        label={tx("everyone")}
        data-testid="audience-everyone"
        {...f.getInputProps("audience.everyone", { type: "checkbox" })}
      />
      {!f.values.audience.everyone && (
        <>
          <MultiSelect
            label={tx("roles")}
            data={roles.map((r) => ({ value: r.key, label: pick(r.title) }))}
            searchable
            data-testid="audience-roles"
            {...f.getInputProps("audience.roles")}
          />
          <MultiSelect
            label={tx("departments")}
            data={departmentOptions(depts.data)}
            searchable
            data-testid="audience-departments"
            {...f.getInputProps("audience.departments")}
          />
        </>
      )}
      {f.errors.audience && (
        <Text size="sm" c="red" data-testid="audience-error">
          {f.errors.audience}
        </Text>
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
