/**
 * A course's PDF material (eラーニングの教材): uploaded by the organizer while the plan is a draft —
 * the material is part of what the committee approves (西原村 6.2(2)①) — and read by every
 * trainee from the course. The bytes decide the type (server/http/files: a renamed file is
 * refused); the SHA-256 and size go into the audit event, so the approved version is known.
 */
import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { attachmentName } from "../../../http/attachment-name";
import type { RequestContext } from "../../../http/context";
import { AppError, conflict, fieldError, notFound } from "../../../http/errors";
import { sha256Hex, sniffType } from "../../../http/files";
import { editable } from "../domain/plan";
import { trainingCourses, trainingPlans } from "../tables";

/** A material PDF: at most this size (a course's slides, not a video). */
export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;

export const materialTooLarge = () =>
  new AppError(
    413,
    "payload_too_large",
    "教材のPDFは10MBまでです。",
    "A material PDF may be at most 10 MB.",
    {
      file: { message_ja: "10MBを超えています。", message_en: "Larger than 10 MB." },
    },
  );

/** Checks an uploaded file: not empty, within the limit, a PDF by its bytes. */
export async function materialOf(file: File) {
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length === 0) throw fieldError("file", "ファイルが空です。", "The file is empty.");
  if (bytes.length > MATERIAL_MAX_BYTES) throw materialTooLarge();
  if (sniffType(bytes) !== "application/pdf")
    throw fieldError("file", "教材はPDFファイルのみ登録できます。", "The material must be a PDF file.");
  return { fileName: attachmentName(file.name, "application/pdf", "教材"), bytes };
}

export async function setMaterialPdf(
  db: Db,
  ctx: RequestContext,
  profileId: string,
  courseId: string,
  file: { fileName: string; bytes: Buffer },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ course: trainingCourses, plan: trainingPlans })
      .from(trainingCourses)
      .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
      .where(and(eq(trainingCourses.id, courseId), eq(trainingPlans.profileId, profileId)))
      .for("update");
    if (!row) throw notFound({ ja: "研修", en: "The course" });
    if (row.course.delivery !== "elearning")
      throw conflict(
        "not_elearning",
        "教材はeラーニングの研修にのみ登録できます。",
        "Only an e-learning course has material.",
      );
    if (!editable(row.plan.status))
      throw conflict(
        "plan_not_draft",
        "提出後の研修計画の教材は差し替えられません。",
        "The material can be changed only while the plan is a draft.",
      );
    const sha256 = sha256Hex(file.bytes);
    const [course] = await tx
      .update(trainingCourses)
      .set({ materialPdf: file.bytes.toString("base64"), materialPdfName: file.fileName })
      .where(eq(trainingCourses.id, courseId))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.material_uploaded",
        targetType: "training_course",
        targetId: courseId,
        data: {
          fileName: file.fileName,
          size: file.bytes.length,
          sha256,
          replaced: row.course.materialPdf !== null,
        },
      },
      now,
    );
    return course;
  });
}

/** The PDF of a course (decoded), or 404 when it has none. */
export async function materialPdf(db: Db, profileId: string, courseId: string) {
  const [row] = await db
    .select({
      pdf: trainingCourses.materialPdf,
      name: trainingCourses.materialPdfName,
      status: trainingPlans.status,
    })
    .from(trainingCourses)
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
    .where(and(eq(trainingCourses.id, courseId), eq(trainingPlans.profileId, profileId)));
  if (!row?.pdf) throw notFound({ ja: "教材", en: "The material" });
  const bytes = Buffer.from(row.pdf, "base64");
  return { bytes, fileName: row.name ?? "教材.pdf", planStatus: row.status, sha256: sha256Hex(bytes) };
}
