import { Anchor, Button, Card, Group, Select, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { fromJstLocalInput, toJstLocalInput } from "../../../../common/calendar";
import { api, withQuery } from "../../api";
import { useAuth } from "../../auth";
import { ClauseLink } from "../../components/Clause";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { DateField } from "../../components/DateField";
import type { CarryOutRow, RegisterEntry } from "../../contract";
import { useActionForm } from "../../forms";
import { useLang } from "../../i18n";
import { navigate, setSearchParams, useLocation } from "../../router";
import { EntryForm, FORMS } from "./EntryForm";
import { CarryOutTable, EntryTable } from "./RegisterTable";

/** A register's rows: the carry-out log (kept by requests) has its own shape. */
type Rows = { kind: "carry_out"; rows: CarryOutRow[] } | { kind: "entries"; rows: RegisterEntry[] };

/** The note of a data handover's confirmation (the server's Opt(1000)). */
const NoteValues = z.object({ data: z.object({ note: z.string().trim().max(1000) }) });

const CLOSE_TYPES: Record<string, string> = {
  area_access_log: "out",
  media_loan_log: "return",
  work_log: "confirm",
  data_handover_log: "confirm",
};
/** `?state=` of GET /api/registers/{register}, per register (the dashboard links to these). */
const STATES: Record<string, string[]> = {
  media_loan_log: ["open", "overdue"],
  area_access_log: ["open"],
  work_log: ["open", "to_confirm"],
  data_handover_log: ["open"],
};
const STATE_LABEL: Record<string, string> = {
  open: "stateOpen",
  overdue: "stateOverdue",
  to_confirm: "stateToConfirm",
};
const nowIso = () => fromJstLocalInput(toJstLocalInput(new Date())) as string;

export default function Registers({ params }: { params: { register?: string } }) {
  const { pick } = useLang();
  const { t: tr } = useTranslation();
  const t = (k: string) => tr(`registers.${k}`);
  const qc = useQueryClient();
  const register = params.register ?? "carry_out_log";
  // The filters live in the URL (`?from=&to=&state=`): the dashboard's links land on exactly the
  // entries they count, links are shareable, and Back returns to the previous filter.
  const { search } = useLocation();
  const from = search.get("from") ?? "";
  const to = search.get("to") ?? "";
  const stateParam = search.get("state") ?? "";
  const state = (STATES[register] ?? []).includes(stateParam) ? stateParam : "";
  const setFrom = (v: string) => setSearchParams({ from: v });
  const setTo = (v: string) => setSearchParams({ to: v });
  const { me } = useAuth();
  const list = useQuery({
    queryKey: ["registers"],
    queryFn: () => api.get("/api/registers"),
  });
  const entries = useQuery({
    queryKey: ["register", register, from, to, state],
    queryFn: async (): Promise<Rows> => {
      const res = await api.get("/api/registers/{register}", {
        path: { register },
        query: { from: from || undefined, to: to || undefined, state: state || undefined },
      });
      // The route answers the carry-out log's rows for carry_out_log, register entries otherwise.
      return register === "carry_out_log"
        ? { kind: "carry_out", rows: res.data as CarryOutRow[] }
        : { kind: "entries", rows: res.data as RegisterEntry[] };
    },
  });
  const unreturned = useQuery({
    queryKey: ["register-unreturned"],
    queryFn: () => api.get("/api/registers/media_loan_log/unreturned"),
    enabled: register === "media_loan_log",
  });
  const refresh = () => {
    qc.invalidateQueries({ queryKey: ["register"] });
    qc.invalidateQueries({ queryKey: ["register-unreturned"] });
  };
  // Closing an entry (退室・返却・確認): a row's button; a data handover's confirmation may say how
  // the other side confirmed it (受領書等, data.note).
  const close = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post("/api/registers/{register}", { path: { register }, body }),
    onSuccess: () => {
      note.reset();
      refresh();
    },
  });
  const note = useActionForm(NoteValues, { data: { note: "" } }, close.error, {
    labels: { note: { ja: "確認の方法", en: "How it was confirmed" } },
  });
  const meta = (list.data?.data ?? []).find((r) => r.key === register);
  const form = FORMS[register];
  // The profile's rules on this register (registers.required_fields): a rule without a question
  // (asset or method only) is decided by the server; one with a question makes its fields required
  // on this form when it is answered yes.
  const rules = meta?.requiredFields ?? [];
  const closeType = CLOSE_TYPES[register];
  const mayClose = register !== "data_handover_log" || meta?.confirmedByReceiver === true;
  const rows = entries.data;
  const exportHref = (format: string) =>
    withQuery(`/api/registers/${register}/export`, {
      format,
      from: from || undefined,
      to: to || undefined,
      state: state || undefined,
    });

  return (
    <>
      <PageHeader
        title={`${t("title")}${meta ? `：${pick(meta.title)}` : ""}`}
        description={meta?.clause ? <ClauseLink id={meta.clause} /> : undefined}
        actions={
          <Group gap="xs">
            <Anchor href={exportHref("xlsx")} data-testid="register-export-xlsx">
              Excel
            </Anchor>
            <Anchor href={exportHref("pdf")} data-testid="register-export-pdf">
              PDF
            </Anchor>
            <Button size="xs" variant="default" onClick={() => window.print()} data-testid="register-print">
              {t("print")}
            </Button>
          </Group>
        }
      />
      <Group mb="sm" align="flex-end">
        <Select
          data={(list.data?.data ?? []).map((r) => ({ value: r.key, label: pick(r.title) }))}
          value={register}
          onChange={(v) => v && navigate(withQuery(`/registers/${v}`, { from, to }))}
          aria-label={t("title")}
          data-testid="register-select"
        />
        <DateField
          label={t("from")}
          value={from || null}
          onChange={(v) => setFrom(v ?? "")}
          description={null}
        />
        <DateField label={t("to")} value={to || null} onChange={(v) => setTo(v ?? "")} description={null} />
        {STATES[register] && (
          <Select
            label={t("state")}
            data={[
              { value: "all", label: t("stateAll") },
              ...STATES[register].map((s) => ({ value: s, label: t(STATE_LABEL[s]) })),
            ]}
            value={state || "all"}
            onChange={(v) => setSearchParams({ state: v && v !== "all" ? v : null })}
            allowDeselect={false}
            w={280}
            data-testid="register-state"
          />
        )}
      </Group>

      {form && (
        <EntryForm
          key={register}
          register={register}
          form={form}
          rules={rules}
          me={{ id: me?.user.personId ?? null, name: me?.user.name }}
          occurredAt={nowIso}
          onSaved={refresh}
        />
      )}

      {register === "media_loan_log" && (unreturned.data?.data ?? []).length > 0 && (
        <Card withBorder mb="md">
          <Text fw={600}>{t("unreturned")}</Text>
          {(unreturned.data?.data ?? []).map((u) => (
            <Text size="sm" key={u.id} c={u.overdue ? "red" : undefined}>
              {u.asset_label} — {u.person_name} — <DateText value={u.due_at} time />
            </Text>
          ))}
        </Card>
      )}

      {register === "data_handover_log" && mayClose && (
        <TextInput
          mb="sm"
          label={t("confirmNote")}
          maxLength={1000}
          data-testid="register-confirm-note"
          {...note.getInputProps("data.note")}
        />
      )}
      <ErrorAlert error={close.error} />
      <QueryState isLoading={entries.isLoading} error={entries.error}>
        <Card withBorder padding={0}>
          {!rows || rows.rows.length === 0 ? (
            <Empty>{t("none")}</Empty>
          ) : rows.kind === "carry_out" ? (
            <CarryOutTable rows={rows.rows} />
          ) : (
            <EntryTable
              register={register}
              rows={rows.rows}
              columns={meta?.columns ?? []}
              closing={close.isPending}
              onClose={
                closeType && mayClose
                  ? (id) =>
                      note.onSubmit((v) => {
                        const text = v.data.note.trim();
                        close.mutate({
                          entryType: closeType,
                          occurredAt: nowIso(),
                          closesId: id,
                          data: register === "data_handover_log" && text ? { note: text } : {},
                        });
                      })()
                  : undefined
              }
              unclosedLabel={register === "data_handover_log" ? t("unconfirmed") : undefined}
              closeLabel={register === "data_handover_log" ? t("confirmHandover") : undefined}
              closedLabel={register === "data_handover_log" ? t("confirmed") : undefined}
            />
          )}
        </Card>
      </QueryState>
    </>
  );
}
