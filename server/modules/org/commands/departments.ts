import { and, eq, sql } from "drizzle-orm";
import { changedFields, recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { directoryChanged } from "../../../directory";
import { departments, people } from "../../../directory/tables";
import { conflict, fieldError, notFound } from "../../../http/errors";
import { actingFor, type Ctx } from "../util";

type Dept = typeof departments.$inferSelect;

const DEPT = { ja: "組織", en: "The unit" };

function uniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

const codeTaken = () =>
  conflict("code_taken", "このコードは既に使われています。", "This code is already in use.", {
    code: { message_ja: "既に使われているコードです。", message_en: "This code is already in use." },
  });

/** A bureau may sit at the top or under another bureau; a department (課) only under a bureau. */
async function checkParent(db: Db, kind: Dept["kind"], parentId: string | null, selfId?: string) {
  if (parentId == null) return;
  const [parent] = await db.select().from(departments).where(eq(departments.id, parentId));
  if (!parent) throw fieldError("parentId", "上位組織が見つかりません。", "The parent unit does not exist.");
  if (parent.kind !== "bureau")
    throw fieldError(
      "parentId",
      "上位組織には局・部を指定してください。",
      "The parent must be a bureau (局/部).",
    );
  if (!parent.active)
    throw fieldError("parentId", "上位組織は廃止されています。", "The parent unit is inactive.");
  if (kind === "bureau" || selfId) {
    // No cycles: walk up from the new parent; meeting ourselves means the move would loop.
    let cursor: string | null = parent.id;
    for (let depth = 0; cursor && depth < 100; depth++) {
      if (cursor === selfId)
        throw fieldError(
          "parentId",
          "自分自身またはその下位組織の下には移動できません。",
          "A unit cannot be moved under itself or one of its sub-units.",
        );
      const [row] = await db
        .select({ parentId: departments.parentId })
        .from(departments)
        .where(eq(departments.id, cursor));
      cursor = row?.parentId ?? null;
    }
  }
}

export async function createDepartment(
  db: Db,
  ctx: Ctx,
  input: {
    code: string;
    name: string;
    nameEn?: string | null;
    kind: Dept["kind"];
    parentId?: string | null;
    sortOrder?: number;
  },
  now: Date,
): Promise<Dept> {
  await checkParent(db, input.kind, input.parentId ?? null);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(departments)
        .values({
          code: input.code,
          name: input.name,
          nameEn: input.nameEn ?? null,
          kind: input.kind,
          parentId: input.parentId ?? null,
          sortOrder: input.sortOrder ?? 0,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "org.department.created",
          targetType: "department",
          targetId: row.id,
          departmentId: row.id,
          actingForPersonId: actingFor(ctx.actor, "manage_organization"),
          data: {
            changes: changedFields(
              {},
              { code: row.code, name: row.name, nameEn: row.nameEn, kind: row.kind, parentId: row.parentId },
            ),
          },
        },
        now,
      );
      await directoryChanged(tx, { now, context: ctx, personIds: [] });
      return row;
    });
  } catch (err) {
    if (uniqueViolation(err)) throw codeTaken();
    throw err;
  }
}

export async function loadDepartment(db: Db, id: string): Promise<Dept> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  if (!row) throw notFound(DEPT);
  return row;
}

export async function updateDepartment(
  db: Db,
  ctx: Ctx,
  before: Dept,
  patch: {
    code?: string;
    name?: string;
    nameEn?: string | null;
    parentId?: string | null;
    sortOrder?: number;
    active?: boolean;
  },
  now: Date,
): Promise<Dept> {
  if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
    // A 課 at the top level (parentId null) is allowed: small villages have no bureaus.
    await checkParent(db, before.kind, patch.parentId, before.id);
  }
  if (patch.active === false && before.active) {
    const [{ count: children }] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(departments)
      .where(and(eq(departments.parentId, before.id), eq(departments.active, true)));
    const [{ count: members }] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(people)
      .where(and(eq(people.departmentId, before.id), eq(people.active, true)));
    if (children > 0 || members > 0)
      throw conflict(
        "department_in_use",
        `下位組織（${children}）または所属職員（${members}）が残っているため廃止できません。先に異動させてください。`,
        `The unit still has ${children} active sub-unit(s) and ${members} active member(s); move them first.`,
        {
          active: {
            message_ja: "所属職員・下位組織が残っています。",
            message_en: "The unit still has members or sub-units.",
          },
        },
      );
  }
  const next = {
    code: patch.code ?? before.code,
    name: patch.name ?? before.name,
    nameEn: patch.nameEn === undefined ? before.nameEn : patch.nameEn,
    parentId: patch.parentId === undefined ? before.parentId : patch.parentId,
    sortOrder: patch.sortOrder ?? before.sortOrder,
    active: patch.active ?? before.active,
  };
  const changes = changedFields(
    {
      code: before.code,
      name: before.name,
      nameEn: before.nameEn,
      parentId: before.parentId,
      sortOrder: before.sortOrder,
      active: before.active,
    },
    next,
  );
  if (Object.keys(changes).length === 0) return before;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(departments)
        .set({ ...next, updatedAt: now })
        .where(eq(departments.id, before.id))
        .returning();
      const type =
        changes.active && next.active === false
          ? "org.department.deactivated"
          : changes.parentId
            ? "org.department.moved"
            : "org.department.updated";
      await recordEvent(
        tx,
        ctx,
        {
          type,
          targetType: "department",
          targetId: row.id,
          departmentId: row.id,
          actingForPersonId: actingFor(ctx.actor, "manage_organization"),
          data: { changes },
        },
        now,
      );
      await directoryChanged(tx, { now, context: ctx, personIds: changes.parentId ? undefined : [] });
      return row;
    });
  } catch (err) {
    if (uniqueViolation(err)) throw codeTaken();
    throw err;
  }
}

export { uniqueViolation };
