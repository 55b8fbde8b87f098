import { asc, desc, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { checkpointSignature, eventSignature, headSignature, sameSignature } from "./signing";
import { auditCheckpoints, auditEvents, auditHead } from "./tables";

/**
 * The anchors of the hash chain (the chain itself is checked by verify.ts): every event's
 * signature, the sequence without gaps, the signed head, and the exported checkpoints. Together
 * they catch what the chain alone cannot: a rewrite whose later hashes were all recomputed
 * (its signature no longer matches), deleted newest events (the head points past the end), a
 * deleted event in the middle (a gap in seq) and a forged head or checkpoint (its signature).
 */
export type AnchorProblem =
  | { kind: "bad_signature"; eventId: number; seq: number | null }
  | { kind: "unsigned_after_signed"; eventId: number; seq: number | null }
  | { kind: "sequence_gap"; eventId: number; expectedSeq: number; seq: number | null }
  | { kind: "truncated"; lastEventId: number | null; lastSeq: number; headSeq: number; headEventId: number }
  | { kind: "head_missing"; lastEventId: number }
  | { kind: "head_mismatch"; eventId: number; seq: number }
  | { kind: "forged_head"; seq: number; eventId: number }
  | { kind: "forged_checkpoint"; checkpointId: number; seq: number }
  | { kind: "checkpoint_mismatch"; checkpointId: number; seq: number; eventId: number };

export interface AnchorResult {
  ok: boolean;
  problems: AnchorProblem[];
  /** The first event affected by any problem (by seq order), when one can be named. */
  firstAffectedEventId: number | null;
  count: number;
}

export async function verifyAnchors(db: DbOrTx, batchSize = 10_000): Promise<AnchorResult> {
  const problems: AnchorProblem[] = [];
  const bySeq = new Map<number, { id: number; hash: string }>();
  const wanted = new Set<number>();
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  const checkpoints = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.id));
  if (head) wanted.add(head.seq);
  for (const c of checkpoints) wanted.add(c.seq);

  let after = 0;
  let expected = 1;
  let count = 0;
  let signedSeen = false;
  let last: { id: number; seq: number | null } | null = null;
  for (;;) {
    const rows = await db
      .select({ id: auditEvents.id, seq: auditEvents.seq, hash: auditEvents.hash, sig: auditEvents.sig })
      .from(auditEvents)
      .where(gt(auditEvents.id, after))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const r of rows) {
      count++;
      if (r.seq !== expected) {
        problems.push({ kind: "sequence_gap", eventId: r.id, expectedSeq: expected, seq: r.seq });
      }
      expected = (r.seq ?? expected) + 1;
      if (r.sig === null) {
        if (signedSeen) problems.push({ kind: "unsigned_after_signed", eventId: r.id, seq: r.seq });
      } else {
        signedSeen = true;
        if (r.seq === null || !sameSignature(r.sig, eventSignature(r.seq, r.id, r.hash)))
          problems.push({ kind: "bad_signature", eventId: r.id, seq: r.seq });
      }
      if (r.seq !== null && wanted.has(r.seq)) bySeq.set(r.seq, { id: r.id, hash: r.hash });
      last = { id: r.id, seq: r.seq };
    }
    after = rows[rows.length - 1].id;
  }

  const lastSeq = last?.seq ?? 0;
  if (head) {
    if (!sameSignature(head.sig, headSignature(head.seq, head.eventId, head.hash))) {
      problems.push({ kind: "forged_head", seq: head.seq, eventId: head.eventId });
    } else if (head.seq > lastSeq) {
      problems.push({
        kind: "truncated",
        lastEventId: last?.id ?? null,
        lastSeq,
        headSeq: head.seq,
        headEventId: head.eventId,
      });
    } else {
      const at = bySeq.get(head.seq);
      if (!at || at.id !== head.eventId || at.hash !== head.hash)
        problems.push({ kind: "head_mismatch", eventId: head.eventId, seq: head.seq });
    }
  } else if (signedSeen && last) {
    problems.push({ kind: "head_missing", lastEventId: last.id });
  }
  for (const c of checkpoints) {
    if (!sameSignature(c.sig, checkpointSignature(c.seq, c.eventId, c.hash, c.signedAt))) {
      problems.push({ kind: "forged_checkpoint", checkpointId: c.id, seq: c.seq });
      continue;
    }
    const at = bySeq.get(c.seq);
    if (!at || at.id !== c.eventId || at.hash !== c.hash)
      problems.push({ kind: "checkpoint_mismatch", checkpointId: c.id, seq: c.seq, eventId: c.eventId });
  }
  return { ok: problems.length === 0, problems, firstAffectedEventId: firstAffected(problems), count };
}

function firstAffected(problems: AnchorProblem[]): number | null {
  let best: number | null = null;
  const consider = (id: number | null | undefined) => {
    if (id !== null && id !== undefined && (best === null || id < best)) best = id;
  };
  for (const p of problems) {
    if ("eventId" in p && p.kind !== "forged_head") consider(p.eventId);
    // Truncation: the first missing event is the one after the last that remains.
    if (p.kind === "truncated") consider(p.lastEventId === null ? p.headEventId : p.lastEventId + 1);
  }
  return best;
}

export interface SignedHead {
  seq: number;
  eventId: number;
  hash: string;
  occurredAt: string;
  signedAt: string;
  signature: string;
}

/** The latest head, signed now and kept as a checkpoint (the caller records the audit event). */
export async function exportSignedHead(tx: DbOrTx, now: Date): Promise<SignedHead | null> {
  const [last] = await tx
    .select({ id: auditEvents.id, seq: auditEvents.seq, hash: auditEvents.hash, at: auditEvents.occurredAt })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  if (!last || last.seq === null) return null;
  const signedAt = new Date(now.getTime());
  const sig = checkpointSignature(last.seq, last.id, last.hash, signedAt);
  await tx
    .insert(auditCheckpoints)
    .values({ seq: last.seq, eventId: last.id, hash: last.hash, signedAt, sig });
  return {
    seq: last.seq,
    eventId: last.id,
    hash: last.hash,
    occurredAt: last.at.toISOString(),
    signedAt: signedAt.toISOString(),
    signature: sig,
  };
}

/** Ja/En sentence for a problem, for the CLI and the screen. */
export function describeProblem(p: AnchorProblem): { ja: string; en: string } {
  switch (p.kind) {
    case "bad_signature":
      return {
        ja: `イベント ${p.eventId} の署名が一致しません（書き換えの疑い）`,
        en: `Event ${p.eventId}: signature does not match (rewritten)`,
      };
    case "unsigned_after_signed":
      return {
        ja: `イベント ${p.eventId} に署名がありません`,
        en: `Event ${p.eventId} carries no signature`,
      };
    case "sequence_gap":
      return {
        ja: `イベント ${p.eventId} の前で連番が途切れています（${p.expectedSeq} 番が欠落）`,
        en: `Sequence gap before event ${p.eventId} (number ${p.expectedSeq} missing)`,
      };
    case "truncated":
      return {
        ja: `末尾のイベントが削除されています（署名済みの先頭は ${p.headSeq} 番、残っているのは ${p.lastSeq} 番まで）`,
        en: `Newest events deleted (signed head is number ${p.headSeq}; the log ends at ${p.lastSeq})`,
      };
    case "head_missing":
      return { ja: "署名済みの先頭記録がありません", en: "The signed head is missing" };
    case "head_mismatch":
      return {
        ja: `署名済みの先頭（${p.seq} 番）が記録と一致しません`,
        en: `The signed head (number ${p.seq}) does not match the log`,
      };
    case "forged_head":
      return { ja: "先頭記録の署名が不正です", en: "The head's signature is forged" };
    case "forged_checkpoint":
      return {
        ja: `チェックポイント ${p.checkpointId} の署名が不正です`,
        en: `Checkpoint ${p.checkpointId}: forged signature`,
      };
    case "checkpoint_mismatch":
      return {
        ja: `チェックポイント ${p.checkpointId}（${p.seq} 番）が記録と一致しません`,
        en: `Checkpoint ${p.checkpointId} (number ${p.seq}) does not match the log`,
      };
  }
}

export interface AuditVerdict {
  ok: boolean;
  count: number;
  /** The first bad event: the chain's first mismatch or the first event an anchor problem names. */
  firstBadEventId: number | null;
  problems: Array<AnchorProblem & { message_ja: string; message_en: string }>;
}

/** The chain (verify.ts) and its anchors together: what `sekimori audit verify` and the screen report. */
export async function verifyAuditLog(db: DbOrTx): Promise<AuditVerdict> {
  const { verifyChain } = await import("./verify");
  const chain = await verifyChain(db);
  const anchors = await verifyAnchors(db);
  const candidates = [chain.ok ? null : chain.firstBadEventId, anchors.firstAffectedEventId].filter(
    (x): x is number => x !== null,
  );
  return {
    ok: chain.ok && anchors.ok,
    count: anchors.count,
    firstBadEventId: candidates.length ? Math.min(...candidates) : null,
    problems: anchors.problems.map((p) => {
      const d = describeProblem(p);
      return { ...p, message_ja: d.ja, message_en: d.en };
    }),
  };
}

/** The signed head as printable text (for the committee's yearly report and a copy kept elsewhere). */
export function printableHead(head: SignedHead, organization: string): string {
  return [
    `監査ログ署名済み先頭記録 / Signed head of the audit log — ${organization}`,
    `連番 / sequence number : ${head.seq}`,
    `イベントID / event id  : ${head.eventId}`,
    `記録日時 / occurred at : ${head.occurredAt}`,
    `ハッシュ / SHA-256     : ${head.hash}`,
    `署名日時 / signed at   : ${head.signedAt}`,
    `署名 / HMAC-SHA256     : ${head.signature}`,
    "この記録を別に保管してください。後日 sekimori audit verify がこの時点までの改ざん・削除を検出します。",
    "Keep this record elsewhere: sekimori audit verify detects later rewriting or deletion up to this point.",
  ].join("\n");
}
