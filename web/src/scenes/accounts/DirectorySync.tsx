import {
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import {
  CHANGE_KIND,
  CONFIG_LABEL,
  COUNT_LABEL,
  FIELD_LABEL,
  RUN_STATUS,
  useSyncTexts,
} from "./directory-sync-labels";

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const shown = (v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : typeof v === "boolean" ? (v ? "○" : "×") : String(v);

/** One run: counts, department changes, a page of people's differences by kind, errors, apply. */
function RunDetail({ id, mayApply }: { id: string; mayApply: boolean }) {
  const { tx, lab, pick } = useSyncTexts();
  const qc = useQueryClient();
  const [kind, setKind] = useState("all");
  const [confirm, setConfirm] = useState(false);
  const run = useQuery({
    queryKey: ["directory-sync", "run", id, kind],
    queryFn: () =>
      api.get("/api/accounts/directory-sync/runs/{id}", {
        path: { id },
        query: kind === "all" ? { limit: 200 } : { kind, limit: 200 },
      }),
  });
  const apply = useMutation({
    mutationFn: () =>
      api.post("/api/accounts/directory-sync/runs/{id}/apply", {
        path: { id },
        body: confirm ? { confirmMassDisable: true } : {},
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["directory-sync"] }),
  });
  const r = run.data;
  return (
    <QueryState isLoading={run.isLoading} error={run.error}>
      {r && (
        <Stack gap="sm" data-testid="directory-sync-run">
          <Group gap="xs">
            <Badge variant="light">{lab(RUN_STATUS, r.status)}</Badge>
            <Text size="sm">
              {tx("createdAt")}: <DateText value={r.createdAt} time />
            </Text>
            {r.appliedAt && (
              <Text size="sm">
                {tx("appliedAt")}: <DateText value={r.appliedAt} time />
              </Text>
            )}
          </Group>
          {r.failure && (
            <Text c="red" size="sm">
              {pick({ ja: r.failure.message_ja, en: r.failure.message_en })}
            </Text>
          )}
          <Group gap="xs">
            {Object.entries(r.counts)
              .filter(([, n]) => n > 0)
              .map(([k, n]) => (
                <Badge
                  key={k}
                  variant="outline"
                  color={k === "errors" ? "red" : k === "disabled" || k === "removed" ? "orange" : "blue"}
                >
                  {lab(COUNT_LABEL, k)} {n}
                </Badge>
              ))}
          </Group>
          <Text size="sm" c={r.disable.needsConfirmation ? "red" : "dimmed"}>
            {tx("disableShare", { n: r.disable.count, share: percent(r.disable.share) })}
          </Text>
          {r.departments.length > 0 && (
            <>
              <Title order={4} size="h5">
                {tx("departments")}
              </Title>
              <Table striped>
                <Table.Tbody>
                  {r.departments.map((d) => (
                    <Table.Tr key={d.dn}>
                      <Table.Td>{lab(CHANGE_KIND, d.kind)}</Table.Td>
                      <Table.Td>{d.name}</Table.Td>
                      <Table.Td>{d.from ? `${tx("from")}: ${d.from}` : tx("none")}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          <Title order={4} size="h5">
            {tx("people")}
          </Title>
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={setKind}
            data={[
              { value: "all", label: tx("all") },
              ...["new", "changed", "moved", "disabled", "removed", "enabled", "linked"].map((k) => ({
                value: k,
                label: lab(CHANGE_KIND, k),
              })),
            ]}
          />
          {r.changes.items.length === 0 ? (
            <Empty>{tx("none")}</Empty>
          ) : (
            <>
              <Text size="xs" c="dimmed">
                {tx("shown", { n: r.changes.items.length, total: r.changes.total })}
              </Text>
              <Table striped data-testid="directory-sync-changes">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("kind")}</Table.Th>
                    <Table.Th>{tx("employeeNumber")}</Table.Th>
                    <Table.Th>{tx("name")}</Table.Th>
                    <Table.Th>{tx("details")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.changes.items.map((p) => (
                    <Table.Tr key={`${p.employeeNumber}-${p.kind}`}>
                      <Table.Td>{lab(CHANGE_KIND, p.kind)}</Table.Td>
                      <Table.Td>{p.employeeNumber}</Table.Td>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>
                        {Object.entries(p.changes).map(([f, c]) => (
                          <Text key={f} size="xs">
                            {lab(FIELD_LABEL, f)}: {shown(c.from)} → {shown(c.to)}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          {r.errors.total > 0 && (
            <>
              <Title order={4} size="h5" c="red">
                {tx("errors")} ({r.errors.total})
              </Title>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("entry")}</Table.Th>
                    <Table.Th>{tx("attribute")}</Table.Th>
                    <Table.Th>{tx("message")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.errors.items.map((e) => (
                    <Table.Tr key={`${e.dn}-${e.attribute ?? ""}-${e.code}`}>
                      <Table.Td>
                        <Code>{e.dn}</Code>
                      </Table.Td>
                      <Table.Td>{e.attribute ?? tx("none")}</Table.Td>
                      <Table.Td>{pick({ ja: e.message_ja, en: e.message_en })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          {r.status === "previewed" && mayApply && r.policies.apply && (
            <Stack gap="xs">
              {r.disable.needsConfirmation && (
                <Checkbox
                  checked={confirm}
                  onChange={(e) => setConfirm(e.currentTarget.checked)}
                  label={tx("confirmMass", { share: percent(r.disable.share) })}
                />
              )}
              <Group>
                <Button
                  onClick={() => apply.mutate()}
                  loading={apply.isPending}
                  disabled={r.disable.needsConfirmation && !confirm}
                  data-testid="directory-sync-apply"
                >
                  {tx("apply")}
                </Button>
              </Group>
              <ErrorAlert error={apply.error} />
            </Stack>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** /accounts/directory-sync — settings, dry runs and their approval, who was disabled or moved. */
export default function DirectorySync() {
  const { tx, lab } = useSyncTexts();
  const qc = useQueryClient();
  const [chosen, setChosen] = useState<string | null>(null);
  const overview = useQuery({
    queryKey: ["directory-sync"],
    queryFn: () => api.get("/api/accounts/directory-sync"),
  });
  const preview = useMutation({
    mutationFn: () => api.post("/api/accounts/directory-sync/preview", { body: {} }),
    onSuccess: (run) => {
      setChosen(run.id);
      qc.invalidateQueries({ queryKey: ["directory-sync"] });
    },
  });
  const o = overview.data;
  const current = chosen ?? o?.runs[0]?.id ?? null;
  return (
    <>
      <PageHeader title={tx("title")} description={tx("hint")} />
      <QueryState isLoading={overview.isLoading} error={overview.error}>
        {o && (
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={3} size="h4">
                {tx("settings")}
              </Title>
              <Text size="sm" c="dimmed">
                {tx("settingsHint")}
              </Text>
              {o.config ? (
                <Table data-testid="directory-sync-config">
                  <Table.Tbody>
                    {Object.entries(o.config).map(([k, v]) => (
                      <Table.Tr key={k}>
                        <Table.Th>{lab(CONFIG_LABEL, k)}</Table.Th>
                        <Table.Td>
                          <Code>
                            {k === "maxDisableShare" && typeof v === "number"
                              ? percent(v)
                              : typeof v === "object" && v
                                ? Object.entries(v)
                                    .map(([a, b]) => `${lab(FIELD_LABEL, a)}=${shown(b)}`)
                                    .join(", ")
                                : shown(v)}
                          </Code>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm">{tx("notConfigured")}</Text>
              )}
              {o.configured && o.policies.preview && (
                <Group>
                  <Button
                    onClick={() => preview.mutate()}
                    loading={preview.isPending}
                    data-testid="directory-sync-preview"
                  >
                    {tx("dryRun")}
                  </Button>
                </Group>
              )}
              <ErrorAlert error={preview.error} />
            </Stack>
            <Title order={3} size="h4">
              {tx("runs")}
            </Title>
            {o.runs.length === 0 ? (
              <Empty>{tx("noRuns")}</Empty>
            ) : (
              <Table striped data-testid="directory-sync-runs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx("createdAt")}</Table.Th>
                    <Table.Th>{tx("by")}</Table.Th>
                    <Table.Th>{tx("status")}</Table.Th>
                    <Table.Th>{tx("appliedAt")}</Table.Th>
                    <Table.Th>{tx("show")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.runs.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <DateText value={r.createdAt} time />
                      </Table.Td>
                      <Table.Td>{r.byJob ? tx("byJob") : tx("byHand")}</Table.Td>
                      <Table.Td>{lab(RUN_STATUS, r.status)}</Table.Td>
                      <Table.Td>{r.appliedAt ? <DateText value={r.appliedAt} time /> : tx("none")}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant={current === r.id ? "filled" : "subtle"}
                          onClick={() => setChosen(r.id)}
                        >
                          {tx("show")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {current && <RunDetail id={current} mayApply={o.policies.apply === true} />}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
