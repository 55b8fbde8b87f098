/**
 * Requests at Kawasaki scale (bench data set `requests`): `count` requests of every request kind
 * of the kawasaki profile, in every state, with the approver chain resolved as the submit command
 * resolves it (duty + scope → the people holding that duty over the request's department, or
 * organization-wide), `current_step` on the waiting step of submitted ones, and a decision row per
 * decided step. The bench staff user owns some; the bench manager has submitted requests of the
 * department waiting for them. Deterministic for a seed.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../server/db/client";
import { loadProfile } from "../server/profile";
import { insertRows } from "./db";
import { kawasakiRoles, type OrgDataset } from "./generate";
import { Rng } from "./prng";

export interface RequestsDataset {
  count: number;
  decisions: number;
  /** Requests of the bench staff user (requester). */
  benchStaffRequests: number;
  /** Submitted requests waiting for the bench manager. */
  benchManagerWaiting: number;
  byStatus: Record<string, number>;
}

const STATUS_MIX = [
  ["draft", 8],
  ["submitted", 14],
  ["approved", 18],
  ["rejected", 5],
  ["returned", 5],
  ["in_effect", 10],
  ["completed", 33],
  ["expired", 3],
  ["cancelled", 4],
] as const;

const PURPOSES = [
  "住民基本台帳の照会対応のため",
  "課税台帳の確認作業（出張先）",
  "議事録作成のための会議資料持参",
  "個人番号関係事務の研修",
  "端末の修理・入替え",
  "USBメモリでの資料受渡し",
];

type Step = { step: number; duty: string; scope: string };

export async function generateRequests(
  database: Database,
  org: OrgDataset,
  count: number,
  seed = "kawasaki",
): Promise<RequestsDataset> {
  const rng = new Rng(`${seed}:requests`);
  const profile = loadProfile("kawasaki");
  const kinds = profile.request_kinds.map((k) => ({
    key: k.key,
    approvers: k.approvers.map((a) => ({ step: a.step, duty: a.duty, scope: a.scope })) as Step[],
  }));
  const { roles } = await kawasakiRoles();
  const dutiesOf = new Map(roles.map((r) => [r.key, r.duties]));
  const names = new Map<string, string>();
  // Who holds a duty: organization scope (any login with such a role), department scope (by dept).
  const orgHolders = new Map<string, string[]>();
  const deptHolders = new Map<string, string[]>();
  for (const l of org.logins)
    for (const role of l.roles) {
      const scope = roles.find((r) => r.key === role)?.scope;
      for (const duty of dutiesOf.get(role) ?? []) {
        const key = scope === "organization" ? duty : `${duty}|${l.departmentId}`;
        const map = scope === "organization" ? orgHolders : deptHolders;
        map.set(key, [...(map.get(key) ?? []), l.personId]);
        names.set(l.personId, l.loginId);
      }
    }
  const bureauOf = new Map(org.departments.map((d) => [d.id, d.bureauId]));
  const resolve = (steps: Step[], deptId: string) =>
    steps.map((s) => ({
      ...s,
      scopeDepartmentId:
        s.scope === "organization" ? null : s.scope === "bureau" ? bureauOf.get(deptId) : deptId,
      candidates: (
        (s.scope === "organization" ? orgHolders.get(s.duty) : deptHolders.get(`${s.duty}|${deptId}`)) ?? []
      ).map((personId) => ({ personId, name: names.get(personId) ?? "", deputyFor: null })),
    }));

  const staff = org.benchStaff;
  const base = Date.parse("2026-04-01T00:00:00.000Z");
  const rows: unknown[][] = [];
  const decisions: unknown[][] = [];
  const out: RequestsDataset = {
    count,
    decisions: 0,
    benchStaffRequests: 0,
    benchManagerWaiting: 0,
    byStatus: {},
  };
  const benchShare = Math.max(20, Math.round(count / 1000));
  for (let n = 0; n < count; n++) {
    // The first requests belong to the bench department: the staff user's own, then others' waiting.
    let requester: string;
    let deptId: string;
    if (n < benchShare) {
      requester = staff.personId;
      deptId = staff.departmentId;
    } else {
      const pi = rng.int(0, org.personIds.length - 1);
      requester = org.personIds[pi];
      deptId = org.personDept[pi];
    }
    const kind = rng.pick(kinds);
    let status: string = rng.weighted(STATUS_MIX);
    // Half the bench department's requests wait for a decision (the manager's approvals).
    if (n < benchShare && n % 2 === 0) status = "submitted";
    const created = base - rng.int(0, 365) * 86_400_000 + rng.int(0, 86_399) * 1000;
    const resolved = status === "draft" ? [] : resolve(kind.approvers, deptId);
    const steps = resolved.length;
    const currentStep = status === "submitted" && steps ? rng.int(1, steps) : 0;
    const submitted = status === "draft" ? null : created + rng.int(60, 3600) * 1000;
    const decided = ["approved", "rejected", "in_effect", "completed", "expired"].includes(status)
      ? (submitted as number) + rng.int(1, 72) * 3_600_000
      : null;
    const id = rng.uuid();
    const startsAt = decided ? decided + 86_400_000 : null;
    rows.push([
      id,
      n + 1,
      kind.key,
      status,
      requester,
      deptId,
      bureauOf.get(deptId) ?? null,
      JSON.stringify({ purpose: rng.pick(PURPOSES), destination: "本庁舎 会議室" }),
      true,
      JSON.stringify(kind.approvers),
      JSON.stringify(resolved),
      currentStep,
      iso(submitted),
      iso(decided),
      iso(startsAt),
      iso(startsAt ? startsAt + 7 * 86_400_000 : null),
      iso(
        ["completed", "rejected", "cancelled", "expired"].includes(status)
          ? (decided ?? created) + 86_400_000
          : null,
      ),
      iso(created),
      iso(decided ?? submitted ?? created),
    ]);
    out.byStatus[status] = (out.byStatus[status] ?? 0) + 1;
    if (requester === staff.personId) out.benchStaffRequests++;
    // Decisions of the steps already taken.
    const decidedSteps =
      status === "submitted" ? currentStep - 1 : decided || status === "returned" ? steps : 0;
    for (let s = 1; s <= decidedSteps; s++) {
      const cand = resolved[s - 1]?.candidates[0]?.personId;
      if (!cand) continue;
      const last = s === decidedSteps;
      const decision =
        last && status === "rejected" ? "rejected" : last && status === "returned" ? "returned" : "approved";
      decisions.push([rng.uuid(), id, s, resolved[s - 1].duty, decision, cand, iso(decided ?? submitted)]);
    }
    // The manager's own requests are not theirs to decide (no self-approval), so they do not wait.
    if (
      status === "submitted" &&
      deptId === staff.departmentId &&
      requester !== org.benchManager.personId &&
      resolved[currentStep - 1]?.candidates.some((c) => c.personId === org.benchManager.personId)
    )
      out.benchManagerWaiting++;
  }
  await insertRows(
    database,
    "requests",
    [
      ["id", "uuid"],
      ["number", "bigint"],
      ["kind", "text"],
      ["status", "text"],
      ["requester_person_id", "uuid"],
      ["department_id", "uuid"],
      ["bureau_id", "uuid"],
      ["fields", "jsonb"],
      ["approval_required", "bool"],
      ["approvers", "jsonb"],
      ["resolved", "jsonb"],
      ["current_step", "int"],
      ["submitted_at", "timestamptz"],
      ["decided_at", "timestamptz"],
      ["starts_at", "timestamptz"],
      ["ends_at", "timestamptz"],
      ["closed_at", "timestamptz"],
      ["created_at", "timestamptz"],
      ["updated_at", "timestamptz"],
    ],
    rows,
  );
  await insertRows(
    database,
    "request_decisions",
    [
      ["id", "uuid"],
      ["request_id", "uuid"],
      ["step", "int"],
      ["duty", "text"],
      ["decision", "text"],
      ["person_id", "uuid"],
      ["decided_at", "timestamptz"],
    ],
    decisions,
  );
  out.decisions = decisions.length;
  await database.db.execute(
    sql`SELECT setval(pg_get_serial_sequence('requests', 'number'), ${Math.max(count, 1)})`,
  );
  await database.db.execute(sql`ANALYZE requests`);
  await database.db.execute(sql`ANALYZE request_decisions`);
  return out;
}

function iso(ms: number | null): string | null {
  return ms == null ? null : new Date(ms).toISOString();
}
