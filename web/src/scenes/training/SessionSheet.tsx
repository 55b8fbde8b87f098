import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, Empty, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { departmentOptions, useDepartments } from "../../hooks";
import { useTexts } from "./labels";

/** The session's check-in QR code: shown (and printed) at the venue; a person scans it and checks in. */
function QrBox({ sessionId }: { sessionId: string }) {
  const { tx } = useTexts();
  const qr = useQuery({
    queryKey: ["training", "qr", sessionId],
    queryFn: () => api.get("/api/training/sessions/{id}/qr", { path: { id: sessionId } }),
  });
  const d = qr.data?.data;
  if (!d) return null;
  return (
    <Card withBorder data-testid="session-qr">
      <Group align="flex-start">
        <img src={d.qr} alt={tx("qrAlt")} width={200} height={200} />
        <Stack gap="xs" maw={480}>
          <Title order={3} size="h5">
            {tx("qrTitle")}
          </Title>
          <Text size="sm">{tx("qrHint")}</Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
            {d.url}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

function ImportBox({ sessionId }: { sessionId: string }) {
  const { tx, lang } = useTexts();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: (mode: "check" | "commit" | "valid") => {
      const form = new FormData();
      form.append("file", file as File);
      form.append("dryRun", mode === "check" ? "true" : "false");
      if (mode === "valid") form.append("commitValidRows", "true");
      return api.post("/api/training/sessions/{id}/attendance/import", {
        path: { id: sessionId },
        body: form,
      });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["training"] }),
  });
  const r = run.data?.data;
  return (
    <Card withBorder className="no-print">
      <Stack>
        <Title order={3} size="h5">
          {tx("importTitle")}
        </Title>
        <FileInput label={tx("importFile")} accept=".xlsx,.csv" value={file} onChange={setFile} clearable />
        <Group>
          <Button
            variant="default"
            disabled={!file}
            onClick={() => run.mutate("check")}
            loading={run.isPending}
          >
            {tx("check")}
          </Button>
          <Button disabled={!file} onClick={() => run.mutate("commit")} loading={run.isPending}>
            {tx("commit")}
          </Button>
          {r && r.errors.length > 0 && (
            <Button
              color="orange"
              disabled={!file}
              onClick={() => run.mutate("valid")}
              loading={run.isPending}
            >
              {tx("commitValid")}
            </Button>
          )}
        </Group>
        <ErrorAlert error={run.error} />
        {r && (
          <Alert color={r.errors.length ? "orange" : "green"} data-testid="import-result">
            {tx("importResult", { rows: r.rows, valid: r.validRows, recorded: r.recorded })}
            {r.errors.length > 0 && (
              <Table mt="xs">
                <Table.Tbody>
                  {r.errors.slice(0, 50).map((e) => (
                    <Table.Tr key={`${e.row}-${e.column}-${e.message_ja}`}>
                      <Table.Td>
                        {e.row}
                        {tx("row")}
                      </Table.Td>
                      <Table.Td>{e.column}</Table.Td>
                      <Table.Td>{lang === "en" ? e.message_en : e.message_ja}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/**
 * /training/sessions/:id: the sign-in sheet of a session for the 課 the viewer records (6.2(2)⑤):
 * printable with a signature column, and the ticks of the paper sheet entered here — people
 * without a login included.
 */
export default function SessionSheet({ params }: { params: { id: string } }) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const depts = useDepartments();
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const sheet = useQuery({
    queryKey: ["training", "sheet", params.id, departmentId],
    queryFn: () =>
      api.get("/api/training/sessions/{id}/sheet", {
        path: { id: params.id },
        query: {
          departmentId: departmentId ?? undefined,
        },
      }),
  });
  const record = useMutation({
    mutationFn: () =>
      api.post("/api/training/attendance", {
        body: {
          sessionId: params.id,
          personIds: [...ticked],
        },
      }),
    onSuccess: () => {
      setTicked(new Set());
      return qc.invalidateQueries({ queryKey: ["training"] });
    },
  });
  const d = sheet.data?.data;
  const people = d?.people ?? [];
  const toggle = (id: string) => {
    const next = new Set(ticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTicked(next);
  };
  return (
    <>
      <PageHeader
        title={d ? `${tx("sheet")}：${d.course.title}` : tx("sheet")}
        back={{ href: "/training/sessions", label: tx("sessions") }}
        description={tx("sheetHint")}
        actions={
          <Button variant="default" onClick={() => window.print()} data-testid="sheet-print">
            {tx("print")}
          </Button>
        }
      />
      <QueryState isLoading={sheet.isLoading} error={sheet.error}>
        {d && (
          <Stack>
            <Group gap="lg">
              <Text>
                {tx("heldOn")}: <DateText value={d.session.heldOn} /> {d.session.startTime ?? ""}
              </Text>
              <Text>
                {tx("place")}: {d.session.place}
              </Text>
              <Badge variant="light">{pick(d.course.deliveryLabel)}</Badge>
            </Group>
            <Select
              className="no-print"
              label={tx("department")}
              placeholder={tx("allMyDepartments")}
              data={departmentOptions(depts.data, true)}
              value={departmentId}
              onChange={setDepartmentId}
              clearable
              searchable
              maw={420}
            />
            {people.length ? (
              <Table striped withTableBorder data-testid="sheet-people">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th className="no-print">✓</Table.Th>
                    <Table.Th>{tx("employeeNumber")}</Table.Th>
                    <Table.Th>{tx("person")}</Table.Th>
                    <Table.Th>{tx("department")}</Table.Th>
                    <Table.Th>{tx("login")}</Table.Th>
                    <Table.Th>{tx("signature")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.map((p) => (
                    <Table.Tr key={p.personId} data-testid="sheet-row">
                      <Table.Td className="no-print">
                        <Checkbox
                          aria-label={p.name}
                          checked={p.attended || ticked.has(p.personId)}
                          disabled={p.attended}
                          onChange={() => toggle(p.personId)}
                        />
                      </Table.Td>
                      <Table.Td>{p.employeeNumber ?? "—"}</Table.Td>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>
                        {(p.departmentId && depts.data?.byId.get(p.departmentId)?.name) ?? "—"}
                      </Table.Td>
                      <Table.Td>{tx(p.hasLogin ? "hasLogin" : "noLogin")}</Table.Td>
                      <Table.Td>{p.attended ? pick(p.methodLabel) : ""}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <Empty>{tx("noPeople")}</Empty>
            )}
            <ErrorAlert error={record.error} />
            {record.data && (
              <Alert color="green" data-testid="sheet-recorded">
                {tx("recorded", { n: record.data.data.recorded })}
              </Alert>
            )}
            <Group justify="flex-end" className="no-print">
              <Button
                onClick={() => record.mutate()}
                disabled={!ticked.size}
                loading={record.isPending}
                data-testid="sheet-record"
              >
                {tx("recordTicked", { n: ticked.size })}
              </Button>
            </Group>
            <QrBox sessionId={params.id} />
            <ImportBox sessionId={params.id} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
