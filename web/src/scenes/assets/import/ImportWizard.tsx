/**
 * 情報資産台帳の取込み: choose a file, check it (dry run: rows, errors by Excel row number, the
 * column mapping), map the columns the server did not recognise, then import with a progress bar.
 */
import {
  Alert,
  Button,
  FileInput,
  Group,
  Progress,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../../../api";
import AcceptedValues from "./AcceptedValues";

interface RowError {
  row: number;
  column: string;
  message_ja: string;
  message_en: string;
}

interface ImportResult {
  rows: number;
  valid: number;
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
  dryRun: boolean;
  errors: RowError[];
  errorCount: number;
  mapping: Record<string, string>;
  unmapped: string[];
  headerRow: number | null;
  encoding: string | null;
}

interface JobProgress {
  status: "running" | "done" | "failed";
  processed: number;
  total: number | null;
  percent: number;
  result: ImportResult | null;
  error: { code: string; message_ja: string; message_en: string } | null;
}

/** Field keys the server accepts in a mapping, with their Japanese and English names. */
const FIELDS: Array<[string, string, string]> = [
  ["assetNumber", "資産番号", "Asset number"],
  ["name", "資産名", "Name"],
  ["kind", "種別", "Kind"],
  ["subkind", "細分類", "Subkind"],
  ["department", "所管課", "Department"],
  ["departmentCode", "所管課コード", "Department code"],
  ["custodian", "管理者", "Custodian"],
  ["custodianNumber", "管理者職員番号", "Custodian employee number"],
  ["confidentiality", "機密性", "Confidentiality"],
  ["integrity", "完全性", "Integrity"],
  ["availability", "可用性", "Availability"],
  ["zone", "ネットワーク区分", "Zone"],
  ["storagePlace", "保管場所", "Storage place"],
  ["retention", "保存期間", "Retention"],
  ["acquiredOn", "取得日", "Acquired on"],
  ["inUseOn", "利用開始日", "In use since"],
  ["lastInventoriedOn", "最終棚卸日", "Last inventoried on"],
  ["disposedOn", "廃棄日", "Disposed on"],
  ["origin", "取得元", "Origin"],
  ["personalInfo", "個人情報の有無", "Personal information"],
  ["specificPersonalInfo", "特定個人情報", "Specific personal information"],
  ["sensitivePersonalInfo", "要配慮個人情報", "Sensitive personal information"],
  ["personalInfoCount", "人数", "Number of people"],
  ["status", "状態", "Status"],
  ["notes", "備考", "Notes"],
];

export default function ImportWizard() {
  const { i18n } = useTranslation();
  const en = i18n.language?.startsWith("en");
  const tr = (ja: string, e: string) => (en ? e : ja);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<"all-or-nothing" | "valid-rows">("all-or-nothing");
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [check, setCheck] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);

  const form = (dryRun: boolean, background: boolean) => {
    const f = new FormData();
    f.append("dryRun", String(dryRun));
    f.append("mode", mode);
    if (background) f.append("background", "true");
    const given = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== ""));
    if (Object.keys(given).length) f.append("mapping", JSON.stringify(given));
    f.append("file", file as File);
    return f;
  };

  const fail = (e: unknown) => setError(e instanceof ApiError ? e.text(i18n.language) : String(e));

  const runCheck = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const started = await api.post("/api/assets/import", { body: form(true, true) });
      // Sent with async=true: the server answers the job to follow, not the result.
      setJobId("jobId" in started ? started.jobId : null);
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  const runImport = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const started = await api.post("/api/assets/import", { body: form(false, true) });
      // Sent with async=true: the server answers the job to follow, not the result.
      setJobId("jobId" in started ? started.jobId : null);
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  // Poll the job for the progress bar until it ends.
  useEffect(() => {
    if (!jobId) return;
    let stop = false;
    const tick = async () => {
      try {
        const p = await api.get("/api/assets/import/{jobId}", { path: { jobId } });
        if (stop) return;
        setProgress(p);
        if (p.status === "running") {
          setTimeout(tick, 400);
          return;
        }
        setJobId(null);
        setBusy(false);
        if (p.status === "failed" && p.error) setError(en ? p.error.message_en : p.error.message_ja);
        if (p.result) {
          if (p.result.dryRun) setCheck(p.result);
          else setDone(p.result);
        }
      } catch (e) {
        setError(e instanceof ApiError ? e.text(en ? "en" : "ja") : String(e));
        setJobId(null);
        setBusy(false);
      }
    };
    tick();
    return () => {
      stop = true;
    };
  }, [jobId, en]);

  const result = done ?? check;
  const columns = check ? [...Object.keys(check.mapping), ...check.unmapped] : [];
  const fieldOptions = [
    { value: "", label: tr("取り込まない", "Do not import") },
    ...FIELDS.map(([k, ja, e]) => ({ value: k, label: `${tr(ja, e)} (${k})` })),
  ];

  return (
    <Stack gap="md" data-testid="asset-import">
      <Title order={2}>{tr("情報資産台帳の取込み", "Import the asset register")}</Title>
      <Text size="sm" c="dimmed">
        {tr(
          "Excel（.xlsx）またはCSV（UTF-8／Shift_JIS）を選び、まず確認してください。誤りは行番号（Excelの行番号）で示します。資産番号が同じ資産は更新されます。",
          "Choose an Excel (.xlsx) or CSV (UTF-8 / Shift_JIS) file and check it first. Errors show Excel's row numbers. Assets with the same number are updated.",
        )}
      </Text>
      <AcceptedValues />
      <FileInput
        label={tr("ファイル", "File")}
        accept=".xlsx,.csv,text/csv"
        value={file}
        onChange={(f) => {
          setFile(f);
          setCheck(null);
          setDone(null);
          setMapping({});
        }}
        data-testid="import-file"
      />
      <Radio.Group
        label={tr("誤りがあるとき", "When some rows are wrong")}
        value={mode}
        onChange={(v) => setMode(v as typeof mode)}
      >
        <Group mt="xs">
          <Radio value="all-or-nothing" label={tr("何も取り込まない", "Import nothing")} />
          <Radio value="valid-rows" label={tr("正しい行だけ取り込む", "Import the valid rows")} />
        </Group>
      </Radio.Group>
      <Group>
        <Button onClick={runCheck} disabled={!file || busy} data-testid="import-check">
          {tr("確認する（取り込みません）", "Check (imports nothing)")}
        </Button>
        <Button
          onClick={runImport}
          disabled={!file || busy || !check || (mode === "all-or-nothing" && check.errorCount > 0)}
          color="green"
          data-testid="import-commit"
        >
          {tr("取り込む", "Import")}
        </Button>
      </Group>
      {busy && progress && (
        <Stack gap={4}>
          <Progress value={progress.percent} animated data-testid="import-progress" />
          <Text size="sm">
            {progress.processed.toLocaleString()} {tr("行", "rows")}
            {progress.total ? ` / ${progress.total.toLocaleString()}` : ""} ({progress.percent}%)
          </Text>
        </Stack>
      )}
      {error && (
        <Alert color="red" data-testid="import-error">
          {error}
        </Alert>
      )}
      {result && (
        <Alert color={result.errorCount ? "yellow" : "green"} data-testid="import-summary">
          {done
            ? done.committed
              ? tr(
                  `取り込みました: 新規 ${done.created} 件、更新 ${done.updated} 件、変更なし ${done.unchanged} 件`,
                  `Imported: ${done.created} created, ${done.updated} updated, ${done.unchanged} unchanged`,
                )
              : tr("誤りがあるため、何も取り込みませんでした。", "Nothing was imported because of errors.")
            : tr(
                `${result.rows} 行のうち ${result.valid} 行が正しく、誤りは ${result.errorCount} 件です。`,
                `${result.valid} of ${result.rows} rows are valid; ${result.errorCount} error(s).`,
              )}
        </Alert>
      )}
      {result && result.errors.length > 0 && (
        <Table striped withTableBorder data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tr("行", "Row")}</Table.Th>
              <Table.Th>{tr("列", "Column")}</Table.Th>
              <Table.Th>{tr("内容", "Message")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.errors.slice(0, 500).map((e) => (
              <Table.Tr
                key={`${e.row}-${e.column}-${e.message_en}`}
                data-testid="import-error-row"
                data-row={e.row}
              >
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.column}</Table.Td>
                <Table.Td>{en ? e.message_en : e.message_ja}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {check && columns.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{tr("列の対応付け", "Column mapping")}</Title>
          <Text size="sm" c="dimmed">
            {tr(
              `${check.headerRow ?? 1}行目を見出しとして読みました。変更したら、もう一度確認してください。`,
              `Row ${check.headerRow ?? 1} was read as the header. After a change, check again.`,
            )}
          </Text>
          {columns.map((col) => (
            <Select
              key={col}
              label={col}
              data={fieldOptions}
              value={mapping[col] ?? check.mapping[col] ?? ""}
              onChange={(v) => setMapping((m) => ({ ...m, [col]: v ?? "" }))}
              allowDeselect={false}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
