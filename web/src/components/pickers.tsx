import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api";
import type { PersonSummary } from "../contract";
import { listOf, useRoles } from "../hooks";
import { useLang } from "../i18n";

const personLabel = (p: { name: string; departmentName: string | null }) =>
  `${p.name}${p.departmentName ? `（${p.departmentName}）` : ""}`;

/** A searchable person select backed by GET /api/people?q=… */
export function PersonPicker({
  value,
  onChange,
  initialLabel,
  ...rest
}: Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange(id: string | null, person?: PersonSummary): void;
  initialLabel?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({
    queryKey: ["people", "picker", debounced],
    queryFn: () => api.get("/api/people", { query: { q: debounced.trim() || undefined, limit: 30 } }),
  });
  const people = listOf<PersonSummary>(query.data);
  // A person chosen before (a saved draft, an edit) who is not among the search's first results:
  // read by id, so the picker shows their name rather than an empty box. The server answers only
  // what the viewer may see (the same rule as the search); a refusal leaves the box empty.
  const unlisted = !!value && !initialLabel && query.isSuccess && !people.some((p) => p.id === value);
  const chosen = useQuery({
    queryKey: ["people", "picker", "chosen", value],
    queryFn: () => api.get("/api/people/{id}", { path: { id: value ?? "" } }),
    enabled: unlisted,
    retry: false,
  });
  const chosenPerson = unlisted && chosen.data?.id === value ? chosen.data : null;
  const data = useMemo(() => {
    const opts = people.map((p) => ({ value: p.id, label: personLabel(p) }));
    const label = initialLabel ?? (chosenPerson ? personLabel(chosenPerson) : null);
    if (value && label && !opts.some((o) => o.value === value)) opts.unshift({ value, label });
    return opts;
  }, [people, value, initialLabel, chosenPerson]);
  return (
    <Select
      searchable
      clearable
      // Clicking the chosen person again keeps them (clearing is the × button's job).
      allowDeselect={false}
      data={data}
      value={value}
      onChange={(v) =>
        onChange(
          v,
          people.find((p) => p.id === v),
        )
      }
      onSearchChange={setSearch}
      nothingFoundMessage={t("common.nothingFound")}
      filter={({ options }) => options}
      {...rest}
    />
  );
}

/** Roles of the active profile. */
export function RolePicker({
  value,
  onChange,
  ...rest
}: Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange(key: string | null): void;
}) {
  const roles = useRoles();
  const { pick } = useLang();
  const { t } = useTranslation();
  return (
    <Select
      searchable
      allowDeselect={false}
      data={roles.map((r) => ({ value: r.key, label: `${pick(r.title)}（${t(`scope.${r.scope}`)}）` }))}
      value={value}
      onChange={onChange}
      {...rest}
    />
  );
}
