import { Badge, Group, Progress, Text } from "@mantine/core";
import { formatFiscalYear } from "../../../../common/calendar";
import {
  ASSURANCE_ANSWER_LABELS,
  AUDIT_STATUS_LABELS,
  FINDING_SEVERITY_LABELS,
  FINDING_STATE_LABELS,
} from "../../../../common/labels";
import { DateText } from "../../components/common";
import type { InspectionScope } from "../../contract";
import { useTexts } from "./labels";

const ANSWER_COLOR: Record<string, string> = { yes: "green", partial: "yellow", no: "red", na: "gray" };
const STATE_COLOR: Record<string, string> = {
  open: "red",
  in_progress: "orange",
  done: "blue",
  verified: "teal",
  closed: "gray",
};
const SEVERITY_COLOR: Record<string, string> = { high: "red", medium: "orange", low: "blue" };

export function AnswerBadge({ value }: { value: string | null }) {
  const { lab } = useTexts();
  if (!value) return null;
  return (
    <Badge color={ANSWER_COLOR[value]} variant="light">
      {lab(ASSURANCE_ANSWER_LABELS, value)}
    </Badge>
  );
}

export function FindingStateBadge({ state }: { state: string }) {
  const { lab } = useTexts();
  return (
    <Badge color={STATE_COLOR[state]} variant="light" data-testid="finding-state">
      {lab(FINDING_STATE_LABELS, state)}
    </Badge>
  );
}

export function SeverityBadge({ value }: { value: string }) {
  const { lab } = useTexts();
  return (
    <Badge color={SEVERITY_COLOR[value]} variant="outline">
      {lab(FINDING_SEVERITY_LABELS, value)}
    </Badge>
  );
}

export function AuditStatusBadge({ status }: { status: string }) {
  const { lab } = useTexts();
  return (
    <Badge variant="light" data-testid="audit-status">
      {lab(AUDIT_STATUS_LABELS, status)}
    </Badge>
  );
}

/** A deadline in 和暦, marked when it has passed and the work is not finished. */
export function Due({ date, overdue }: { date: string | null; overdue?: boolean }) {
  const { tx } = useTexts();
  return (
    <Group gap={4} wrap="nowrap">
      <DateText value={date} />
      {overdue && (
        <Badge color="red" size="sm" variant="filled">
          {tx("overdue")}
        </Badge>
      )}
    </Group>
  );
}

export function FiscalYear({ year }: { year: number }) {
  const { lang } = useTexts();
  return <span className="nowrap">{lang === "en" ? `FY${year}` : formatFiscalYear(year)}</span>;
}

/** done of total as a bar with the numbers. */
export function Ratio({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <Group gap="xs" wrap="nowrap" miw={160}>
      <Progress value={pct} w={90} aria-label={label} />
      <Text size="sm" className="nowrap">
        {done} / {total}
      </Text>
    </Group>
  );
}

/** The campaign's title in the current language (the profile's scope title when known). */
export function scopeTitle(
  scopes: InspectionScope[] | undefined,
  key: string,
  fallback: string,
  pick: (t: { ja: string; en: string }) => string,
) {
  const s = scopes?.find((x) => x.key === key);
  return s ? pick(s.title) : fallback;
}
