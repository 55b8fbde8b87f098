import { Anchor, Badge, Button, Stack, Table, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, Empty, PageHeader, QueryState } from "../../components/common";
import { ExportLinks } from "../../components/ExportLinks";
import type { DocumentSummary } from "../../contract";
import { Link } from "../../router";
import { useTexts } from "./labels";
import { NewDocument } from "./NewDocument";

export function MyStatus({ d }: { d: DocumentSummary }) {
  const { tx } = useTexts();
  if (!d.me.inAudience)
    return (
      <Badge variant="light" color="gray">
        {tx("notInAudience")}
      </Badge>
    );
  if (d.me.mustAcknowledge)
    return (
      <Badge color="orange" variant="light">
        {tx("mustAcknowledge")}
      </Badge>
    );
  return (
    <Badge color="green" variant="light">
      {tx("acknowledged")}
    </Badge>
  );
}

function DocumentTable({ rows, testId }: { rows: DocumentSummary[]; testId: string }) {
  const { tx, pick } = useTexts();
  return (
    <Table striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{tx("kind")}</Table.Th>
          <Table.Th>{tx("title")}</Table.Th>
          <Table.Th>{tx("department")}</Table.Th>
          <Table.Th>{tx("current")}</Table.Th>
          <Table.Th>{tx("effectiveOn")}</Table.Th>
          <Table.Th>{tx("myStatus")}</Table.Th>
          <Table.Th>{tx("reviewDue")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              {d.kindInfo ? pick(d.kindInfo.title) : "—"}{" "}
              {d.restricted && (
                <Badge size="xs" color="red" variant="outline">
                  {tx("restricted")}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} href={`/documents/${d.id}`} data-testid="document-link">
                {d.title}
              </Anchor>
            </Table.Td>
            <Table.Td>{d.departmentName ?? tx("organization")}</Table.Td>
            <Table.Td>{d.current ? tx("version", { n: d.current.number }) : tx("notPublished")}</Table.Td>
            <Table.Td>
              <DateText value={d.current?.effectiveOn} />
            </Table.Td>
            <Table.Td>
              <MyStatus d={d} />
            </Table.Td>
            <Table.Td>
              <DateText value={d.reviewDueOn} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** /documents: what I must read and acknowledge, then every document I may see. */
export default function DocumentList() {
  const { tx } = useTexts();
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: ["documents", "list"],
    queryFn: () => api.get("/api/documents"),
  });
  const kinds = useQuery({
    queryKey: ["documents", "kinds"],
    queryFn: () => api.get("/api/documents/kinds"),
  });
  const rows = list.data?.data ?? [];
  const toRead = rows.filter((d) => d.me.mustAcknowledge);
  const mayCreate = (kinds.data?.data ?? []).some(
    (k) =>
      k.createIn && (k.createIn === "organization" || k.createIn === "any_department" || k.createIn.length),
  );
  return (
    <>
      <PageHeader
        title={tx("documents")}
        description={tx("documentsHint")}
        actions={
          mayCreate && (
            <Button onClick={() => setCreating(true)} data-testid="new-document">
              {tx("newDocument")}
            </Button>
          )
        }
      />
      <QueryState isLoading={list.isLoading} error={list.error}>
        <Stack gap="lg">
          <div>
            <Title order={3} size="h4" mb="xs">
              {tx("toRead")}
            </Title>
            {toRead.length ? (
              <DocumentTable rows={toRead} testId="documents-to-read" />
            ) : (
              <Empty>{tx("nothingToRead")}</Empty>
            )}
          </div>
          <div>
            <Title order={3} size="h4" mb="xs">
              {tx("all")}
            </Title>
            <ExportLinks path="/api/documents/export" testId="documents-export" />
            {rows.length ? (
              <DocumentTable rows={rows} testId="documents-all" />
            ) : (
              <Empty>{tx("noDocuments")}</Empty>
            )}
          </div>
        </Stack>
      </QueryState>
      {creating && (
        <NewDocument kinds={kinds.data?.data ?? []} opened={creating} onClose={() => setCreating(false)} />
      )}
    </>
  );
}
