import { Badge, CloseButton } from "@mantine/core";
import { useLang } from "../i18n";

/**
 * A list filter that came with a link (e.g. from a dashboard figure) and has no control of its
 * own on the screen: shown as a chip, removable, so the list never filters invisibly.
 */
export function FilterChip({
  label,
  onClear,
  testId,
}: {
  label: string;
  onClear: () => void;
  testId?: string;
}) {
  const { pick } = useLang();
  return (
    <Badge
      variant="light"
      size="lg"
      tt="none"
      rightSection={
        <CloseButton
          size="xs"
          aria-label={`${pick({ ja: "条件を外す", en: "Remove the filter" })}: ${label}`}
          onClick={onClear}
        />
      }
      data-testid={testId ?? "filter-chip"}
    >
      {label}
    </Badge>
  );
}
