import { Code, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Change } from "../../../../common/audit-events";
import { toInstant } from "../../../../common/calendar";
import { fieldLabel } from "../../../../common/field-labels";
import { formatDate } from "../../components/common";
import type { AuditEvent } from "../../contract";
import { useLang } from "../../i18n";

/**
 * An event's data as the log answers it (server/audit/wire-data.ts): the shape its type declares
 * in common/audit-data.ts (the server's writer takes nothing else, and a test parses what the
 * routes store) with the `via` the writer adds for a job or the CLI, as the viewer may see it (a
 * hidden record, or `…Hidden` in place of the fields naming one). Read here through what the
 * shapes share: `changes` (field → from/to), fields written as from/to, and the other facts.
 */
type Data = AuditEvent["data"];

const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/** One value in words: dates in 和暦, yes/no, lists; nested shapes stay compact text. */
function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  if (value === null || value === undefined || value === "") return <>—</>;
  if (typeof value === "boolean") return <>{value ? t("common.yes") : t("common.no")}</>;
  if (typeof value === "string" && ISO.test(value) && toInstant(value))
    return <>{formatDate(value, lang, value.includes("T"))}</>;
  if (typeof value === "object") return <span className="mono">{JSON.stringify(value)}</span>;
  return <>{String(value)}</>;
}

function isChange(v: unknown): v is Change {
  return typeof v === "object" && v !== null && "from" in v && "to" in v;
}

/** The changes of an event: `changes: {field: {from, to}}` or fields written as `{from, to}`. */
function changesOf(data: Data): Array<[string, Change]> {
  const source: object =
    "changes" in data && typeof data.changes === "object" && data.changes !== null ? data.changes : data;
  return Object.entries(source).filter((e): e is [string, Change] => isChange(e[1]));
}

/** An audit event's detail: the changed fields (before → after), the other facts, and its hash. */
export function EventDetail({ data, hash }: { data: Data; hash: string }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const changes = changesOf(data);
  const changed = new Set(changes.map(([k]) => k));
  const facts = Object.entries(data).filter(([k, v]) => k !== "changes" && !changed.has(k) && !isChange(v));
  return (
    <Stack gap="xs" data-testid="audit-detail">
      {changes.length > 0 && (
        <Table fz="xs" withTableBorder data-testid="audit-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("audit.field")}</Table.Th>
              <Table.Th>{t("audit.before")}</Table.Th>
              <Table.Th>{t("audit.after")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map(([field, c]) => (
              <Table.Tr key={field}>
                <Table.Td>{pick(fieldLabel(field))}</Table.Td>
                <Table.Td>
                  <Value value={c.from} />
                </Table.Td>
                <Table.Td>
                  <Value value={c.to} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {facts.length > 0 && (
        <Table fz="xs" withTableBorder data-testid="audit-facts">
          <Table.Tbody>
            {facts.map(([field, v]) => (
              <Table.Tr key={field}>
                <Table.Td w={200}>{pick(fieldLabel(field))}</Table.Td>
                <Table.Td>
                  <Value value={v} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <details>
        <summary>
          <Text span size="xs" c="dimmed">
            {t("audit.raw")}
          </Text>
        </summary>
        <Code block fz="xs" mt={4}>
          {JSON.stringify(data, null, 2)}
        </Code>
      </details>
      <Text size="xs" c="dimmed">
        {t("audit.hash")}: <span className="mono">{hash}</span>
      </Text>
    </Stack>
  );
}
