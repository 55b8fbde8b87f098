import { Badge, Button, Card, Group, Modal, SegmentedControl, Stack, Table, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { todayJst } from "../../../../common/calendar";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { Separation } from "../../contract";
import { useActionForm } from "../../forms";
import { recordOf } from "../../hooks";
import { useLang } from "../../i18n";
import { Link, navigate } from "../../router";

type Status = Separation["status"];

export function SeparationStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  const color = status === "applied" ? "teal" : status === "cancelled" ? "gray" : "blue";
  return (
    <Badge color={color} variant="light" data-testid="separation-status">
      {t(`separations.status.${status}`)}
    </Badge>
  );
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** What the browser can check; the server checks the rest (an inactive person, one already planned). */
const Values = z
  .object({
    personId: z.string().uuid(),
    kind: z.enum(["leave", "retirement"]),
    effectiveDate: IsoDate,
    expectedReturn: z.union([IsoDate, z.literal("")]),
    note: z.string().trim().max(1000),
  })
  .refine((v) => v.kind === "leave" || v.expectedReturn === "", {
    path: ["expectedReturn"],
    message: "retirement has no return",
  })
  .refine((v) => v.expectedReturn === "" || v.expectedReturn > v.effectiveDate, {
    path: ["expectedReturn"],
    message: "return after the effective date",
  });
type V = z.infer<typeof Values>;

function SeparationForm({ onDone }: { onDone(id?: string): void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: async (v: V) =>
      recordOf<Separation>(
        await api.post("/api/separations", {
          body: {
            personId: v.personId,
            kind: v.kind,
            effectiveDate: v.effectiveDate,
            expectedReturn: v.kind === "leave" && v.expectedReturn ? v.expectedReturn : null,
            note: v.note.trim() || null,
          },
        }),
      ),
    onSuccess: async (s) => {
      await qc.invalidateQueries({ queryKey: ["separations"] });
      onDone(s.id);
    },
  });
  const form = useActionForm(
    Values,
    { personId: "", kind: "leave", effectiveDate: todayJst(), expectedReturn: "", note: "" },
    save.error,
    {
      // The two cross-field rules say it in the user's words, not zod's.
      refine: (errors, values) =>
        errors.expectedReturn
          ? {
              ...errors,
              expectedReturn:
                values.kind === "retirement"
                  ? t("separations.noReturnForRetirement")
                  : t("separations.returnAfter"),
            }
          : errors,
    },
  );
  return (
    <form {...form.formProps((v) => save.mutate(v))} data-testid="separation-form">
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        <PersonPicker
          label={t("separations.person")}
          required
          value={form.values.personId || null}
          onChange={(id) => form.setFieldValue("personId", id ?? "")}
          error={form.errors.personId}
          data-testid="separation-person"
        />
        <SegmentedControl
          aria-label={t("separations.kind")}
          data={[
            { value: "leave", label: t("separations.kinds.leave") },
            { value: "retirement", label: t("separations.kinds.retirement") },
          ]}
          {...form.getInputProps("kind")}
          data-testid="separation-kind"
        />
        <Group grow align="flex-start">
          <DateField
            label={t("separations.effectiveDate")}
            description={t("separations.effectiveDateHelp")}
            required
            value={form.values.effectiveDate || null}
            onChange={(d) => form.setFieldValue("effectiveDate", d ?? "")}
            error={form.errors.effectiveDate}
            data-testid="separation-date"
          />
          {form.values.kind === "leave" && (
            <DateField
              label={t("separations.expectedReturn")}
              value={form.values.expectedReturn || null}
              onChange={(d) => form.setFieldValue("expectedReturn", d ?? "")}
              error={form.errors.expectedReturn}
              data-testid="separation-return"
            />
          )}
        </Group>
        <Textarea
          label={t("separations.note")}
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps("note")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="separation-save">
            {t("separations.savePlanned")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /org/separations: planned, applied and cancelled leaves and retirements. */
export default function Separations() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [adding, setAdding] = useState(false);
  const query = useQuery({
    queryKey: ["separations"],
    queryFn: () => api.get("/api/separations"),
  });
  const rows = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t("separations.title")}
        description={t("separations.description")}
        actions={
          <Button onClick={() => setAdding(true)} data-testid="separation-new">
            {t("separations.new")}
          </Button>
        }
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Card withBorder padding={0}>
          {rows.length === 0 ? (
            <Empty>{t("separations.empty")}</Empty>
          ) : (
            <Table className="data-table" highlightOnHover data-testid="separations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("separations.person")}</Table.Th>
                  <Table.Th>{t("separations.kind")}</Table.Th>
                  <Table.Th>{t("separations.effectiveDate")}</Table.Th>
                  <Table.Th>{t("roles.state")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((s) => (
                  <Table.Tr key={s.id} data-testid="separation-row">
                    <Table.Td>
                      <Link href={`/org/separations/${s.id}`}>{s.personName ?? "—"}</Link>
                    </Table.Td>
                    <Table.Td>{pick(s.kindLabel)}</Table.Td>
                    <Table.Td>
                      <DateText value={s.effectiveDate} />
                    </Table.Td>
                    <Table.Td>
                      <SeparationStatus status={s.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </QueryState>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t("separations.new")} size="lg">
        {adding && (
          <SeparationForm
            onDone={(id) => {
              setAdding(false);
              if (id) navigate(`/org/separations/${id}`);
            }}
          />
        )}
      </Modal>
    </>
  );
}
