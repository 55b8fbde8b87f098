import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api";

/** A searchable select of assets the viewer may see (GET /api/assets?kind=&q=…); `kind` narrows it. */
export function AssetPicker({
  value,
  onChange,
  initialLabel,
  kind,
  exclude,
  ...rest
}: Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange(id: string | null, label?: string): void;
  initialLabel?: string;
  kind?: string;
  /** An asset not to offer (the asset being related). */
  exclude?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({
    queryKey: ["assets", "picker", kind ?? "", debounced],
    queryFn: () => api.get("/api/assets", { query: { kind, q: debounced.trim() || undefined, limit: 30 } }),
  });
  const items = query.data?.items;
  const data = useMemo(() => {
    const opts = (items ?? [])
      .filter((a) => a.id !== exclude)
      .map((a) => ({ value: a.id, label: `${a.assetNumber} ${a.name}` }));
    if (value && initialLabel && !opts.some((o) => o.value === value))
      opts.unshift({ value, label: initialLabel });
    return opts;
  }, [items, value, initialLabel, exclude]);
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

/** A portable medium (each USB stick individually). */
export function MediumPicker(props: Omit<Parameters<typeof AssetPicker>[0], "kind">) {
  return <AssetPicker {...props} kind="medium" />;
}
