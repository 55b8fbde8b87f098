/**
 * Taking a list out as a file is an audit event — its format, the list's filters and the rows it
 * holds — recorded before the file is sent (issue 20 item 3). An oversized PDF is refused first, so
 * a refused export leaves no event. One step for every list export, so none records less.
 */
import type { Context } from "hono";
import type { AuditEventData } from "../../common/audit-events";
import { recordEvent } from "../audit/record";
import type { AppEnv } from "./context";
import type { ListFormat } from "./list-export";
import { refuseOversize } from "./list-export";
import { requestContext } from "./router";

/** The event types whose data is a list export's (format, filter, rows). */
export type ListExportEventType = {
  [K in keyof AuditEventData]: AuditEventData[K] extends { format: string; filter: unknown; rows?: number }
    ? K
    : never;
}[keyof AuditEventData];

export async function recordListExport(
  c: Context<AppEnv>,
  event: { type: ListExportEventType; targetType: string },
  format: ListFormat,
  filter: unknown,
  rows: number,
  now: Date = c.get("deps").now(),
) {
  refuseOversize(format, rows);
  const deps = c.get("deps");
  await deps.database.db.transaction((tx) =>
    recordEvent(
      tx,
      requestContext(c),
      { type: event.type, targetType: event.targetType, data: { format, filter, rows } } as Parameters<
        typeof recordEvent
      >[2],
      now,
    ),
  );
}
