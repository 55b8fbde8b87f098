import { Anchor, Group } from "@mantine/core";
import { type Query, withQuery } from "../api";
import { useLang } from "../i18n";

const TEXT = {
  xlsx: { ja: "Excel出力", en: "Export .xlsx" },
  csv: { ja: "CSV出力", en: "Export CSV" },
  pdf: { ja: "PDF出力（印刷用）", en: "Export PDF (to print)" },
  title: {
    ja: "表示中の条件の一覧をファイルに出力します（機密性表示付き・監査ログに記録）",
    en: "Exports the list with the filters shown (marked, recorded in the audit log)",
  },
};

/**
 * The .xlsx, CSV and PDF links of a list (issue 20 item 3): `path` is the list's export path without
 * the extension (`/api/requests/export`); `query` the filters the screen shows, so the file holds
 * the rows of this view — the server applies the same filters and the viewer's visibility.
 */
export function ExportLinks({ path, query, testId }: { path: string; query?: Query; testId: string }) {
  const { pick } = useLang();
  return (
    <Group justify="flex-end" gap="xs" mb="xs" title={pick(TEXT.title)}>
      {(["xlsx", "csv", "pdf"] as const).map((f) => (
        <Anchor key={f} href={withQuery(`${path}.${f}`, query ?? {})} download data-testid={`${testId}-${f}`}>
          {pick(TEXT[f])}
        </Anchor>
      ))}
    </Group>
  );
}
