/** A person's own courses of a 年度: those whose audience they are in, and their new-hire course. */
import { and, eq, inArray } from "drizzle-orm";
import { formatDateJa, todayJst } from "../../../../common/calendar";
import type { DbOrTx } from "../../../db/client";
import type { Profile } from "../../../profile";
import { memberOn, roleKeysOn } from "../directory";
import { inAudience } from "../domain/audience";
import { DELIVERY_LABELS, METHOD_LABELS } from "../presenter";
import { trainingAssignments, trainingAttendance, trainingCourses, trainingPlans } from "../tables";

export async function myCourses(db: DbOrTx, profile: Profile, personId: string, fy: number, now: Date) {
  const today = todayJst(now);
  const me = await memberOn(db, personId, today);
  if (!me) return [];
  const roles = (await roleKeysOn(db, today, [personId])).get(personId) ?? [];
  const rows = await db
    .select({ course: trainingCourses })
    .from(trainingCourses)
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
    .where(
      and(
        eq(trainingPlans.profileId, profile.id),
        eq(trainingCourses.fiscalYear, fy),
        inArray(trainingPlans.status, ["approved", "in_effect", "reported"]),
      ),
    );
  const ids = rows.map((r) => r.course.id);
  const [done, assigned] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(trainingAttendance)
          .where(and(eq(trainingAttendance.personId, personId), inArray(trainingAttendance.courseId, ids))),
        db
          .select()
          .from(trainingAssignments)
          .where(and(eq(trainingAssignments.personId, personId), inArray(trainingAssignments.courseId, ids))),
      ])
    : [[], []];
  return rows
    .map((r) => r.course)
    .filter((c) =>
      c.newHire
        ? assigned.some((a) => a.courseId === c.id)
        : inAudience(c.audience, { ...me, roleKeys: roles }),
    )
    .map((c) => {
      const d = done.find((x) => x.courseId === c.id);
      const deadline = assigned.find((a) => a.courseId === c.id)?.deadline ?? c.dueDate;
      return {
        id: c.id,
        title: c.title,
        description: c.description,
        delivery: c.delivery,
        deliveryLabel: DELIVERY_LABELS[c.delivery],
        mandatory: c.mandatory,
        deadline,
        deadlineLabel: formatDateJa(deadline),
        completedOn: d?.completedOn ?? null,
        methodLabel: d ? METHOD_LABELS[d.method] : null,
        overdue: c.mandatory && !d && today > deadline,
        hasQuiz: c.quiz !== null,
      };
    });
}
