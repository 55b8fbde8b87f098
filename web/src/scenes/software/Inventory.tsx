import { Badge, Button, Card, FileInput, Group, Stack, Switch, Table, Tabs, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { useAuth } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import { useActionForm } from "../../forms";
import { ProductForm } from "./ProductForm";

const EOS_COLOR = { ok: "green", flagged: "red", unknown: "gray" } as const;

function Installations({ mine }: { mine: boolean }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ["software", "installations", mine],
    queryFn: () =>
      api.get("/api/software/installations", { query: { limit: 500, mine: mine ? "true" : undefined } }),
  });
  const rows = q.data?.data ?? [];
  return (
    <QueryState isLoading={q.isLoading} error={q.error}>
      <ExportLinks
        path="/api/software/installations/export"
        query={{ mine: mine ? "true" : undefined }}
        testId={mine ? "my-software-export" : "software-export"}
      />
      {rows.length === 0 ? (
        <Empty>{t("software.none")}</Empty>
      ) : (
        <Table striped data-testid={mine ? "my-software" : "software-inventory"}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("software.product")}</Table.Th>
              <Table.Th>{t("software.host")}</Table.Th>
              {!mine && <Table.Th>{t("software.department")}</Table.Th>}
              <Table.Th>{t("software.owner")}</Table.Th>
              <Table.Th>{t("software.endOfSupport")}</Table.Th>
              <Table.Th>{t("software.plannedEndOfUse")}</Table.Th>
              <Table.Th>{t("software.eosCheck")}</Table.Th>
              <Table.Th>{t("software.openMatches")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="software-row">
                <Table.Td>
                  {r.vendor} {r.product} {r.version} {r.edition}
                </Table.Td>
                <Table.Td>
                  {r.asset && !r.asset.hidden ? `${r.asset.number} ${r.asset.name}` : t("vuln.hiddenAsset")}
                </Table.Td>
                {!mine && <Table.Td>{r.departmentName ?? "—"}</Table.Td>}
                <Table.Td>{r.ownerName ?? "—"}</Table.Td>
                <Table.Td>{r.endOfSupport ? <DateText value={r.endOfSupport} /> : "—"}</Table.Td>
                <Table.Td>{r.plannedEndOfUse ? <DateText value={r.plannedEndOfUse} /> : "—"}</Table.Td>
                <Table.Td>
                  <Badge color={EOS_COLOR[r.eosStatus]}>{t(`software.eos.${r.eosStatus}`)}</Badge>
                  <div>
                    <ClauseLink id={r.eosClause} />
                  </div>
                </Table.Td>
                <Table.Td>{r.openMatches}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryState>
  );
}

const SheetValues = z.object({ file: z.file().nullable().pipe(z.file()), dryRun: z.boolean() });

/**
 * Upload of an inventory sheet: a dry run first, then the same file committed. On the app's one
 * form approach (useActionForm): the file is asked for at its field, and a sheet the server cannot
 * read (its field error "file") is shown there too.
 */
function ImportSheet() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const run = useMutation({
    mutationFn: (v: z.output<typeof SheetValues>) => {
      const body = new FormData();
      body.set("file", v.file);
      body.set("dryRun", v.dryRun ? "true" : "false");
      return api.post("/api/software/installations/import", { body });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["software"] }),
  });
  const form = useActionForm(SheetValues, { file: null, dryRun: true }, run.error);
  const r = run.data?.data;
  const en = i18n.language === "en";
  return (
    <Stack>
      <Text size="sm">{t("software.importHelp")}</Text>
      <form {...form.formProps((v) => run.mutate(SheetValues.parse(v)))} data-testid="inventory-import-form">
        <Group align="flex-start">
          <FileInput
            label={t("software.importFile")}
            accept=".xlsx,.csv"
            required
            w={320}
            data-testid="inventory-file"
            {...form.getInputProps("file")}
          />
          <Switch
            label={t("software.dryRun")}
            mt={32}
            data-testid="inventory-dry-run"
            {...form.getInputProps("dryRun", { type: "checkbox" })}
          />
          <Button type="submit" mt={25} loading={run.isPending} data-testid="inventory-import">
            {form.values.dryRun ? t("software.check") : t("software.commit")}
          </Button>
        </Group>
      </form>
      {run.error && <ErrorAlert error={run.error} />}
      {r && (
        <Card withBorder data-testid="inventory-result">
          <Text fw={600}>{r.dryRun ? t("software.dryRunResult") : t("software.committed")}</Text>
          <Text size="sm">
            {t("software.counts", {
              rows: r.rows,
              products: r.newProducts,
              installations: r.installations,
              unchanged: r.unchanged,
              flagged: r.flagged,
            })}
          </Text>
          {!r.dryRun && <Text size="sm">{t("software.matched", { count: r.matches })}</Text>}
          {r.errors.length > 0 && (
            <Table mt="sm" data-testid="inventory-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("software.row")}</Table.Th>
                  <Table.Th>{t("software.column")}</Table.Th>
                  <Table.Th>{t("software.error")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.errors.map((e) => (
                  <Table.Tr key={`${e.row}-${e.column}-${e.message_en}`}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td>{e.column}</Table.Td>
                    <Table.Td>{en ? e.message_en : e.message_ja}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
    </Stack>
  );
}

/** ソフトウェア台帳: my software (owner), the inventory I may see, and the sheet import for keepers. */
export default function Inventory() {
  const { t } = useTranslation();
  const { me } = useAuth();
  // the server's rule (software access.ts canKeepCatalog), sent in auth/me
  const keeper = me?.user.policies?.keepSoftwareCatalog === true;
  return (
    <>
      <PageHeader title={t("software.title_page")} description={t("software.description")} />
      <Tabs defaultValue="mine" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="mine" data-testid="tab-my-software">
            {t("software.tabs.mine")}
          </Tabs.Tab>
          <Tabs.Tab value="all" data-testid="tab-inventory">
            {t("software.tabs.all")}
          </Tabs.Tab>
          {keeper && (
            <Tabs.Tab value="import" data-testid="tab-inventory-import">
              {t("software.tabs.import")}
            </Tabs.Tab>
          )}
          {keeper && (
            <Tabs.Tab value="product" data-testid="tab-product">
              {t("software.tabs.product")}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="mine" pt="md">
          <Installations mine />
        </Tabs.Panel>
        <Tabs.Panel value="all" pt="md">
          <Installations mine={false} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportSheet />
        </Tabs.Panel>
        <Tabs.Panel value="product" pt="md">
          <ProductForm />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
