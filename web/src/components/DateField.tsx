import { Group, TextInput, type TextInputProps } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fromJstLocalInput, jstParts, parseWareki, toIsoDate } from "../../../common/calendar";
import { useLang } from "../i18n";
import { formatDate } from "./common";

type Props = Omit<TextInputProps, "value" | "onChange" | "type"> & {
  /** The calendar date as "YYYY-MM-DD", or null. */
  value: string | null | undefined;
  onChange(value: string | null): void;
};

/**
 * A date typed in 和暦 or 西暦 (令和8年4月1日, R8.4.1, 2026-04-01, 2026/4/1): read when the field
 * loses focus, then shown as 和暦 with the 西暦 year. The value is the ISO calendar date.
 */
export function DateField({ value, onChange, error, description, ...rest }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const shown = value ? formatDate(value, lang) : "";
  const [text, setText] = useState(shown);
  const [unreadable, setUnreadable] = useState(false);
  // A new value from outside (a loaded record, a reset) replaces what is typed.
  useEffect(() => {
    setText(shown);
    setUnreadable(false);
  }, [shown]);
  const read = () => {
    const typed = text.trim();
    if (!typed) {
      setUnreadable(false);
      onChange(null);
      return;
    }
    const date = parseWareki(typed);
    if (!date) {
      setUnreadable(true);
      return;
    }
    setUnreadable(false);
    const iso = toIsoDate(date);
    setText(formatDate(iso, lang));
    onChange(iso);
  };
  return (
    <TextInput
      {...rest}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={read}
      onKeyDown={(e) => {
        if (e.key === "Enter") read();
      }}
      inputMode="text"
      autoComplete="off"
      placeholder={rest.placeholder ?? t("common.dateExample")}
      description={description === undefined ? t("common.dateHint") : description}
      error={unreadable ? t("common.dateUnreadable") : error}
    />
  );
}

type DateTimeProps = Omit<Props, "value" | "onChange"> & {
  "data-testid"?: string;
  /** An ISO timestamp with the JST offset ("2026-04-01T17:00:00+09:00"), or null. */
  value: string | null | undefined;
  onChange(value: string | null): void;
};

const pad = (n: number) => String(n).padStart(2, "0");

/** A date (和暦 or 西暦) and a time of day (JST); the value is an ISO timestamp in JST. */
export function DateTimeField({
  value,
  onChange,
  label,
  withAsterisk,
  required,
  "data-testid": testId,
  ...rest
}: DateTimeProps) {
  const { t } = useTranslation();
  const parts = value ? jstParts(value) : null;
  const date = parts ? `${parts.year}-${pad(parts.month)}-${pad(parts.day)}` : null;
  const [time, setTime] = useState(parts ? `${pad(parts.hour)}:${pad(parts.minute)}` : "17:00");
  const emit = (d: string | null, tm: string) =>
    onChange(d ? (fromJstLocalInput(`${d}T${tm || "00:00"}`) ?? `${d}T${tm}`) : null);
  return (
    <Group align="flex-start" gap="xs" grow>
      <DateField
        {...rest}
        label={label}
        withAsterisk={withAsterisk ?? required}
        value={date}
        onChange={(d) => emit(d, time)}
        data-testid={testId}
      />
      <TextInput
        type="time"
        label={t("common.time")}
        value={time}
        onChange={(e) => {
          setTime(e.currentTarget.value);
          emit(date, e.currentTarget.value);
        }}
        maw={140}
        data-testid={testId ? `${testId}-time` : undefined}
      />
    </Group>
  );
}
