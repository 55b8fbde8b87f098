import { Alert, Anchor, Badge, Button, Group, Modal, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "../../api";
import { ClauseLink } from "../../components/Clause";
import { DateText, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import type { DocumentDetail as DocumentDetailRes } from "../../contract";
import { useActionForm } from "../../forms";
import { Link } from "../../router";
import { AudienceFields, AudienceText, AudienceValues } from "./AudienceFields";
import { MyStatus } from "./DocumentList";
import { Figures } from "./Figures";
import { useTexts } from "./labels";
import { PendingActions, ReviewButtons, VersionEditor } from "./VersionActions";
import { DocumentText, Watermarked } from "./Watermark";

type Doc = DocumentDetailRes["data"];
function Acknowledge({ doc }: { doc: Doc }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const ack = useMutation({
    mutationFn: () =>
      api.post("/api/documents/{id}/acknowledgements", {
        path: { id: doc.id },
        body: { versionNumber: doc.current?.number },
      }),
    // "all": the list of documents to read is not on screen now, but must not show this one as
    // still to read when the user goes back to it.
    onSuccess: () => qc.invalidateQueries({ queryKey: ["documents"], refetchType: "all" }),
  });
  if (!doc.current || !doc.me.inAudience) return null;
  if (!doc.me.mustAcknowledge)
    return (
      <Alert color="green" variant="light" data-testid="acknowledged">
        {tx("acknowledgedOn", { n: Math.max(...doc.me.acknowledgedVersions) })}
      </Alert>
    );
  return (
    <Alert color="orange" variant="light" title={tx("mustAcknowledge")}>
      <Stack gap="xs">
        <Text size="sm">{tx("ackHint")}</Text>
        <Button
          onClick={() => ack.mutate()}
          loading={ack.isPending}
          w="fit-content"
          data-testid="acknowledge"
        >
          {tx("readAndAcknowledge")}
        </Button>
        <ErrorAlert error={ack.error} />
      </Stack>
    </Alert>
  );
}

const AudienceForm = z.object({ audience: AudienceValues });

function AudienceEditor({ doc, onClose }: { doc: Doc; onClose(): void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: z.infer<typeof AudienceForm>) =>
      api.patch("/api/documents/{id}", { path: { id: doc.id }, body: { audience: v.audience } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["documents"] });
      onClose();
    },
  });
  const form = useActionForm(AudienceForm, { audience: doc.audience }, save.error);
  return (
    <Modal opened onClose={onClose} title={tx("editAudience")}>
      <form {...form.formProps((v) => save.mutate(v))} data-testid="audience-form">
        <Stack>
          <AudienceFields form={form} />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="audience-save">
              {tx("save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The versions, newest first, and the choice of two to compare (新旧対照表). */
function Versions({ doc }: { doc: Doc }) {
  const { tx, pick } = useTexts();
  const options = doc.versions.map((v) => ({
    value: String(v.number),
    label: tx("version", { n: v.number }),
  }));
  const [from, setFrom] = useState<string | null>(options[1]?.value ?? null);
  const [to, setTo] = useState<string | null>(options[0]?.value ?? null);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {tx("versions")}
      </Title>
      <Table striped data-testid="versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tx("versions")}</Table.Th>
            <Table.Th>{tx("state")}</Table.Th>
            <Table.Th>{tx("changeSummary")}</Table.Th>
            <Table.Th>{tx("effectiveOn")}</Table.Th>
            <Table.Th>{tx("approvedAt")}</Table.Th>
            <Table.Th>{tx("publishedAt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {doc.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                {tx("version", { n: v.number })}{" "}
                <Badge size="xs" variant="outline" color={v.materialChange ? "orange" : "gray"}>
                  {v.materialChange ? tx("material") : tx("minor")}
                </Badge>
              </Table.Td>
              <Table.Td>{pick(v.stateLabel)}</Table.Td>
              <Table.Td>{v.changeSummary ?? "—"}</Table.Td>
              <Table.Td>
                <DateText value={v.effectiveOn} />
              </Table.Td>
              <Table.Td>
                <DateText value={v.approvedAt} /> {v.approvedBy ?? ""}
              </Table.Td>
              <Table.Td>
                <DateText value={v.publishedAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {options.length > 1 && (
        <Group align="flex-end">
          <Select
            label={tx("oldVersion")}
            data={options}
            value={from}
            onChange={setFrom}
            allowDeselect={false}
            w={140}
            data-testid="compare-from"
          />
          <Select
            label={tx("newVersionCol")}
            data={options}
            value={to}
            onChange={setTo}
            allowDeselect={false}
            w={140}
            data-testid="compare-to"
          />
          <Anchor
            component={Link}
            href={`/documents/${doc.id}/compare?from=${from}&to=${to}`}
            data-testid="compare-link"
          >
            {tx("compareOpen")}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}

/** /documents/:id — read the published version (watermarked when restricted), acknowledge, keep it. */
export default function DocumentDetail({ params }: { params: { id: string } }) {
  const { tx, pick } = useTexts();
  const [editing, setEditing] = useState<"new" | "draft" | "audience" | null>(null);
  const q = useQuery({
    queryKey: ["documents", params.id],
    queryFn: () => api.get("/api/documents/{id}", { path: { id: params.id } }),
  });
  const doc = q.data?.data;
  const shown = doc?.current?.number ?? null;
  const text = useQuery({
    queryKey: ["documents", params.id, "version", shown],
    queryFn: () =>
      api.get("/api/documents/{id}/versions/{number}", { path: { id: params.id, number: shown ?? "" } }),
    enabled: shown !== null,
  });
  const pendingNumber = doc?.pending?.number ?? null;
  const draft = useQuery({
    queryKey: ["documents", params.id, "version", pendingNumber],
    queryFn: () =>
      api.get("/api/documents/{id}/versions/{number}", {
        path: { id: params.id, number: pendingNumber ?? "" },
      }),
    enabled: editing === "draft" && pendingNumber !== null,
  });
  const v = text.data?.data;
  return (
    <>
      <PageHeader
        title={doc ? doc.title : tx("documents")}
        back={{ href: "/documents", label: tx("documents") }}
        description={
          doc?.kindInfo && (
            <>
              {pick(doc.kindInfo.title)}（{doc.departmentName ?? tx("organization")}
              {doc.systemName ? `・${doc.systemName}` : ""}） {tx("basis")}:{" "}
              <ClauseLink id={doc.kindInfo.clause} prefix={false} />
            </>
          )
        }
        actions={
          doc && (
            <>
              {doc.policies.write && !doc.pending && (
                <Button onClick={() => setEditing("new")} data-testid="new-version">
                  {tx("newVersion")}
                </Button>
              )}
              {doc.policies.write && doc.pending?.state === "draft" && (
                <Button variant="light" onClick={() => setEditing("draft")} data-testid="edit-draft">
                  {tx("editDraft")}
                </Button>
              )}
              {doc.policies.write && (
                <Button variant="default" onClick={() => setEditing("audience")}>
                  {tx("editAudience")}
                </Button>
              )}
            </>
          )
        }
      />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {doc && (
          <Stack gap="lg">
            <Group gap="lg">
              <Text size="sm">
                {tx("audience")}: <AudienceText value={doc.audience} />
              </Text>
              <Text size="sm">
                {tx("myStatus")}: <MyStatus d={doc} />
              </Text>
              {doc.reviewDueOn && (
                <Text size="sm">
                  {tx("reviewDue")}: <DateText value={doc.reviewDueOn} />（{tx("basis")}:{" "}
                  <ClauseLink id={doc.kindInfo?.review?.clause} prefix={false} />）
                </Text>
              )}
            </Group>
            {doc.restricted && (
              <Alert color="red" variant="light" data-testid="restricted-notice">
                {tx("viewedLogged")}{" "}
                {doc.kindInfo?.restricted && <ClauseLink id={doc.kindInfo.restricted.clause} />}
              </Alert>
            )}
            {doc.pending && (
              <Alert
                color="blue"
                variant="light"
                title={`${tx("version", { n: doc.pending.number })}：${pick(doc.pending.stateLabel)}`}
              >
                <PendingActions doc={doc} pending={doc.pending} />
              </Alert>
            )}
            {doc.policies.review && <ReviewButtons doc={doc} />}
            <Acknowledge doc={doc} />
            {v && (
              <Stack gap={4}>
                <Group gap="md">
                  <Text size="sm" c="dimmed">
                    {tx("version", { n: v.number })}・{tx("effectiveOn")} <DateText value={v.effectiveOn} />
                  </Text>
                  <Anchor
                    href={`/api/documents/${doc.id}/versions/${v.number}/pdf`}
                    download
                    size="sm"
                    className="no-print"
                    data-testid="document-pdf"
                  >
                    {tx("downloadPdf")}
                  </Anchor>
                </Group>
                <Watermarked mark={v.watermark}>
                  <DocumentText text={v.text} />
                </Watermarked>
              </Stack>
            )}
            <Versions doc={doc} />
            {doc.current && <Figures doc={doc} />}
          </Stack>
        )}
      </QueryState>
      {doc && editing === "new" && <VersionEditor doc={doc} draft={null} onClose={() => setEditing(null)} />}
      {doc && editing === "draft" && draft.data && (
        <VersionEditor doc={doc} draft={draft.data.data} onClose={() => setEditing(null)} />
      )}
      {doc && editing === "audience" && <AudienceEditor doc={doc} onClose={() => setEditing(null)} />}
    </>
  );
}
