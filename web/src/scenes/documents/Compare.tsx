import { Button, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api";
import { DateText, PageHeader, QueryState } from "../../components/common";
import { useLocation } from "../../router";
import { useTexts } from "./labels";
import { Watermarked } from "./Watermark";

const ROW_COLOR: Record<string, string | undefined> = {
  changed: "var(--mantine-color-yellow-light)",
  added: "var(--mantine-color-green-light)",
  removed: "var(--mantine-color-red-light)",
};

/** /documents/:id/compare?from=&to= — the 新旧対照表 of two versions, printable. */
export default function Compare({ params }: { params: { id: string } }) {
  const { tx } = useTexts();
  const { search } = useLocation();
  const from = search.get("from");
  const to = search.get("to");
  const q = useQuery({
    queryKey: ["documents", params.id, "compare", from, to],
    queryFn: () => api.get("/api/documents/{id}/compare", { path: { id: params.id }, query: { from, to } }),
  });
  const c = q.data?.data;
  return (
    <>
      <PageHeader
        title={c ? `${c.documentTitle} ${tx("compare")}` : tx("compare")}
        back={{ href: `/documents/${params.id}`, label: tx("documents") }}
        actions={
          <Button variant="default" onClick={() => window.print()}>
            {tx("print")}
          </Button>
        }
      />
      <QueryState isLoading={q.isLoading} error={q.error}>
        {c && (
          <>
            <Text size="sm" mb="xs" data-testid="compare-summary">
              {tx("rowsSummary", c.summary)}
            </Text>
            <Watermarked mark={c.watermark}>
              <Table withTableBorder withColumnBorders data-testid="compare-table" layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      {tx("newVersionCol")}（{tx("version", { n: c.to.number })}・{tx("effectiveOn")}{" "}
                      <DateText value={c.to.effectiveOn} />）
                    </Table.Th>
                    <Table.Th>
                      {tx("oldVersion")}（{tx("version", { n: c.from.number })}・{tx("effectiveOn")}{" "}
                      <DateText value={c.from.effectiveOn} />）
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.rows.map((r, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                    <Table.Tr key={i} data-kind={r.kind} style={{ background: ROW_COLOR[r.kind] }}>
                      <Table.Td style={{ whiteSpace: "pre-wrap" }}>{r.new?.text ?? ""}</Table.Td>
                      <Table.Td style={{ whiteSpace: "pre-wrap" }}>{r.old?.text ?? ""}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Watermarked>
          </>
        )}
      </QueryState>
    </>
  );
}
