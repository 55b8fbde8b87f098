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
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endOfJstDay, todayJst, toJstIsoString } from "../../../../common/calendar";
import { api } from "../../api";
import { useMe } from "../../auth";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { useConfirm } from "../../components/confirm";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { Deputy, PersonDetail } from "../../contract";
import { listOf, policiesOf, recordOf } from "../../hooks";
import { useLang } from "../../i18n";
import { hasOrgDuty } from "../../nav";
import { Link } from "../../router";

function DeputyForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const qc = useQueryClient();
  const [principal, setPrincipal] = useState<string | null>(null);
  const [deputy, setDeputy] = useState<string | null>(null);
  const [roleAssignmentId, setRoleAssignmentId] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState(todayJst());
  const [validTo, setValidTo] = useState("");
  const [reason, setReason] = useState("");
  const principalDetail = useQuery({
    queryKey: ["person", principal],
    queryFn: async () => recordOf<PersonDetail>(await api.get(`/api/people/${principal}`)),
    enabled: !!principal,
  });
  const roles = (principalDetail.data?.roleAssignments ?? []).filter((r) => r.current);
  const save = useMutation({
    mutationFn: () =>
      api.post("/api/deputies", {
        principalPersonId: principal,
        deputyPersonId: deputy,
        roleAssignmentId,
        // Whole days in Japan time: from the first day's start to the last day's end.
        validFrom: toJstIsoString(validFrom),
        validTo: toJstIsoString(endOfJstDay(validTo)),
        reason: reason.trim(),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["deputies"] });
      await qc.invalidateQueries({ queryKey: ["contact-network"] });
      onDone();
    },
  });
  const fieldError = useFieldError(save.error);
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
      noValidate
      data-testid="deputy-form"
    >
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        <PersonPicker
          label={t("deputies.principal")}
          value={principal}
          onChange={(v) => {
            setPrincipal(v);
            setRoleAssignmentId(null);
          }}
          error={fieldError("principalPersonId")}
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
          value={roleAssignmentId}
          onChange={setRoleAssignmentId}
          clearable
          placeholder={t("deputies.allRoles")}
          disabled={!principal}
          error={fieldError("roleAssignmentId")}
        />
        <PersonPicker
          label={t("deputies.deputy")}
          value={deputy}
          onChange={(v) => setDeputy(v)}
          error={fieldError("deputyPersonId")}
          required
          data-testid="deputy-person"
        />
        <Group grow>
          <DateField
            label={t("deputies.validFrom")}
            value={validFrom}
            onChange={(v) => setValidFrom(v ?? "")}
            error={fieldError("validFrom")}
            required
            data-testid="deputy-from"
          />
          <DateField
            label={t("deputies.validTo")}
            value={validTo}
            onChange={(v) => setValidTo(v ?? "")}
            error={fieldError("validTo")}
            required
            data-testid="deputy-to"
          />
        </Group>
        <Textarea
          label={t("deputies.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError("reason")}
          maxLength={500}
          autosize
          minRows={2}
          required
          data-testid="deputy-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!principal || !deputy || !validFrom || !validTo}
            data-testid="deputy-save"
          >
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
    queryFn: () => api.get("/api/deputies", { current: currentOnly ? "true" : undefined }),
  });
  const rows = listOf<Deputy>(query.data);
  const canCreate = policiesOf(query.data).create ?? hasOrgDuty(me.user, "manage_organization");
  const end = useMutation({
    mutationFn: (d: Deputy) => api.post(`/api/deputies/${d.id}/end`, {}),
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
