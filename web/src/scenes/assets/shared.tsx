import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ClauseLink } from "../../components/Clause";
import type { AssetDetail } from "../../contract";
import { useProfile } from "../../hooks";
import { useLang } from "../../i18n";

/** Shapes of GET /api/assets answers, from the server's presenter and detail route (contract.ts). */
export type AssetView = AssetDetail["data"];
export type LevelsView = AssetView["levels"];
export type LevelView = NonNullable<LevelsView["confidentiality"]>;
export type Restriction = AssetView["handlingRestrictions"][number];
export type Flag = AssetView["flags"][number];

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
export const ORIGINS = ["created", "received_internal", "received_external"] as const;
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
