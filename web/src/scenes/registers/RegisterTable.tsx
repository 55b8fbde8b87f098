import { Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  CARRY_OUT_EVENT_LABELS,
  entryTypeLabel,
  HANDOVER_DIRECTION_LABELS,
  labelOf,
} from "../../../../common/labels";
import { DateText } from "../../components/common";
import type { CarryOutRow, RegisterEntry } from "../../contract";
import { useLang } from "../../i18n";

/** Data fields holding a date-time: shown in 和暦 like every other date. */
const DATE_FIELDS = new Set(["dueAt", "outAt", "returnedAt"]);

function Cell({ field, value }: { field: string; value: unknown }) {
  const { pick } = useLang();
  if (value == null || value === "") return null;
  if (DATE_FIELDS.has(field)) return <DateText value={String(value)} time />;
  if (field === "direction") return <>{pick(labelOf(HANDOVER_DIRECTION_LABELS, String(value)))}</>;
  return <>{String(value)}</>;
}

/** 持ち出し・持ち込み記録: one row per step of an asset's carry-out, with column headers. */
export function CarryOutTable({ rows }: { rows: CarryOutRow[] }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <Table striped withTableBorder data-testid="register-table" className="register-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("registers.col.occurredAt")}</Table.Th>
          <Table.Th>{t("registers.col.event")}</Table.Th>
          <Table.Th>{t("registers.col.request")}</Table.Th>
          <Table.Th>{t("registers.col.asset")}</Table.Th>
          <Table.Th>{t("registers.col.carrier")}</Table.Th>
          <Table.Th>{t("registers.col.destination")}</Table.Th>
          <Table.Th>{t("registers.col.note")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} data-testid="register-row" data-event={r.event} data-request={r.request_id}>
            <Table.Td>
              <DateText value={r.occurred_at} time />
            </Table.Td>
            <Table.Td>
              <Badge variant="light" className="badge-full">
                {pick(labelOf(CARRY_OUT_EVENT_LABELS, r.event))}
              </Badge>
            </Table.Td>
            <Table.Td>{r.request_number ? `No.${r.request_number}` : ""}</Table.Td>
            <Table.Td>{r.asset_label}</Table.Td>
            <Table.Td>{r.person_name}</Table.Td>
            <Table.Td>{r.destination}</Table.Td>
            <Table.Td>{r.note}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Any other register: the register's own columns (from the server) each under its header. */
export function EntryTable({
  register,
  rows,
  columns,
  onClose,
  closing,
  unclosedLabel,
  closeLabel,
  closedLabel,
}: {
  register: string;
  rows: RegisterEntry[];
  columns: Array<{ key: string; label: { ja: string; en: string } }>;
  /** Records the end of an entry (exit, return, confirmation); absent when the register has none. */
  onClose?: (entryId: string) => void;
  closing?: boolean;
  /** Shown on an entry nothing ends yet (e.g. 未確認 for a data handover). */
  unclosedLabel?: string;
  /** The close button's words (default: 終了を記録). */
  closeLabel?: string;
  /** Shown before who ended an entry and when (e.g. 確認済み). */
  closedLabel?: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <Table striped withTableBorder data-testid="register-table" className="register-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("registers.col.occurredAt")}</Table.Th>
          <Table.Th>{t("registers.col.entryType")}</Table.Th>
          <Table.Th>{t("registers.col.person")}</Table.Th>
          <Table.Th>{t("registers.col.asset")}</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.key}>{pick(c.label)}</Table.Th>
          ))}
          <Table.Th>{t("registers.col.state")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} data-testid="register-row">
            <Table.Td>
              <DateText value={r.occurredAt} time />
            </Table.Td>
            <Table.Td>{pick(entryTypeLabel(register, r.entryType))}</Table.Td>
            <Table.Td>{r.personName}</Table.Td>
            <Table.Td>{r.assetLabel}</Table.Td>
            {columns.map((c) => (
              <Table.Td key={c.key}>
                <Cell field={c.key} value={r.data?.[c.key]} />
              </Table.Td>
            ))}
            <Table.Td>
              {r.correctedBy ? (
                <Badge color="gray" className="badge-full">
                  {t("registers.corrected")}
                </Badge>
              ) : r.correctsId ? (
                <Badge className="badge-full">{t("registers.correction")}</Badge>
              ) : null}
              {r.closedBy ? (
                <Text size="xs">
                  ✓ {closedLabel ? `${closedLabel} ` : ""}
                  <DateText value={r.closedBy.occurred_at} time /> {r.closedBy.person_name}
                </Text>
              ) : (
                <>
                  {unclosedLabel && r.entryType !== "confirm" ? (
                    <Badge color="orange" variant="light" className="badge-full">
                      {unclosedLabel}
                    </Badge>
                  ) : null}
                  {onClose ? (
                    <Button
                      size="xs"
                      variant="light"
                      className="no-print"
                      loading={closing}
                      onClick={() => onClose(r.id)}
                    >
                      {closeLabel ?? t("registers.close")}
                    </Button>
                  ) : null}
                </>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
