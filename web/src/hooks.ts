import { useQuery } from "@tanstack/react-query";
import { api } from "./api";
import type { Department, DepartmentNode, I18nText, Policies } from "./contract";

/** A list answer may come as an array, `{data: [...]}`, or `{items: [...]}`. */
export function listOf<T>(res: unknown): T[] {
  if (Array.isArray(res)) return res as T[];
  if (res && typeof res === "object") {
    const r = res as { data?: unknown; items?: unknown };
    if (Array.isArray(r.data)) return r.data as T[];
    if (Array.isArray(r.items)) return r.items as T[];
  }
  return [];
}

/** A record answer may come as the record itself or `{data: record}`. */
export function recordOf<T>(res: unknown): T {
  if (res && typeof res === "object" && "data" in res && (res as { data: unknown }).data) {
    return (res as { data: T }).data;
  }
  return res as T;
}

export function policiesOf(res: unknown): Record<string, boolean> {
  if (res && typeof res === "object" && "policies" in res) {
    return ((res as { policies?: Record<string, boolean> }).policies ?? {}) as Record<string, boolean>;
  }
  return {};
}

// ── profile ──────────────────────────────────────────────────────────────────

export interface ProfileRole {
  key: string;
  title: I18nText;
  held_by?: string;
  heldBy?: string;
  duties: string[];
  scope: string;
  clause?: string;
}

/** The active profile as GET /api/profile returns it (fields read defensively). */
export interface ProfileView {
  id: string;
  name?: string | I18nText;
  title?: I18nText;
  organization?: { name?: string; name_en?: string; nameEn?: string };
  roles?: ProfileRole[];
  [key: string]: unknown;
}

export function profileTitle(p: ProfileView, pick: (t: I18nText) => string): string {
  if (p.organization?.name) {
    const en = p.organization.name_en ?? p.organization.nameEn;
    return pick({ ja: p.organization.name, en: en ?? p.organization.name });
  }
  if (typeof p.name === "string") return p.name;
  if (p.name) return pick(p.name);
  if (p.title) return pick(p.title);
  return p.id;
}

export function useProfile() {
  return useQuery({
    queryKey: ["profile"],
    queryFn: async () => recordOf<ProfileView>(await api.get("/api/profile")),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Roles of the active profile, for selects. */
export function useRoles(): ProfileRole[] {
  const profile = useProfile();
  return profile.data?.roles ?? [];
}

// ── departments ──────────────────────────────────────────────────────────────

export type DepartmentRow = Department & { depth: number; path: string };

export interface DepartmentsData {
  tree: DepartmentNode[];
  flat: DepartmentRow[];
  byId: Map<string, DepartmentRow>;
  policies: Policies;
}

/** The tree in display order, each unit with its depth and its path of names. */
function flatten(tree: DepartmentNode[], depth = 0, prefix = ""): DepartmentRow[] {
  const out: DepartmentRow[] = [];
  for (const { children, ...d } of tree) {
    const path = prefix ? `${prefix} ／ ${d.name}` : d.name;
    out.push({ ...d, depth, path });
    out.push(...flatten(children, depth + 1, path));
  }
  return out;
}

export function useDepartments(includeInactive = false) {
  return useQuery({
    queryKey: ["departments", { includeInactive }],
    queryFn: async (): Promise<DepartmentsData> => {
      const res = await api.get("/api/departments", {
        query: includeInactive ? { includeInactive: "true" } : undefined,
      });
      const flat = flatten(res.items);
      return { tree: res.items, flat, byId: new Map(flat.map((d) => [d.id, d])), policies: res.policies };
    },
    staleTime: 60_000,
  });
}

/** Options for a department Select: indented by depth. */
export function departmentOptions(data: DepartmentsData | undefined, onlyDepartments = false) {
  return (data?.flat ?? [])
    .filter((d) => d.active && (!onlyDepartments || d.kind === "department"))
    .map((d) => ({ value: d.id, label: `${"　".repeat(d.depth)}${d.name}` }));
}
