import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { endOfJstDay, todayJst, toJstIsoString } from "../../../../common/calendar";
import { api } from "../../api";
import { useMe } from "../../auth";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { Deputy, PersonDetail } from "../../contract";
import { useActionForm } from "../../forms";
import { listOf, recordOf } from "../../hooks";
import { useLang } from "../../i18n";
import { Link } from "../../router";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** What the browser can check; the server checks the rest (a deputy who is the principal, overlaps). */
const Values = z
  .object({
    principalPersonId: z.string().uuid(),
    deputyPersonId: z.string().uuid(),
    roleAssignmentId: z.string().nullable(),
    validFrom: IsoDate,
    validTo: IsoDate,
    reason: z.string().trim().min(1).max(500),
  })
  .refine((v) => v.validTo >= v.validFrom, { path: ["validTo"], message: "to before from" });
type V = z.infer<typeof Values>;

function DeputyForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: V) =>
      api.post("/api/deputies", {
        body: {
          principalPersonId: v.principalPersonId,
          deputyPersonId: v.deputyPersonId,
          roleAssignmentId: v.roleAssignmentId,
          // Whole days in Japan time: from the first day's start to the last day's end.
          validFrom: toJstIsoString(v.validFrom),
          validTo: toJstIsoString(endOfJstDay(v.validTo)),
          reason: v.reason.trim(),
        },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["deputies"] });
      await qc.invalidateQueries({ queryKey: ["contact-network"] });
      onDone();
    },
  });
  const form = useActionForm(
    Values,
    {
      principalPersonId: "",
      deputyPersonId: "",
      roleAssignmentId: null,
      validFrom: todayJst(),
      validTo: "",
      reason: "",
    },
    save.error,
    {
      // The cross-field rule in the user's words, not zod's.
      refine: (errors, values) =>
        errors.validTo && values.validTo ? { ...errors, validTo: t("deputies.toAfterFrom") } : errors,
    },
  );
  const principal = form.values.principalPersonId || null;
  const principalDetail = useQuery({
    queryKey: ["person", principal],
    queryFn: async () =>
      recordOf<PersonDetail>(await api.get("/api/people/{id}", { path: { id: principal ?? "" } })),
    enabled: !!principal,
  });
  const roles = (principalDetail.data?.roleAssignments ?? []).filter((r) => r.current);
  return (
    <form {...form.formProps((v) => save.mutate(v))} data-testid="deputy-form">
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        <PersonPicker
          label={t("deputies.principal")}
          value={principal}
          onChange={(v) => {
            form.setFieldValue("principalPersonId", v ?? "");
            form.setFieldValue("roleAssignmentId", null);
          }}
          error={form.errors.principalPersonId}
          required
          data-testid="deputy-principal"
        />
        <Select
          label={t("deputies.role")}
          description={t("deputies.roleHelp")}
          data={roles.map((r) => ({
            value: r.id,
            label: `${pick(r.roleTitle)}${r.scopeDepartmentName ? `（${r.scopeDepartmentName}）` : ""}`,
          }))}
          clearable
          allowDeselect={false}
          placeholder={t("deputies.allRoles")}
          disabled={!principal}
          {...form.getInputProps("roleAssignmentId")}
        />
        <PersonPicker
          label={t("deputies.deputy")}
          value={form.values.deputyPersonId || null}
          onChange={(v) => form.setFieldValue("deputyPersonId", v ?? "")}
          error={form.errors.deputyPersonId}
          required
          data-testid="deputy-person"
        />
        <Group grow align="flex-start">
          <DateField
            label={t("deputies.validFrom")}
            value={form.values.validFrom || null}
            onChange={(v) => form.setFieldValue("validFrom", v ?? "")}
            error={form.errors.validFrom}
            required
            data-testid="deputy-from"
          />
          <DateField
            label={t("deputies.validTo")}
            value={form.values.validTo || null}
            onChange={(v) => form.setFieldValue("validTo", v ?? "")}
            error={form.errors.validTo}
            required
            data-testid="deputy-to"
          />
        </Group>
        <Textarea
          label={t("deputies.reason")}
          maxLength={500}
          autosize
          minRows={2}
          required
          data-testid="deputy-reason"
          {...form.getInputProps("reason")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="deputy-save">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function Deputies() {
  const { t } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const { pick } = useLang();
  const me = useMe();
  const qc = useQueryClient();
  const [currentOnly, setCurrentOnly] = useState(true);
  const [adding, setAdding] = useState(false);
  const query = useQuery({
    queryKey: ["deputies", { currentOnly }],
    queryFn: () => api.get("/api/deputies", { query: { current: currentOnly ? "true" : undefined } }),
  });
  const rows = listOf<Deputy>(query.data);
  // The server decides (org/access.ts, sent as an app policy by GET /api/auth/me).
  const canCreate = me.user.policies?.recordDeputies === true;
  const end = useMutation({
    mutationFn: (d: Deputy) => api.post("/api/deputies/{id}/end", { path: { id: d.id } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["deputies"] });
      await qc.invalidateQueries({ queryKey: ["contact-network"] });
    },
  });

  return (
    <>
      {confirmDialog}
      <PageHeader
        title={t("deputies.title")}
        description={t("deputies.description")}
        actions={
          canCreate && (
            <Button onClick={() => setAdding(true)} data-testid="deputy-new">
              {t("deputies.new")}
            </Button>
          )
        }
      />
      <Group mb="sm">
        <Switch
          label={t("deputies.currentOnly")}
          checked={currentOnly}
          onChange={(e) => setCurrentOnly(e.currentTarget.checked)}
        />
      </Group>
      <ErrorAlert error={end.error} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {rows.length === 0 ? (
            <Empty>{t("deputies.empty")}</Empty>
          ) : (
            <Table className="data-table" highlightOnHover data-testid="deputies-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("deputies.principal")}</Table.Th>
                  <Table.Th>{t("deputies.deputy")}</Table.Th>
                  <Table.Th>{t("deputies.role")}</Table.Th>
                  <Table.Th>{t("deputies.period")}</Table.Th>
                  <Table.Th>{t("deputies.reason")}</Table.Th>
                  <Table.Th>{t("roles.state")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((d) => (
                  <Table.Tr key={d.id} data-testid="deputy-row">
                    <Table.Td>
                      <Link href={`/org/people/${d.principalPersonId}`}>{d.principalName ?? "—"}</Link>
                    </Table.Td>
                    <Table.Td>
                      <Link href={`/org/people/${d.deputyPersonId}`}>{d.deputyName ?? "—"}</Link>
                    </Table.Td>
                    <Table.Td>{d.roleTitle ? pick(d.roleTitle) : t("deputies.allRoles")}</Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        <DateText value={d.validFrom} /> 〜 <DateText value={d.validTo} />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{d.reason ?? "—"}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={d.current ? "teal" : "gray"} variant="light">
                        {d.current ? t("deputies.current") : t("deputies.notCurrent")}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      {d.policies?.end && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() =>
                            void confirm({ message: t("deputies.confirmEnd") }).then(
                              (ok) => ok && end.mutate(d),
                            )
                          }
                          data-testid="deputy-end"
                        >
                          {t("deputies.end")}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </QueryState>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t("deputies.new")} size="md">
        {adding && <DeputyForm onDone={() => setAdding(false)} />}
      </Modal>
    </>
  );
}
