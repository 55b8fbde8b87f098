/**
 * Incidents at Kawasaki scale (bench data set `incidents`): `count` reports from staff (and some
 * from the public form) in every stage, triaged ones with a severity and category, the reporter's
 * department, and the reporter's access row (`incident_access`, via reporter) as the report
 * command writes it. Deterministic for a seed.
 */

import { sql } from "drizzle-orm";
import { jstParts } from "../common/calendar";
import type { Database } from "../server/db/client";
import { CATEGORIES, SEVERITIES, STAGES } from "../server/modules/incidents/domain/types";
import { insertRows } from "./db";
import type { OrgDataset } from "./generate";
import { Rng } from "./prng";

export interface IncidentsDataset {
  count: number;
  byStage: Record<string, number>;
  /** Reports made by the bench staff user. */
  benchStaffReports: number;
}

const SUMMARIES = [
  "USBメモリの紛失",
  "個人番号を含む書類の誤送付",
  "端末のマルウェア感染の疑い",
  "議事録の誤公開",
  "課税台帳の写しの置き忘れ",
  "不審メールの添付ファイルを開封",
  "住民基本台帳システムの一時停止",
  "FAXの誤送信",
];
const RECEIPT_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export async function generateIncidents(
  database: Database,
  org: OrgDataset,
  count: number,
  seed = "kawasaki",
): Promise<IncidentsDataset> {
  const rng = new Rng(`${seed}:incidents`);
  const base = Date.parse("2026-04-01T00:00:00.000Z");
  const rows: unknown[][] = [];
  const access: unknown[][] = [];
  const out: IncidentsDataset = { count, byStage: {}, benchStaffReports: 0 };
  const receipts = new Set<string>();
  for (let n = 0; n < count; n++) {
    const pub = rng.next() < 0.08;
    const pi = rng.int(0, org.personIds.length - 1);
    const reporter = n < 3 ? org.benchStaff.personId : pub ? null : org.personIds[pi];
    const deptId = n < 3 ? org.benchStaff.departmentId : pub ? null : org.personDept[pi];
    const stage = rng.weighted(STAGES.map((s) => [s, s === "closed" ? 55 : s === "new" ? 8 : 12] as const));
    const triaged = stage !== "new";
    const created = base - rng.int(0, 730) * 86_400_000 + rng.int(0, 86_399) * 1000;
    let receipt = "";
    while (!receipt || receipts.has(receipt))
      receipt = `R-${jstParts(created).year}-${Array.from({ length: 6 }, () => rng.pick([...RECEIPT_CHARS])).join("")}`;
    receipts.add(receipt);
    const id = rng.uuid();
    const summary = rng.pick(SUMMARIES);
    rows.push([
      id,
      receipt,
      pub ? "public" : "staff",
      summary,
      `${summary}。発見日時と状況は次のとおり。`,
      iso(created - rng.int(0, 72) * 3_600_000),
      reporter ? "本庁舎" : null,
      /個人番号|台帳|誤送/.test(summary),
      reporter,
      deptId,
      stage,
      triaged
        ? rng.weighted([
            ["incident", 80],
            ["not_incident", 15],
            ["duplicate", 5],
          ])
        : null,
      triaged ? rng.pick(SEVERITIES) : null,
      triaged ? rng.pick(CATEGORIES) : null,
      iso(triaged ? created + rng.int(1, 48) * 3_600_000 : null),
      iso(stage === "closed" ? created + rng.int(3, 60) * 86_400_000 : null),
      iso(created),
      iso(created + 86_400_000),
    ]);
    if (reporter) access.push([id, reporter, "reporter", iso(created)]);
    if (reporter === org.benchStaff.personId) out.benchStaffReports++;
    out.byStage[stage] = (out.byStage[stage] ?? 0) + 1;
  }
  await insertRows(
    database,
    "incidents",
    [
      ["id", "uuid"],
      ["receipt_number", "text"],
      ["source", "text"],
      ["summary", "text"],
      ["details", "text"],
      ["occurred_at", "timestamptz"],
      ["place", "text"],
      ["personal_info", "bool"],
      ["reporter_person_id", "uuid"],
      ["department_id", "uuid"],
      ["stage", "text"],
      ["triage_decision", "text"],
      ["severity", "text"],
      ["category", "text"],
      ["triaged_at", "timestamptz"],
      ["closed_at", "timestamptz"],
      ["created_at", "timestamptz"],
      ["updated_at", "timestamptz"],
    ],
    rows,
  );
  await insertRows(
    database,
    "incident_access",
    [
      ["incident_id", "uuid"],
      ["person_id", "uuid"],
      ["via", "text"],
      ["created_at", "timestamptz"],
    ],
    access,
  );
  await database.db.execute(sql`ANALYZE incidents`);
  return out;
}

function iso(ms: number | null): string | null {
  return ms == null ? null : new Date(ms).toISOString();
}
