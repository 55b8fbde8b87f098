import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";

// biome-ignore lint/suspicious/noExplicitAny: asset list rows are read loosely (the presenter is the contract)
type Json = any;

/** A searchable select of portable media (GET /api/assets?kind=medium&q=…), each individually. */
export function MediumPicker({
  value,
  onChange,
  initialLabel,
  ...rest
}: Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange(id: string | null, label?: string): void;
  initialLabel?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({
    queryKey: ["assets", "medium-picker", debounced],
    queryFn: () =>
      api.get<Json>("/api/assets", { kind: "medium", q: debounced.trim() || undefined, limit: 30 }),
  });
  const items: Json[] = query.data?.items ?? [];
  const data = useMemo(() => {
    const opts = items.map((a) => ({ value: a.id as string, label: `${a.assetNumber} ${a.name}` }));
    if (value && initialLabel && !opts.some((o) => o.value === value))
      opts.unshift({ value, label: initialLabel });
    return opts;
  }, [items, value, initialLabel]);
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value}
      onChange={(v) => onChange(v, data.find((o) => o.value === v)?.label)}
      onSearchChange={setSearch}
      nothingFoundMessage={t("common.nothingFound")}
      filter={({ options }) => options}
      {...rest}
    />
  );
}
