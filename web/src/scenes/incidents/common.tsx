import { Badge, Card, Title } from "@mantine/core";
import type { ReactNode } from "react";
import {
  INCIDENT_CATEGORY_LABELS as CATEGORY_LABELS,
  labelOf,
  INCIDENT_SEVERITY_LABELS as SEVERITY_LABELS,
  INCIDENT_STAGE_LABELS as STAGE_LABELS,
} from "../../../../common/labels";
import { useLang } from "../../i18n";

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
      {pick(labelOf(STAGE_LABELS, stage))}
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
      {pick(labelOf(SEVERITY_LABELS, severity))}
    </Badge>
  );
}

export function categoryLabel(key: string | null, pick: (t: { ja: string; en: string }) => string) {
  return key ? pick(labelOf(CATEGORY_LABELS, key)) : "—";
}

/** A titled card of the incident page. */
export function Section({
  title,
  children,
  testId,
}: {
  title: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card withBorder mb="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
