import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { fiscalYear } from "../../../../common/calendar";
import { ASSURANCE_ANSWER_LABELS, ASSURANCE_SHEET_STATUS_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { AssuranceCampaign, InspectionScope } from "../../contract";
import { useActionForm } from "../../forms";
import { useLocation } from "../../router";
import { useTexts } from "./labels";
import { FiscalYear, Ratio, scopeTitle } from "./parts";
import { UnitSheets } from "./UnitSheets";

const ANSWERS = ["yes", "partial", "no", "na"] as const;

const CampaignValues = z.object({
  fiscalYear: z.number().int().min(2000).max(2100),
  scopeKey: z.string().min(1),
});

function NewCampaign({ scopes }: { scopes: InspectionScope[] }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (body: z.infer<typeof CampaignValues>) => api.post("/api/assurance/campaigns", { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assurance"] }),
  });
  const form = useActionForm(
    CampaignValues,
    { fiscalYear: fiscalYear(new Date()), scopeKey: scopes[0]?.key ?? "" },
    create.error,
  );
  return (
    <Card withBorder mb="md">
      <form {...form.formProps((v) => create.mutate(v))} data-testid="campaign-form">
        <Text fw={500} mb="xs">
          {tx("newCampaign")}
        </Text>
        <Group align="flex-start">
          <NumberInput
            label={tx("fiscalYear")}
            min={2000}
            max={2100}
            allowDecimal={false}
            required
            w={120}
            data-testid="campaign-year"
            {...form.getInputProps("fiscalYear")}
          />
          <Select
            label={tx("kind")}
            data={scopes.map((s) => ({ value: s.key, label: pick(s.title) }))}
            allowDeselect={false}
            required
            w={320}
            data-testid="campaign-scope"
            {...form.getInputProps("scopeKey")}
          />
          <Button type="submit" mt={25} loading={create.isPending} data-testid="campaign-create">
            {tx("create")}
          </Button>
        </Group>
        <ErrorAlert error={create.error} />
      </form>
    </Card>
  );
}

/** Progress per 局 or 課 and the answers per item of one campaign. */
function CampaignDetail({ campaign, manage }: { campaign: AssuranceCampaign; manage: boolean }) {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const [by, setBy] = useState<"bureau" | "department">("department");
  const [unit, setUnit] = useState<{ id: string; name: string } | null>(null);
  const progress = useQuery({
    queryKey: ["assurance", "progress", campaign.id, by],
    queryFn: () =>
      api.get("/api/assurance/campaigns/{id}/progress", { path: { id: campaign.id }, query: { by } }),
  });
  const summary = useQuery({
    queryKey: ["assurance", "summary", campaign.id],
    queryFn: () => api.get("/api/assurance/campaigns/{id}/summary", { path: { id: campaign.id } }),
  });
  const close = useMutation({
    mutationFn: () => api.post("/api/assurance/campaigns/{id}/close", { path: { id: campaign.id } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["assurance"] }),
  });
  return (
    <Stack mt="md" data-testid="campaign-detail">
      <Group justify="space-between">
        <SegmentedControl
          value={by}
          onChange={(v) => {
            setBy(v as "bureau" | "department");
            setUnit(null);
          }}
          data={[
            { value: "department", label: tx("byDepartment") },
            { value: "bureau", label: tx("byBureau") },
          ]}
        />
        <Group gap="xs">
          <Anchor href={`/api/assurance/campaigns/${campaign.id}/export?format=xlsx`} download size="sm">
            {tx("exportXlsx")}
          </Anchor>
          <Anchor href={`/api/assurance/campaigns/${campaign.id}/export?format=pdf`} download size="sm">
            {tx("exportPdf")}
          </Anchor>
          {manage && campaign.status === "open" && (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => close.mutate()}
              loading={close.isPending}
            >
              {tx("closeCampaign")}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={close.error} />
      <QueryState isLoading={progress.isLoading} error={progress.error}>
        <Table striped data-testid="campaign-progress">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx("unit")}</Table.Th>
              <Table.Th>{tx("submitted")}</Table.Th>
              <Table.Th>{tx("inProgress")}</Table.Th>
              <Table.Th>{tx("notStarted")}</Table.Th>
              <Table.Th>{tx("overdue")}</Table.Th>
              <Table.Th>{tx("late")}</Table.Th>
              <Table.Th>{tx("noAnswers")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(progress.data?.data.rows ?? []).map((r) => (
              <Table.Tr key={r.unit_id ?? "none"}>
                <Table.Td>
                  {r.unit_id ? (
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setUnit({ id: r.unit_id ?? "", name: r.unit_name ?? "—" })}
                      data-testid="progress-unit"
                    >
                      {r.unit_name ?? "—"}
                    </Anchor>
                  ) : (
                    "—"
                  )}
                </Table.Td>
                <Table.Td>
                  <Ratio done={r.submitted} total={r.sheets} label={tx("submitted")} />
                </Table.Td>
                <Table.Td>{r.in_progress}</Table.Td>
                <Table.Td>{r.not_started}</Table.Td>
                <Table.Td>{r.overdue}</Table.Td>
                <Table.Td>{r.late}</Table.Td>
                <Table.Td>{r.no_answers ?? 0}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
      {unit && <UnitSheets campaignId={campaign.id} by={by} unitId={unit.id} unitName={unit.name} />}
      <Text fw={500}>{tx("itemSummary")}</Text>
      <QueryState isLoading={summary.isLoading} error={summary.error}>
        <Table striped data-testid="campaign-summary">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx("question")}</Table.Th>
              {ANSWERS.map((v) => (
                <Table.Th key={v}>{lab(ASSURANCE_ANSWER_LABELS, v)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(summary.data?.data.items ?? []).map((i) => (
              <Table.Tr key={i.item_id}>
                <Table.Td>
                  <Text size="sm">{i.question}</Text>
                  <ClauseLink id={i.clause_id} />
                </Table.Td>
                <Table.Td>{i.yes}</Table.Td>
                <Table.Td>{i.partial}</Table.Td>
                <Table.Td>{i.no}</Table.Td>
                <Table.Td>{i.na}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
    </Stack>
  );
}

/** Campaigns per 年度 for the office, the 課長 / 局長 and the committee: /assurance/campaigns. */
export default function Campaigns() {
  const { tx, lab, pick } = useTexts();
  // A dashboard bar links here with ?campaign=&status=: that campaign opened on those sheets.
  const { search } = useLocation();
  const [selected, setSelected] = useState<string | null>(search.get("campaign"));
  const status = search.get("status") ?? undefined;
  const q = useQuery({
    queryKey: ["assurance", "campaigns"],
    queryFn: () => api.get("/api/assurance/campaigns"),
  });
  const campaigns = q.data?.data.campaigns ?? [];
  const scopes = q.data?.data.scopes ?? [];
  const manage = q.data?.policies.manage === true;
  const current = campaigns.find((c) => c.id === selected);
  return (
    <>
      <PageHeader title={tx("campaigns")} description={tx("campaignsHint")} />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {manage && scopes.length > 0 && <NewCampaign scopes={scopes} />}
        {campaigns.length === 0 ? (
          <Empty>{tx("noCampaigns")}</Empty>
        ) : (
          <Table striped highlightOnHover data-testid="campaigns">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx("fiscalYear")}</Table.Th>
                <Table.Th>{tx("campaign")}</Table.Th>
                <Table.Th>{tx("due")}</Table.Th>
                <Table.Th>{tx("submitted")}</Table.Th>
                <Table.Th>{tx("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {campaigns.map((c) => (
                <Table.Tr key={c.id} bg={c.id === selected ? "var(--mantine-color-blue-light)" : undefined}>
                  <Table.Td>
                    <FiscalYear year={c.fiscalYear} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setSelected(c.id)}
                      data-testid="campaign-open"
                    >
                      {scopeTitle(scopes, c.scopeKey, c.title, pick)}
                    </Anchor>
                    <div>
                      <ClauseLink id={c.clause} />
                    </div>
                  </Table.Td>
                  <Table.Td>
                    <DateText value={c.dueDate} />
                  </Table.Td>
                  <Table.Td>
                    <Ratio done={c.submitted} total={c.sheets} label={tx("submitted")} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{lab(ASSURANCE_SHEET_STATUS_LABELS, c.status)}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {current && status && (
          <UnitSheets
            campaignId={current.id}
            by="department"
            status={status}
            unitName={`${scopeTitle(scopes, current.scopeKey, current.title, pick)}・${lab(ASSURANCE_SHEET_STATUS_LABELS, status)}`}
          />
        )}
        {current && <CampaignDetail key={current.id} campaign={current} manage={manage} />}
      </QueryState>
    </>
  );
}
