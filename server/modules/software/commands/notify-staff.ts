/**
 * A malware or urgent notice to all staff from an advisory (西原村 7.6(2) / 7.4(1)③, as the profile's
 * software.vulnerabilities.staff_notice names): every active person gets it through server/notify
 * (in-app, and mail as each chose), in one transaction with its audit event citing the clauses.
 */

import { eq, sql } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { activePeopleUnitsSql } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { notFound } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import { vulnAdvisories } from "../tables";

defineKindTexts("software", {
  staff_notice_malware: { ja: "不正プログラムに関する注意喚起", en: "Malware alert" },
  staff_notice_urgent: { ja: "緊急のセキュリティ情報", en: "Urgent security notice" },
});

export type StaffNoticeKind = "malware" | "urgent";
const HEAD = {
  malware: { ja: "【不正プログラム注意喚起】", en: "[Malware alert] " },
  urgent: { ja: "【緊急】", en: "[Urgent] " },
} as const;

export async function notifyStaff(
  db: Db,
  ctx: RequestContext,
  input: { advisoryId: string; kind: StaffNoticeKind; message: string; clauses: string[] },
  now: Date,
): Promise<{ recipients: number; mailed: number }> {
  return db.transaction(async (tx) => {
    const [a] = await tx
      .select({
        id: vulnAdvisories.id,
        key: vulnAdvisories.key,
        title: vulnAdvisories.title,
        titleJa: vulnAdvisories.titleJa,
      })
      .from(vulnAdvisories)
      .where(eq(vulnAdvisories.id, input.advisoryId));
    if (!a) throw notFound({ ja: "脆弱性情報", en: "The advisory" });
    const people = rowsOf<{ person_id: string }>(
      await tx.execute(sql`select person_id from (${activePeopleUnitsSql()}) staff`),
    );
    const to = people.map((r) => r.person_id);
    const message = input.message.trim();
    const sent = await notify(tx, {
      to,
      module: "software",
      kind: `staff_notice_${input.kind}`,
      record: { type: "vuln_advisory", id: a.id },
      link: "/vulnerabilities",
      message: {
        ja: `${HEAD[input.kind].ja}${a.key} ${a.titleJa ?? a.title}: ${message}`,
        en: `${HEAD[input.kind].en}${a.key} ${a.title}: ${message}`,
      },
      now,
    });
    await recordEvent(
      tx,
      ctx,
      {
        type: "vulnerability.staff_notified",
        targetType: "vuln_advisory",
        targetId: a.id,
        data: {
          advisory: a.key,
          kind: input.kind,
          message,
          recipients: sent.ids.length,
          mailed: sent.mailed,
          clauses: input.clauses,
        },
      },
      now,
    );
    return { recipients: sent.ids.length, mailed: sent.mailed };
  });
}
