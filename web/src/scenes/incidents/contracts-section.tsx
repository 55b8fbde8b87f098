import { Anchor, Badge, Table, Text } from "@mantine/core";
import { CONTRACT_STATE_LABELS } from "../../../../common/labels";
import { DateText } from "../../components/common";
import type { IncidentCase } from "../../contract";
import { sceneWords, useSceneWords } from "../../i18n";
import incidentContractsWords from "../../locales/scenes/incidentContracts.json";

import { Link } from "../../router";
import { Section } from "./common";

const scene = sceneWords("incidentContracts", incidentContractsWords);

/**
 * The contracts whose 課長 named this incident (#17 item 4), as the server's suppliers face hands
 * them to this viewer: those they may open with a link, the others only as a count.
 */
export function IncidentContracts({ c }: { c: IncidentCase }) {
  const { tx, lab } = useSceneWords(scene);
  const { contracts, hiddenCount } = c.contracts;
  return (
    <Section title={tx("title")} testId="incident-contracts">
      {contracts.length === 0 && hiddenCount === 0 && (
        <Text size="sm" c="dimmed">
          {tx("none")}
        </Text>
      )}
      {contracts.length > 0 && (
        <Table className="data-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx("subject")}</Table.Th>
              <Table.Th>{tx("contractor")}</Table.Th>
              <Table.Th>{tx("department")}</Table.Th>
              <Table.Th>{tx("state")}</Table.Th>
              <Table.Th>{tx("involvement")}</Table.Th>
              <Table.Th>{tx("recordedAt")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracts.map((k) => (
              <Table.Tr key={k.contractId} data-testid="incident-contract">
                <Table.Td>
                  <Anchor component={Link} href={`/suppliers/contracts/${k.contractId}`}>
                    {k.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>{k.contractorName}</Table.Td>
                <Table.Td>{k.departmentName ?? "—"}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{lab(CONTRACT_STATE_LABELS, k.state)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{k.involvement}</Text>
                </Table.Td>
                <Table.Td>
                  <DateText value={k.recordedAt} time />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {hiddenCount > 0 && (
        <Text size="sm" c="dimmed" mt="xs" data-testid="incident-contracts-hidden">
          {tx("hidden", { count: hiddenCount })}
        </Text>
      )}
    </Section>
  );
}
