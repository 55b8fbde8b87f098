import { Badge, Button, Card, Group, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { PersonPicker } from "../../components/pickers";
import { TextSubmit } from "../../components/TextSubmit";
import type { Violation } from "../../contract";
import { useActionForm } from "../../forms";

/** The server's limits (ViolationCreateReq, ViolationMeasuresReq, ViolationRightsReq). */
const required = (max: number) => z.string().trim().min(1).max(max);
const ReportValues = z.object({ personId: z.uuid(), description: required(4000) });
const MeasuresValues = z.object({ measures: required(4000) });
const RightsValues = z.object({ reason: required(2000) });
const LABELS = {
  personId: { ja: "違反した職員", en: "Person" },
  description: { ja: "違反の内容", en: "What happened" },
  measures: { ja: "措置", en: "Measures" },
  reason: { ja: "理由", en: "Reason" },
};

function useViolationAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (call: () => Promise<unknown>) => call(),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["violations"] }),
  });
}

/** Reports a violation: the person and what happened, both required. */
function ReportForm() {
  const { t } = useTranslation();
  const act = useViolationAction();
  const form = useActionForm<typeof ReportValues, { personId: string | null; description: string }>(
    ReportValues,
    { personId: null, description: "" },
    act.error,
    { labels: LABELS },
  );
  return (
    <Card withBorder mb="md" data-testid="violation-form">
      <form
        {...form.formProps((v) =>
          act.mutate(
            () =>
              api.post("/api/violations", {
                body: { personId: v.personId ?? "", description: v.description.trim() },
              }),
            { onSuccess: () => form.reset() },
          ),
        )}
      >
        <Stack gap="xs">
          <PersonPicker
            label={t("violations.person")}
            withAsterisk
            allowDeselect={false}
            data-testid="violation-person"
            {...form.getInputProps("personId")}
            value={form.values.personId}
          />
          <Textarea
            label={t("violations.description")}
            required
            autosize
            maxLength={4000}
            data-testid="violation-description"
            {...form.getInputProps("description")}
          />
          <ErrorAlert error={act.error} />
          <Group>
            <Button type="submit" loading={act.isPending} data-testid="violation-submit">
              {t("violations.new")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The measures taken for one violation. */
function MeasuresForm({ v }: { v: Violation }) {
  const { t } = useTranslation();
  const act = useViolationAction();
  const form = useActionForm(MeasuresValues, { measures: "" }, act.error, { labels: LABELS });
  return (
    <form
      {...form.formProps((x) =>
        act.mutate(
          () =>
            api.post("/api/violations/{id}/measures", {
              path: { id: v.id },
              body: { measures: x.measures.trim() },
            }),
          { onSuccess: () => form.reset() },
        ),
      )}
    >
      <TextSubmit
        variant="inline"
        field={form.getInputProps("measures")}
        ariaLabel={t("violations.measures")}
        maxLength={4000}
        testId="violation-measures"
        submit={{ label: t("incidents.save"), testId: "violation-measures-save", loading: act.isPending }}
      />
      <ErrorAlert error={act.error} />
    </form>
  );
}

/** Suspends, withdraws or restores the person's system rights, with a reason (as the profile allows). */
function RightsForm({ v }: { v: Violation }) {
  const { t } = useTranslation();
  const act = useViolationAction();
  const form = useActionForm(RightsValues, { reason: "" }, act.error, { labels: LABELS });
  const send = (action: "suspend" | "withdraw" | "restore") =>
    form.onSubmit((x) =>
      act.mutate(
        () =>
          api.post("/api/violations/{id}/rights", {
            path: { id: v.id },
            body: { action, reason: x.reason.trim() },
          }),
        { onSuccess: () => form.reset() },
      ),
    )();
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()}>
      <Group gap={4} mt={4} align="flex-start">
        <TextInput
          size="xs"
          placeholder={t("violations.reason")}
          aria-label={t("violations.reason")}
          required
          maxLength={2000}
          data-testid="violation-rights-reason"
          {...form.getInputProps("reason")}
        />
        {v.rightsAction === "none" ? (
          <>
            {v.policies.suspendRights && (
              <Button
                size="compact-xs"
                color="red"
                mt={4}
                onClick={() => send("suspend")}
                loading={act.isPending}
                data-testid="violation-suspend"
              >
                {t("violations.suspend")}
              </Button>
            )}
            {v.policies.withdrawRights && (
              <Button
                size="compact-xs"
                color="red"
                variant="outline"
                mt={4}
                onClick={() => send("withdraw")}
                loading={act.isPending}
                data-testid="violation-withdraw"
              >
                {t("violations.withdraw")}
              </Button>
            )}
          </>
        ) : (
          <Button
            size="compact-xs"
            variant="default"
            mt={4}
            onClick={() => send("restore")}
            loading={act.isPending}
            data-testid="violation-restore"
          >
            {t("violations.restore")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={act.error} />
    </form>
  );
}

/** 違反: report, notify the department manager, measures, suspension of system rights (as the profile allows). */
export default function Violations() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["violations"],
    queryFn: () => api.get("/api/violations"),
  });
  const act = useViolationAction();
  const items = query.data?.items ?? [];
  const rightsLabel = (r: string) =>
    r === "suspend"
      ? t("violations.rightsSuspend")
      : r === "withdraw"
        ? t("violations.rightsWithdraw")
        : t("violations.rightsNone");
  return (
    <>
      <PageHeader
        title={t("violations.title")}
        description={query.data?.clause ? <ClauseLink id={query.data.clause} /> : undefined}
      />
      <ErrorAlert error={act.error} />
      {query.data?.policies?.create && <ReportForm />}
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Empty>{t("violations.empty")}</Empty>
          ) : (
            <Table className="data-table" data-testid="violation-table">
              <Table.Tbody>
                {items.map((v) => (
                  <Table.Tr key={v.id} data-testid="violation-row">
                    <Table.Td>
                      <Text fw={600}>{v.person.name}</Text>
                      <Text size="sm">{v.description}</Text>
                      <Text size="xs" c="dimmed">
                        <DateText value={v.createdAt} time /> ・{v.reportedBy?.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {v.managerNotifiedAt ? (
                        <Text size="xs">
                          {t("violations.notified")}: {v.managersNotified.map((m) => m.name).join("、")}
                        </Text>
                      ) : (
                        v.policies.update && (
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() =>
                              act.mutate(() =>
                                api.post("/api/violations/{id}/notify-manager", {
                                  path: { id: v.id },
                                  body: {},
                                }),
                              )
                            }
                            data-testid="violation-notify"
                          >
                            {t("violations.notifyManager")}
                          </Button>
                        )
                      )}
                      <Text size="xs" mt={4}>
                        {t("violations.measures")}: {v.measures ?? "—"}
                      </Text>
                      {v.policies.update && <MeasuresForm v={v} />}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={v.rightsAction === "none" ? "gray" : "red"}
                        data-testid="violation-rights"
                      >
                        {t("violations.rights")}: {rightsLabel(v.rightsAction)}
                      </Badge>
                      {(v.policies.suspendRights || v.policies.withdrawRights) && <RightsForm v={v} />}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </QueryState>
    </>
  );
}
