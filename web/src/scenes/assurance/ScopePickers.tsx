import { MultiSelect, type MultiSelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { api } from "../../api";
import { useTexts } from "./labels";

type Props = Omit<MultiSelectProps, "data" | "value" | "onChange"> & {
  value: string[];
  onChange(ids: string[]): void;
};

/**
 * The audited systems: a searchable multi-select of the assets of kind system that the planner
 * may see (GET /api/assets?kind=system answers only those), keeping the labels of those chosen.
 */
export function SystemsPicker({ value, onChange, ...rest }: Props) {
  const { tx } = useTexts();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const chosen = useRef(new Map<string, string>());
  const query = useQuery({
    queryKey: ["assets", "picker", "system", debounced],
    queryFn: () =>
      api.get("/api/assets", { query: { kind: "system", q: debounced.trim() || undefined, limit: 30 } }),
  });
  const data = useMemo(() => {
    const opts = (query.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.assetNumber} ${a.name}` }));
    for (const o of opts) chosen.current.set(o.value, o.label);
    for (const id of value)
      if (!opts.some((o) => o.value === id)) opts.push({ value: id, label: chosen.current.get(id) ?? id });
    return opts;
  }, [query.data, value]);
  return (
    <MultiSelect
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={tx("noSystems")}
      filter={({ options }) => options}
      {...rest}
    />
  );
}

/** The audited contractors (委託事業者) from the suppliers' register. */
export function ContractorsPicker({ value, onChange, ...rest }: Props) {
  const contractors = useQuery({
    queryKey: ["suppliers", "contractors"],
    queryFn: () => api.get("/api/suppliers/contractors", { query: { limit: 500 } }),
  });
  return (
    <MultiSelect
      searchable
      clearable
      data={(contractors.data?.data ?? []).map((k) => ({ value: k.id, label: k.name }))}
      value={value}
      onChange={onChange}
      {...rest}
    />
  );
}
