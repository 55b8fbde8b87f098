/**
 * A required text and the button that sends it: the shape the small action forms repeated by hand
 * (an audit's working papers and report, a violation's measures, an acting holder's post-report).
 * `block`: an autosized Textarea, the button below it and the action's error under both. `inline`:
 * a one-line input with a compact button beside it (inside a table row). The field's value, change
 * and error come from the form (`form.getInputProps(key)`), so it stays on useActionForm.
 */
import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { ErrorAlert } from "./common";

interface Props {
  /** `form.getInputProps(key)` of the text. */
  field: GetInputPropsReturnType;
  /** A visible label, or (for a field its card already names) only an accessible name. */
  label?: string;
  ariaLabel?: string;
  maxLength: number;
  testId?: string;
  submit: { label: string; testId?: string; loading?: boolean };
  /** The action's error (block only: an inline form's card shows it). */
  error?: unknown;
  variant?: "block" | "inline";
  minRows?: number;
  /** Space above an inline form (under a row's other text). */
  mt?: number;
}

export function TextSubmit({
  field,
  label,
  ariaLabel,
  maxLength,
  testId,
  submit,
  error,
  variant = "block",
  minRows,
  mt,
}: Props) {
  if (variant === "inline")
    return (
      <Group gap={4} mt={mt} align="flex-start">
        <TextInput
          size="xs"
          aria-label={ariaLabel ?? label}
          required
          maxLength={maxLength}
          data-testid={testId}
          {...field}
        />
        <Button type="submit" size="compact-xs" mt={4} loading={submit.loading} data-testid={submit.testId}>
          {submit.label}
        </Button>
      </Group>
    );
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        aria-label={label ? undefined : ariaLabel}
        required
        autosize
        minRows={minRows}
        maxLength={maxLength}
        data-testid={testId}
        {...field}
      />
      <Group>
        <Button type="submit" loading={submit.loading} data-testid={submit.testId}>
          {submit.label}
        </Button>
      </Group>
      <ErrorAlert error={error} />
    </Stack>
  );
}
