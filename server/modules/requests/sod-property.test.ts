// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { requestDecisions, requests } from "./tables";
import { makeAsset } from "./test-support";

/**
 * Property: whatever sequence of API calls the requester (who holds the approving duty
 * themselves) and another approver make, every decision the requester took on their own request
 * is a recorded override with its reason — never a plain approval.
 */
let t: TestApp;
let requester: { client: AuthedClient; personId: string };
let other: { client: AuthedClient; personId: string };
let dept: string;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db)).id;
  const a = await makeUser(t.database.db, { departmentId: dept, roles: [["security_system_manager", dept]] });
  const b = await makeUser(t.database.db, { departmentId: dept, roles: [["security_system_manager", dept]] });
  requester = { client: authed(t, await signIn(t, a.user.loginId, a.password)), personId: a.person.id };
  other = { client: authed(t, await signIn(t, b.user.loginId, b.password)), personId: b.person.id };
});
afterAll(async () => t.close());

const Step = fc.constantFrom(
  "submit",
  "selfApprove",
  "selfApproveShortReason",
  "selfApproveWithReason",
  "selfReject",
  "otherApprove",
  "otherReturn",
  "otherReject",
  "cancel",
  "selfApproveViaReturn",
);

describe("no sequence of API calls lets a requester approve their own request outside a recorded override", () => {
  it("holds for random sequences", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(Step, { minLength: 1, maxLength: 7 }), async (steps) => {
        const usb = await makeAsset(t.database.db, { departmentId: dept, confidentiality: "1" });
        const created = await requester.client.post("/api/requests", {
          kind: "carry_out",
          assetIds: [usb.id],
          fields: {
            purpose: "研修",
            destination: "県庁",
            startsAt: "2026-04-01T10:00:00+09:00",
            returnDueAt: "2026-04-01T18:00:00+09:00",
          },
        });
        const id = ((await created.json()) as any).data.id as string;
        for (const s of steps) {
          const p = `/api/requests/${id}`;
          const res = await {
            submit: () => requester.client.post(`${p}/submit`, {}),
            selfApprove: () => requester.client.post(`${p}/approve`, {}),
            selfApproveShortReason: () =>
              requester.client.post(`${p}/approve`, { override: { reason: "急ぎ" } }),
            selfApproveWithReason: () =>
              requester.client.post(`${p}/approve`, { override: { reason: "他に承認できる者が不在のため" } }),
            selfReject: () => requester.client.post(`${p}/reject`, { comment: "x" }),
            otherApprove: () => other.client.post(`${p}/approve`, {}),
            otherReturn: () => other.client.post(`${p}/return`, { comment: "修正してください" }),
            otherReject: () => other.client.post(`${p}/reject`, { comment: "不要" }),
            cancel: () => requester.client.post(`${p}/cancel`, {}),
            selfApproveViaReturn: () => requester.client.post(`${p}/return`, { comment: "自分で戻す" }),
          }[s]();
          // Never a server error, and a refused self-approval is 403 separation_of_duties or 4xx.
          expect(res.status).toBeLessThan(500);
          if (s === "selfApprove" && res.status !== 409) {
            expect(res.status).toBe(403);
            expect(((await res.json()) as any).error.code).toBe("separation_of_duties");
          }
        }
        const own = await t.database.db
          .select()
          .from(requestDecisions)
          .where(eq(requestDecisions.personId, requester.personId));
        for (const d of own.filter((x) => x.requestId === id)) {
          expect(d.override).toBe(true);
          expect((d.overrideReason ?? "").length).toBeGreaterThanOrEqual(10);
        }
        const [row] = await t.database.db.select().from(requests).where(eq(requests.id, id));
        if (row.status === "approved") {
          const decisions = await t.database.db
            .select()
            .from(requestDecisions)
            .where(eq(requestDecisions.requestId, id));
          const last = decisions.filter((x) => x.decision === "approved").at(-1);
          expect(last?.personId === other.personId || last?.override === true).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
