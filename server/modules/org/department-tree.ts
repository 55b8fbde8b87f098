import { serialize } from "../../access";
import type { Db } from "../../db/client";
import type { Actor } from "../../http/context";
import { buildTree, presentDepartment } from "./presenter";
import { listDepartmentsWithCounts } from "./queries";

/**
 * The organization chart's answer (GET /api/departments) as JSON text, kept beside the tree it
 * was made from (issue #11 item 8).
 *
 * The rows come from the directory's cache (one version read when nothing changed), but
 * presenting 540 units, nesting and sorting them and writing ~150 KB of JSON cost ~5 ms on every
 * call. The answer depends on the viewer only through each unit's policies (presentDepartment
 * reads nothing else of the actor), so it is kept per loaded row list (a new list is loaded when
 * the directory changes, and the old answers go with it: WeakMap) and per set of policies: the
 * policies are still evaluated for every unit on every call, and an answer is reused only for
 * exactly the same ones. Inside a transaction the directory cache loads a new list each time, so
 * nothing is reused there.
 */
type Rows = Awaited<ReturnType<typeof listDepartmentsWithCounts>>;

const answers = new WeakMap<Rows, Map<string, string>>();
/** Distinct policy sets kept per tree (viewers fall into a handful: who may manage the chart…). */
const MAX_VARIANTS = 16;

/** A compact key of policy objects with the same actions (action names once, then one bit each). */
function policyKey(top: Record<string, boolean>, each: Array<Record<string, boolean>>): string {
  const names = Object.keys(top).join(",");
  let bits = "";
  for (const p of [top, ...each]) {
    if (Object.keys(p).join(",") !== names) return JSON.stringify([top, each]);
    for (const name in p) bits += p[name] ? "1" : "0";
  }
  return `${names}|${bits}`;
}

export async function departmentTreeJson(db: Db, actor: Actor, includeInactive: boolean): Promise<string> {
  const rows = await listDepartmentsWithCounts(db, includeInactive);
  const top = serialize(actor, "department", null);
  const key = policyKey(
    top,
    rows.map((r) => serialize(actor, "department", r.dept)),
  );
  let kept = answers.get(rows);
  const known = kept?.get(key);
  if (known !== undefined) return known;
  const json = JSON.stringify({
    items: buildTree(rows.map((r) => presentDepartment(actor, r.dept, r.peopleCount))),
    policies: top,
  });
  if (!kept) {
    kept = new Map();
    answers.set(rows, kept);
  }
  if (kept.size >= MAX_VARIANTS) kept.clear();
  kept.set(key, json);
  return json;
}
