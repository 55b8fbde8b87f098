import { Alert, Anchor, Center, Group, List, Loader, Pagination, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateJa, formatDateTimeJa, jstParts, toInstant } from "../../../common/calendar";
import { ApiError } from "../api";
import { useLang } from "../i18n";
import { Link } from "../router";

/** A date as 和暦 with 西暦 (令和8年4月1日 (2026年)); with `time`, the JST time too. */
export function formatDate(value: string | Date | null | undefined, lang: string, time = false): string {
  if (!value) return "—";
  const d = toInstant(value);
  if (!d) return String(value);
  if (lang === "en") {
    const p = jstParts(d);
    const iso = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
    return time ? `${iso} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")} JST` : iso;
  }
  return time ? formatDateTimeJa(d) : formatDateJa(d);
}

export function DateText({
  value,
  time = false,
}: {
  value: string | Date | null | undefined;
  time?: boolean;
}) {
  const { lang } = useLang();
  return <span className="nowrap">{formatDate(value, lang, time)}</span>;
}

export function errorText(err: unknown, lang: string): string {
  if (err instanceof ApiError) return err.text(lang);
  if (err instanceof Error) return err.message;
  return String(err);
}

/** The error of a request, in the current language; nothing when there is none. */
export function ErrorAlert({ error, testId = "error" }: { error: unknown; testId?: string }) {
  const { lang } = useLang();
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={t("common.error")} data-testid={testId} role="alert">
      {errorText(error, lang)}
      {error instanceof ApiError && Object.keys(error.fields).length > 0 && (
        <List size="sm" mt={4} data-testid={`${testId}-fields`}>
          {Object.values(error.fields).map((f) => (
            <List.Item key={f.message_ja}>{lang === "en" ? f.message_en : f.message_ja}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** The per-field error of an ApiError, for a Mantine input's `error` prop. */
export function useFieldError(error: unknown) {
  const { lang } = useLang();
  return (field: string): string | undefined =>
    error instanceof ApiError ? error.field(field, lang) : undefined;
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Group gap="xs">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {t("common.loading")}
        </Text>
      </Group>
    </Center>
  );
}

export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { href: string; label: string };
}) {
  return (
    <Stack gap={4} mb="md">
      {back && (
        <Anchor component={Link} href={back.href} size="sm" className="no-print">
          ← {back.label}
        </Anchor>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2} className="page-title">
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {actions && (
          <Group gap="xs" className="no-print">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" size="sm" py="md" ta="center">
      {children}
    </Text>
  );
}

/** Shows `children` while the query resolves, the error when it fails. */
export function QueryState({
  isLoading,
  error,
  children,
}: {
  isLoading: boolean;
  error: unknown;
  children: ReactNode;
}) {
  if (isLoading) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  return <>{children}</>;
}

/** Names for Mantine Pagination's arrow and page buttons (they have no text of their own). */
export function paginationLabels(t: (key: string, options?: Record<string, unknown>) => string) {
  return {
    getControlProps: (control: "first" | "previous" | "last" | "next") => ({
      "aria-label": t(`common.page.${control}`),
    }),
    getItemProps: (page: number) => ({ "aria-label": t("common.page.number", { n: page }) }),
  };
}

/** The total below a paged list and, when there is more than one page, the page buttons. */
export function PagedFooter({
  total,
  page,
  pageSize,
  onChange,
}: {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t("common.totalCount", { n: total })}
      </Text>
      {total > pageSize && (
        <Pagination
          total={Math.ceil(total / pageSize)}
          value={page}
          onChange={onChange}
          size="sm"
          {...paginationLabels(t)}
        />
      )}
    </Group>
  );
}
