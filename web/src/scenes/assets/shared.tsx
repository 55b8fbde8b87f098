import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ClauseLink } from "../../components/Clause";
import { useProfile } from "../../hooks";
import { useLang } from "../../i18n";

/** Shapes of GET /api/assets answers (see server/modules/assets/presenter.ts). */
export interface LevelView {
  key: string;
  label: string;
  labelEn: string;
  rank: number | null;
}
export interface LevelsView {
  confidentiality: LevelView | null;
  integrity: LevelView | null;
  availability: LevelView | null;
}
export interface Restriction {
  code: string;
  text: string;
  textEn: string;
  clause: string;
  scheme: string;
  level: string;
}
export interface Flag {
  code: string;
  text: string;
  textEn: string;
  clause: string;
}
export interface AssetView {
  id: string;
  assetNumber: string;
  name: string;
  kind: string;
  subkind: string | null;
  department: { id: string; code: string | null; name: string | null };
  departmentId: string;
  custodian: { id: string; name: string | null } | null;
  levels: LevelsView;
  effective: LevelsView;
  topLevel: boolean;
  classificationPending: boolean;
  zone: string | null;
  storagePlace: string | null;
  notes: string | null;
  retentionYears: number | null;
  retentionUntil: string | null;
  retentionPermanent?: boolean;
  disposalDueDate: string | null;
  origin: string;
  hasPersonalInfo: boolean;
  specificPersonalInfo: boolean;
  sensitivePersonalInfo: boolean;
  personCount: number | null;
  exceptionRef: string | null;
  status: string;
  acquiredOn: string | null;
  inUseSince: string | null;
  lastInventoriedOn: string | null;
  disposedOn: string | null;
  handlingRestrictions: Restriction[];
  flags: Flag[];
  updatedAt: string;
  policies: Record<string, boolean>;
  relations?: {
    id: string;
    type: string;
    direction: "in" | "out";
    other: { id: string | null; assetNumber: string | null; name: string | null; hidden?: boolean };
  }[];
  namedPeople?: { personId: string; name: string | null }[];
  history?: {
    id: number;
    occurredAt: string;
    type: string;
    actor: { id: string; name: string | null } | null;
    data: Record<string, unknown>;
  }[];
}

export const KINDS = ["information", "document", "system", "device", "medium", "network", "area"] as const;
export const SUBKINDS = [
  "server",
  "pc",
  "mobile",
  "mfp",
  "network_equipment",
  "iot",
  "usb_memory",
  "external_disk",
  "optical_disc",
  "sd_card",
  "other",
] as const;
export const ZONES = ["mynumber", "lgwan", "internet"] as const;
export const STATUSES = ["in_use", "lent", "carried_out", "lost", "disposed"] as const;
export const SCHEMES = ["confidentiality", "integrity", "availability"] as const;
export type SchemeKey = (typeof SCHEMES)[number];

export interface ProfileLevel {
  key: string;
  label: string;
  labelEn?: string;
  rank: number;
  definition?: string;
  examples?: string[];
  clause?: string;
}
export interface ProfileScheme {
  title: { ja: string; en: string };
  clause: string;
  levels: ProfileLevel[];
}

/** The classification schemes of the active profile, strictest level first. */
export function useSchemes(): Record<SchemeKey, ProfileScheme> | null {
  const profile = useProfile();
  const c = (profile.data as { classification?: Record<SchemeKey, ProfileScheme> } | undefined)
    ?.classification;
  return c ?? null;
}

/** A level badge: darker for stricter ranks. */
export function LevelBadge({ level, testId }: { level: LevelView | null; testId?: string }) {
  const { lang } = useLang();
  const { t } = useTranslation();
  return <LevelBadgeView level={level} testId={testId} lang={lang} pendingLabel={t("assets.pending")} />;
}

/**
 * The badge without hooks, for long lists: the list passes `lang` and the label once instead of
 * every badge subscribing to i18n (three badges a row made that the list's biggest cost).
 */
export function LevelBadgeView({
  level,
  testId,
  lang,
  pendingLabel,
}: {
  level: LevelView | null;
  testId?: string;
  lang: "ja" | "en";
  pendingLabel: string;
}) {
  if (!level)
    return (
      <Badge color="gray" variant="outline" data-testid={testId}>
        {pendingLabel}
      </Badge>
    );
  const color = level.rank == null ? "red" : level.rank >= 3 ? "red" : level.rank === 2 ? "orange" : "gray";
  return (
    <Badge
      color={color}
      variant={level.rank != null && level.rank >= 2 ? "filled" : "light"}
      data-testid={testId}
      data-level={level.key}
      style={{ minWidth: "max-content" }}
    >
      {lang === "en" ? level.labelEn : level.label}
    </Badge>
  );
}

/** A row's handling restrictions as a count; the rules themselves in the native hover title. */
export function RestrictionCount({ items, lang }: { items: Restriction[]; lang: "ja" | "en" }) {
  if (items.length === 0) return null;
  return (
    <Badge
      variant="outline"
      color="orange"
      data-testid="restriction-count"
      title={items.map((r) => (lang === "en" ? r.textEn : r.text)).join(" / ")}
    >
      <LockIcon /> {lang === "en" ? `${items.length} rules` : `制限 ${items.length}`}
    </Badge>
  );
}

/** A padlock drawn inline (closed networks have no emoji font; nothing is fetched). */
export function LockIcon({ size = 12 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" style={{ verticalAlign: "-1px" }}>
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/** 取扱制限: icon, text and clause (click for the clause text). */
export function Restrictions({ items }: { items: Restriction[] }) {
  const { lang } = useLang();
  if (items.length === 0) return null;
  return (
    <Stack gap={6} data-testid="handling-restrictions">
      {items.map((r) => (
        <Group key={r.code} gap="xs" wrap="nowrap" align="flex-start" data-testid={`restriction-${r.code}`}>
          <Text span aria-hidden c="orange" mt={2}>
            <LockIcon />
          </Text>
          <Stack gap={0} align="flex-start">
            <Text size="sm">{lang === "en" ? r.textEn : r.text}</Text>
            <ClauseLink id={r.clause} />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

export function Flags({ items }: { items: Flag[] }) {
  const { lang } = useLang();
  if (items.length === 0) return null;
  return (
    <Stack gap={4} data-testid="asset-flags">
      {items.map((f) => (
        <Group key={f.code} gap="xs" data-testid={`flag-${f.code}`}>
          <Text span c="red" aria-hidden>
            ⚠
          </Text>
          <Text size="sm" c="red">
            {lang === "en" ? f.textEn : f.text}
          </Text>
          <ClauseLink id={f.clause} />
        </Group>
      ))}
    </Stack>
  );
}
