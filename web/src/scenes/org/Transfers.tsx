import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { todayJst } from "../../../../common/calendar";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { TransferBatch, TransferImportRes } from "../../contract";
import { useActionForm, useServerErrors } from "../../forms";
import { departmentOptions, listOf, recordOf, useDepartments } from "../../hooks";
import { useLang } from "../../i18n";
import { Link, navigate } from "../../router";

export function StatusBadge({ status }: { status: TransferBatch["status"] }) {
  const { t } = useTranslation();
  const color = status === "applied" ? "teal" : status === "cancelled" ? "gray" : "blue";
  return (
    <Badge color={color} variant="light" data-testid="transfer-status">
      {t(`transfers.status.${status}`)}
    </Badge>
  );
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** What the browser can check; the server checks the rest (an inactive person, a closed 課). */
const Values = z.object({
  title: z.string().trim().min(1).max(200),
  effectiveDate: IsoDate,
  items: z
    .array(
      z.object({
        key: z.number(),
        personId: z.string().uuid(),
        toDepartmentId: z.string().uuid(),
        newTitle: z.string().trim().max(100),
      }),
    )
    .min(1),
});
type V = z.infer<typeof Values>;

let nextKey = 1;
const blankItem = (): V["items"][number] => ({
  key: nextKey++,
  personId: "",
  toDepartmentId: "",
  newTitle: "",
});

function TransferForm({ onDone }: { onDone(id?: string): void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const deps = useDepartments();
  const save = useMutation({
    mutationFn: async (v: V) =>
      recordOf<TransferBatch>(
        await api.post("/api/transfers", {
          body: {
            title: v.title.trim(),
            effectiveDate: v.effectiveDate,
            items: v.items.map((i) => ({
              personId: i.personId,
              toDepartmentId: i.toDepartmentId,
              newTitle: i.newTitle.trim() || null,
            })),
          },
        }),
      ),
    onSuccess: async (b) => {
      await qc.invalidateQueries({ queryKey: ["transfers"] });
      onDone(b.id);
    },
  });
  const form = useActionForm(
    Values,
    { title: "", effectiveDate: todayJst(), items: [blankItem()] },
    save.error,
  );
  const opts = departmentOptions(deps.data);

  return (
    <form {...form.formProps((v) => save.mutate(v))} data-testid="transfer-form">
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        <Group grow align="flex-start">
          <TextInput
            label={t("transfers.batchTitle")}
            placeholder={t("transfers.batchTitlePlaceholder")}
            maxLength={200}
            required
            data-testid="transfer-title"
            {...form.getInputProps("title")}
          />
          <DateField
            label={t("transfers.effectiveDate")}
            value={form.values.effectiveDate || null}
            onChange={(v) => form.setFieldValue("effectiveDate", v ?? "")}
            error={form.errors.effectiveDate}
            required
            data-testid="transfer-date"
          />
        </Group>
        <Table className="data-table" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                {t("transfers.person")} <RequiredMark />
              </Table.Th>
              <Table.Th>
                {t("transfers.to")} <RequiredMark />
              </Table.Th>
              <Table.Th>{t("transfers.newTitle")}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.values.items.map((item, i) => (
              <Table.Tr key={item.key} data-testid="transfer-item">
                <Table.Td>
                  <PersonPicker
                    value={item.personId || null}
                    onChange={(v) => form.setFieldValue(`items.${i}.personId`, v ?? "")}
                    error={form.errors[`items.${i}.personId`]}
                    aria-label={t("transfers.person")}
                    required
                    data-testid="transfer-person"
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    data={opts}
                    value={item.toDepartmentId || null}
                    onChange={(v) => form.setFieldValue(`items.${i}.toDepartmentId`, v ?? "")}
                    searchable
                    allowDeselect={false}
                    error={form.errors[`items.${i}.toDepartmentId`]}
                    aria-label={t("transfers.to")}
                    required
                    data-testid="transfer-to"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    maxLength={100}
                    aria-label={t("transfers.newTitle")}
                    {...form.getInputProps(`items.${i}.newTitle`)}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => form.values.items.length > 1 && form.removeListItem("items", i)}
                    aria-label={t("common.remove")}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button
            variant="default"
            size="xs"
            onClick={() => form.insertListItem("items", blankItem())}
            data-testid="transfer-add-row"
          >
            {t("transfers.addRow")}
          </Button>
          <Group>
            <Button variant="default" onClick={() => onDone()}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="transfer-save">
              {t("transfers.savePlanned")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** The asterisk Mantine puts beside a required field's label, for a column header over required cells. */
function RequiredMark() {
  return (
    <Text component="span" c="red" aria-hidden>
      *
    </Text>
  );
}

interface ImportValues {
  file: File | null;
  title: string;
  effectiveDate: string;
}

function TransferImport({ onDone }: { onDone(id?: string): void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const qc = useQueryClient();
  const [result, setResult] = useState<TransferImportRes | null>(null);
  const form = useForm<ImportValues>({
    initialValues: { file: null, title: "", effectiveDate: "" },
    // A new file or date makes the last check stale: the buttons to commit it go.
    onValuesChange: () => setResult(null),
  });
  const run = useMutation({
    mutationFn: async ({ mode, v }: { mode: "dry" | "commit" | "commitValid"; v: ImportValues }) => {
      const body = new FormData();
      if (v.file) body.append("file", v.file);
      body.append("dryRun", mode === "dry" ? "true" : "false");
      if (mode === "commitValid") body.append("commitValidRows", "true");
      if (v.title.trim()) body.append("title", v.title.trim());
      if (v.effectiveDate) body.append("effectiveDate", v.effectiveDate);
      return api.post("/api/transfers/import", { body });
    },
    onSuccess: async (res) => {
      setResult(res);
      if (!res.dryRun && res.batch) {
        await qc.invalidateQueries({ queryKey: ["transfers"] });
        onDone(res.batch.id);
      }
    },
  });
  useServerErrors(form, run.error);
  const submit = (mode: "dry" | "commit" | "commitValid") => {
    if (!form.values.file) {
      form.setFieldError("file", t("transfers.fileRequired"));
      return;
    }
    run.mutate({ mode, v: form.values });
  };

  return (
    <Stack gap="sm" data-testid="transfer-import">
      <Alert variant="light" color="gray" title={t("transfers.sheetFormat")}>
        <Text size="sm">{t("transfers.sheetHelp")}</Text>
        <Text size="sm" className="mono" mt={4}>
          職員番号, 氏名, 異動先所属, 新職名, 発令日
        </Text>
      </Alert>
      <ErrorAlert error={run.error} />
      <Group grow align="flex-start">
        <FileInput
          label={t("transfers.file")}
          placeholder={t("transfers.choose")}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          clearable
          required
          data-testid="transfer-file"
          {...form.getInputProps("file")}
        />
        <TextInput label={t("transfers.batchTitle")} maxLength={200} {...form.getInputProps("title")} />
        <DateField
          label={t("transfers.effectiveDateOverride")}
          value={form.values.effectiveDate || null}
          onChange={(v) => form.setFieldValue("effectiveDate", v ?? "")}
          error={form.errors.effectiveDate}
        />
      </Group>
      <Group>
        <Button onClick={() => submit("dry")} loading={run.isPending} data-testid="transfer-dry-run">
          {t("transfers.dryRun")}
        </Button>
        {result?.dryRun && result.errors.length === 0 && result.validRows > 0 && (
          <Button
            color="teal"
            onClick={() => submit("commit")}
            loading={run.isPending}
            data-testid="transfer-commit"
          >
            {t("transfers.commit", { n: result.validRows })}
          </Button>
        )}
        {result?.dryRun && result.errors.length > 0 && result.validRows > 0 && (
          <Button
            color="orange"
            onClick={() => submit("commitValid")}
            loading={run.isPending}
            data-testid="transfer-commit-valid"
          >
            {t("transfers.commitValid", { n: result.validRows })}
          </Button>
        )}
      </Group>
      {result && (
        <Stack gap="xs" data-testid="transfer-dry-run-result">
          <Group gap="xs">
            <Badge variant="light">{t("transfers.rows", { n: result.rows })}</Badge>
            <Badge variant="light" color="teal">
              {t("transfers.validRows", { n: result.validRows })}
            </Badge>
            <Badge variant="light" color={result.errors.length ? "red" : "gray"}>
              {t("transfers.errorRows", { n: result.errors.length })}
            </Badge>
          </Group>
          {result.errors.length > 0 && (
            <Table className="data-table" withTableBorder data-testid="transfer-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t("transfers.row")}</Table.Th>
                  <Table.Th w={140}>{t("transfers.column")}</Table.Th>
                  <Table.Th>{t("transfers.problem")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.errors.map((e) => (
                  <Table.Tr key={`${e.row}-${e.column}-${e.message_en}`} data-testid="transfer-error-row">
                    <Table.Td className="num">{e.row}</Table.Td>
                    <Table.Td>{e.column ?? "—"}</Table.Td>
                    <Table.Td c="red.8">{lang === "en" ? e.message_en : e.message_ja}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {result.items.length > 0 && (
            <Table className="data-table" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t("transfers.row")}</Table.Th>
                  <Table.Th>{t("transfers.person")}</Table.Th>
                  <Table.Th>{t("transfers.to")}</Table.Th>
                  <Table.Th>{t("transfers.newTitle")}</Table.Th>
                  <Table.Th>{t("transfers.effectiveDate")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.items.map((i) => (
                  <Table.Tr key={i.row}>
                    <Table.Td className="num">{i.row}</Table.Td>
                    <Table.Td>{i.personName}</Table.Td>
                    <Table.Td>{i.toDepartmentName}</Table.Td>
                    <Table.Td>{i.newTitle ?? "—"}</Table.Td>
                    <Table.Td>
                      <DateText value={i.effectiveDate} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Stack>
  );
}

export default function Transfers() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"form" | "import" | null>(null);
  const query = useQuery({ queryKey: ["transfers"], queryFn: () => api.get("/api/transfers") });
  const rows = listOf<TransferBatch>(query.data);
  const done = (id?: string) => {
    setMode(null);
    if (id) navigate(`/org/transfers/${id}`);
  };
  return (
    <>
      <PageHeader
        title={t("transfers.title")}
        description={t("transfers.description")}
        actions={
          <Button onClick={() => setMode("form")} data-testid="transfer-new">
            {t("transfers.new")}
          </Button>
        }
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {rows.length === 0 ? (
            <Empty>{t("transfers.empty")}</Empty>
          ) : (
            <Table className="data-table" highlightOnHover data-testid="transfers-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("transfers.batchTitle")}</Table.Th>
                  <Table.Th>{t("transfers.effectiveDate")}</Table.Th>
                  <Table.Th className="num">{t("transfers.itemCount")}</Table.Th>
                  <Table.Th>{t("transfers.source")}</Table.Th>
                  <Table.Th>{t("roles.state")}</Table.Th>
                  <Table.Th>{t("transfers.createdAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((b) => (
                  <Table.Tr key={b.id} data-testid="transfer-row">
                    <Table.Td>
                      <Link href={`/org/transfers/${b.id}`}>{b.title}</Link>
                    </Table.Td>
                    <Table.Td>
                      <DateText value={b.effectiveDate} />
                    </Table.Td>
                    <Table.Td className="num">{b.itemCount}</Table.Td>
                    <Table.Td>
                      {b.source === "import"
                        ? `${t("transfers.fromFile")}${b.sourceFile ? `（${b.sourceFile}）` : ""}`
                        : t("transfers.fromForm")}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={b.status} />
                    </Table.Td>
                    <Table.Td>
                      <DateText value={b.createdAt} time />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </QueryState>
      <Modal opened={mode !== null} onClose={() => setMode(null)} title={t("transfers.new")} size={1000}>
        <Tabs value={mode ?? "form"} onChange={(v) => setMode(v === "import" ? "import" : "form")}>
          <Tabs.List mb="md">
            <Tabs.Tab value="form" data-testid="transfer-tab-form">
              {t("transfers.byForm")}
            </Tabs.Tab>
            <Tabs.Tab value="import" data-testid="transfer-tab-import">
              {t("transfers.byFile")}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="form">{mode === "form" && <TransferForm onDone={done} />}</Tabs.Panel>
          <Tabs.Panel value="import">{mode === "import" && <TransferImport onDone={done} />}</Tabs.Panel>
        </Tabs>
      </Modal>
    </>
  );
}
