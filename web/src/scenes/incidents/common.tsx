import { Badge } from "@mantine/core";
import { useLang } from "../../i18n";
import { CATEGORY_LABELS, SEVERITY_LABELS, STAGE_LABELS } from "./i18n";

// biome-ignore lint/suspicious/noExplicitAny: the case view is read loosely (the presenter is the contract)
export type Json = any;

const STAGE_COLORS: Record<string, string> = {
  new: "red",
  triage: "orange",
  containment: "yellow",
  recovery: "blue",
  closed: "gray",
};

export function StageBadge({ stage }: { stage: string }) {
  const { pick } = useLang();
  return (
    <Badge
      color={STAGE_COLORS[stage] ?? "gray"}
      variant="light"
      data-testid="incident-stage"
      data-stage={stage}
    >
      {pick(STAGE_LABELS[stage] ?? { ja: stage, en: stage })}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: string | null }) {
  const { pick } = useLang();
  if (!severity) return <>—</>;
  const color =
    severity === "critical"
      ? "red"
      : severity === "high"
        ? "orange"
        : severity === "medium"
          ? "yellow"
          : "gray";
  return (
    <Badge color={color} variant="outline">
      {pick(SEVERITY_LABELS[severity])}
    </Badge>
  );
}

export function categoryLabel(key: string | null, pick: (t: { ja: string; en: string }) => string) {
  return key ? pick(CATEGORY_LABELS[key] ?? { ja: key, en: key }) : "—";
}
