import { Textarea } from "@mantine/core";

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  testId?: string;
  /** Marked required where the form asks for it (an approval of one's own request). */
  required?: boolean;
}

/**
 * The やむを得ない理由 an approver gives for deciding their own work (兼務の禁止, 西原村 2.(6)①).
 * The server accepts it only when no one else can decide, and otherwise names who can; the field
 * is the same wherever an approval is offered.
 */
export function OverrideReasonField({ label, value, onChange, error, testId, required }: Props) {
  return (
    <Textarea
      label={label}
      withAsterisk={required}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={1}
      error={error}
      data-testid={testId}
    />
  );
}
