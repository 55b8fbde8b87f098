/** Write fixtures of ID・ICカード管理 (accounts): the rules are described in ./index.ts. */

import { sql } from "drizzle-orm";
import { makePerson } from "../../test/factories";
import { csvFile, personOfB, rowsOf, type World } from "../matrix-world";
import { A, ALL, type WriteFixture } from "./shared";

/** A system asset of department A (ID管理), optionally already registered by the administrator. */
async function systemAsset(w: World, departmentId = A(w)) {
  const [row] = await rowsOf<{ id: string }>(
    w,
    sql`insert into assets (asset_number, name, kind, department_id) values (${`SYS-${w.seq()}`}, ${`住民記録システム ${w.seq()}`}, 'system', ${departmentId}::uuid) returning id`,
  );
  return row.id;
}

export async function accountSystem(w: World, departmentId = A(w)) {
  const assetId = await systemAsset(w, departmentId);
  const res = await w.clients.admin.post("/api/accounts/systems", { assetId });
  if (res.status !== 201) throw new Error(`account system: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { id: string } }).data.id;
}

export async function systemAccount(w: World) {
  const systemId = await accountSystem(w);
  const res = await w.clients.admin.post("/api/accounts/accounts", {
    systemId,
    loginName: `user${w.seq()}`,
    holderKind: "person",
    personId: w.members.staffA.personId,
  });
  if (res.status !== 201) throw new Error(`system account: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { id: string } }).data.id;
}

/** An IC card of a department-A person without a login (a loss report ends no persona's session). */
export async function icCard(w: World, lost = false) {
  const holder = await makePerson(w.t.database.db, { departmentId: A(w) });
  const res = await w.clients.admin.post("/api/accounts/ic-cards", {
    cardNumber: `IC-${w.seq()}`,
    personId: holder.id,
    issuedOn: "2026-04-01",
  });
  if (res.status !== 201) throw new Error(`ic card: ${res.status} ${await res.text()}`);
  const card = ((await res.json()) as { data: { id: string; cardNumber: string } }).data;
  if (lost) {
    const r = await w.clients.admin.post("/api/accounts/ic-cards/lost", {
      cardId: card.id,
      circumstances: "紛失",
    });
    if (r.status !== 201) throw new Error(`ic card lost: ${r.status} ${await r.text()}`);
  }
  return card;
}

/** A review campaign over a new system of department A with one ID (started by the administrator). */
export async function review(w: World) {
  const accountId = await systemAccount(w);
  const [{ systemId }] = await rowsOf<{ systemId: string }>(
    w,
    sql`select system_id as "systemId" from system_accounts where id = ${accountId}::uuid`,
  );
  const res = await w.clients.admin.post("/api/accounts/reviews", {
    title: `棚卸し ${w.seq()}`,
    systemIds: [systemId],
  });
  if (res.status !== 201) throw new Error(`review: ${res.status} ${await res.text()}`);
  const id = ((await res.json()) as { data: { id: string } }).data.id;
  const [item] = await rowsOf<{ id: string }>(
    w,
    sql`select id from account_review_items where review_id = ${id}::uuid`,
  );
  return { id, itemId: item.id, accountId };
}

/** A review whose one ID the 課長 has decided. */
async function decidedReview(w: World, decision: "keep" | "remove") {
  const r = await review(w);
  const res = await w.clients.managerA.post(`/api/accounts/reviews/${r.id}/items/${r.itemId}/decision`, {
    decision,
    reason: "棚卸しの判断",
  });
  if (res.status !== 200) throw new Error(`review decision: ${res.status} ${await res.text()}`);
  return r;
}

/** A privileged ID held by `holder` (default staffA) on a new system of `departmentId`. */
export async function privilegedAccount(w: World, departmentId = A(w), holder?: string) {
  const systemId = await accountSystem(w, departmentId);
  const res = await w.clients.admin.post("/api/accounts/accounts", {
    systemId,
    loginName: `ops${w.seq()}`,
    holderKind: "person",
    personId: holder ?? w.members.staffA.personId,
    privileged: true,
    approvalRef: "R8-1",
    connectionLimitMinutes: 60,
  });
  if (res.status !== 201) throw new Error(`privileged account: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { id: string } }).data.id;
}

const period = (w: World, fromHours: number, toHours: number) => ({
  startsAt: new Date(w.t.clock.now.getTime() + fromHours * 3_600_000).toISOString(),
  endsAt: new Date(w.t.clock.now.getTime() + toHours * 3_600_000).toISOString(),
});

/** staffA's check-out of a fresh privileged ID, optionally returned. */
export async function checkout(w: World, returned: boolean) {
  const accountId = await privilegedAccount(w);
  const res = await w.clients.staffA.post("/api/accounts/privileged/checkouts", {
    accountId,
    purpose: "定期保守",
    ...period(w, 0, 2),
  });
  if (res.status !== 201) throw new Error(`checkout: ${res.status} ${await res.text()}`);
  const id = ((await res.json()) as { data: { id: string } }).data.id;
  if (returned) {
    const r = await w.clients.staffA.post(`/api/accounts/privileged/checkouts/${id}/return`, {
      workNote: "保守を実施",
    });
    if (r.status !== 200) throw new Error(`checkout return: ${r.status} ${await r.text()}`);
  }
  return id;
}

/**
 * An approved 特権代行者 request naming staffB for the system of this privileged ID (its approval
 * chain is the requests module's).
 */
async function approvedDeputyRequest(w: World, accountId: string) {
  const [row] = await rowsOf<{ id: string; number: string }>(
    w,
    sql`insert into requests (kind, status, requester_person_id, department_id, fields, approval_required)
        values ('privileged_deputy', 'approved', ${w.members.managerA.personId}::uuid, ${A(w)}::uuid,
                ${JSON.stringify({ deputyPersonId: w.members.staffB.personId })}::jsonb, true)
        returning id, number`,
  );
  await rowsOf(
    w,
    sql`insert into request_assets (request_id, asset_id)
        select ${row.id}::uuid, s.asset_id from system_accounts a join account_systems s on s.id = a.system_id
        where a.id = ${accountId}::uuid returning request_id`,
  );
  return Number(row.number);
}

export const ACCOUNTS_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/accounts/privileged/checkouts": {
    allow: ["staffA"],
    rule: "privileged_id.check_out: the ID's holder or an approved deputy in force (7.2(5), 7.2(1)③(イ)); keepers do not take another's ID",
    bodyIds: { accountId: { hidden: (w) => privilegedAccount(w, w.deptB.id, w.members.staffB.personId) } },
    async prepare(w) {
      return {
        url: "/api/accounts/privileged/checkouts",
        body: { accountId: await privilegedAccount(w), purpose: "定期保守", ...period(w, 0, 2) },
        watch: [["privileged_checkouts"]],
      };
    },
  },
  "POST /api/accounts/privileged/checkouts/{id}/return": {
    allow: ["staffA", "managerA", "admin"],
    rule: "privileged_checkout.return: the one who took it, or the system's keepers",
    async prepare(w) {
      const id = await checkout(w, false);
      return {
        url: `/api/accounts/privileged/checkouts/${id}/return`,
        body: { workNote: "保守を実施" },
        watch: [["privileged_checkouts", id]],
      };
    },
  },
  "POST /api/accounts/privileged/checkouts/{id}/review": {
    allow: ["managerA", "admin"],
    rule: "privileged_checkout.review: the system's keepers other than the one who used it",
    async prepare(w) {
      const id = await checkout(w, true);
      return {
        url: `/api/accounts/privileged/checkouts/${id}/review`,
        body: { reviewNote: "作業記録と一致" },
        watch: [["privileged_checkouts", id]],
      };
    },
  },
  "POST /api/accounts/privileged/deputies": {
    allow: ["managerA"],
    refusal: {
      statuses: [400],
      why: "the system administrator (administer_system) keeps the system but may not open department A's request: its number is answered like an unknown one",
    },
    rule: "privileged_deputy.record: the system's keepers, from an approved 特権代行者 request (7.2(1)③(イ))",
    bodyIds: { accountId: { hidden: (w) => privilegedAccount(w, w.deptB.id, w.members.staffB.personId) } },
    async prepare(w) {
      return {
        url: "/api/accounts/privileged/deputies",
        body: await privilegedAccount(w).then(async (accountId) => ({
          accountId,
          requestNumber: await approvedDeputyRequest(w, accountId),
        })),
        watch: [["privileged_deputies"]],
      };
    },
  },

  "POST /api/accounts/ic-cards": {
    allow: ["managerA", "admin"],
    bodyIds: { personId: { hidden: personOfB } },
    refusal: {
      statuses: [400],
      why: "a holder the caller may not see is answered exactly like an unknown person (personId), so existence does not leak",
    },
    rule: "ic_card.manage: manage_department_security over the holder's department, administer_system or manage_network",
    async prepare(w) {
      const holder = await makePerson(w.t.database.db, { departmentId: A(w) });
      return {
        url: "/api/accounts/ic-cards",
        body: { cardNumber: `IC-${w.seq()}`, personId: holder.id, issuedOn: "2026-04-01" },
        watch: [["ic_cards"]],
      };
    },
  },
  "POST /api/accounts/ic-cards/lost": {
    allow: ALL,
    rule: "ic_card.report_lost: anyone signed in reports a lost card (6.4(1)①(ウ): 速やかに)",
    async prepare(w) {
      const card = await icCard(w);
      return {
        url: "/api/accounts/ic-cards/lost",
        body: { cardNumber: card.cardNumber, circumstances: "帰宅途中に紛失" },
        watch: [["ic_cards", card.id]],
      };
    },
  },
  "POST /api/accounts/ic-cards/{id}/found": {
    allow: ["managerA", "admin"],
    rule: "ic_card.manage (keepers of the holder's department)",
    async prepare(w) {
      const card = await icCard(w, true);
      return { url: `/api/accounts/ic-cards/${card.id}/found`, watch: [["ic_cards", card.id]] };
    },
  },
  "POST /api/accounts/ic-cards/{id}/replace": {
    allow: ["managerA", "admin"],
    rule: "ic_card.manage (keepers of the holder's department)",
    async prepare(w) {
      const card = await icCard(w);
      return {
        url: `/api/accounts/ic-cards/${card.id}/replace`,
        body: { newCardNumber: `IC-${w.seq()}`, issuedOn: "2026-04-02", destroyMethod: "破砕" },
        watch: [["ic_cards"]],
      };
    },
  },
  "POST /api/accounts/ic-cards/{id}/return": {
    allow: ["managerA", "admin"],
    rule: "ic_card.manage (keepers of the holder's department)",
    async prepare(w) {
      const card = await icCard(w);
      return { url: `/api/accounts/ic-cards/${card.id}/return`, watch: [["ic_cards", card.id]] };
    },
  },
  "POST /api/accounts/systems": {
    allow: ["managerA", "admin"],
    bodyIds: { assetId: { hidden: (w) => systemAsset(w, w.deptB.id) } },
    rule: "account_system.write: manage_department_security over the owner department, administer_system or manage_network",
    async prepare(w) {
      return {
        url: "/api/accounts/systems",
        body: { assetId: await systemAsset(w) },
        watch: [["account_systems"]],
      };
    },
  },
  "PATCH /api/accounts/systems/{id}": {
    allow: ["managerA", "admin"],
    rule: "account_system.write (keepers of the owner department)",
    async prepare(w) {
      const id = await accountSystem(w);
      return {
        url: `/api/accounts/systems/${id}`,
        body: { note: "年度当初の棚卸し済み" },
        watch: [["account_systems", id]],
      };
    },
  },
  "POST /api/accounts/systems/{id}/import": {
    allow: ["managerA", "admin"],
    rule: "account_system.write (keepers of the owner department)",
    async prepare(w) {
      const id = await accountSystem(w);
      return {
        url: `/api/accounts/systems/${id}/import`,
        form: () => {
          const f = csvFile("users.csv", [
            ["ログイン名", "種別"],
            [`batch${w.seq()}`, "システム"],
          ]);
          f.append("dryRun", "false");
          return f;
        },
        watch: [["system_accounts"]],
      };
    },
  },
  "POST /api/accounts/accounts": {
    allow: ["managerA", "admin"],
    bodyIds: { systemId: { hidden: (w) => accountSystem(w, w.deptB.id) } },
    rule: "account_system.write on the ID's system (keepers of the owner department)",
    async prepare(w) {
      const systemId = await accountSystem(w);
      return {
        url: "/api/accounts/accounts",
        body: { systemId, loginName: `u${w.seq()}`, holderKind: "shared" },
        watch: [["system_accounts"]],
      };
    },
  },
  "PATCH /api/accounts/accounts/{id}": {
    allow: ["managerA", "admin"],
    rule: "system_account.write (keepers of the system's owner department; the holder only reads)",
    async prepare(w) {
      const id = await systemAccount(w);
      return {
        url: `/api/accounts/accounts/${id}`,
        body: { state: "suspended" },
        watch: [["system_accounts", id]],
      };
    },
  },
  "POST /api/accounts/accounts/{id}/deletion-request": {
    allow: ["staffA"],
    rule: "system_account.request_deletion: only the ID's holder (西原村 7.2(1)②(イ)); anyone else 404",
    async prepare(w) {
      const id = await systemAccount(w);
      return {
        url: `/api/accounts/accounts/${id}/deletion-request`,
        body: { reason: "不要になった" },
        watch: [["system_accounts", id]],
      };
    },
  },
  "POST /api/accounts/accounts/{id}/deletion-request/decision": {
    allow: ["managerA", "admin"],
    rule: "system_account.decide_deletion: the keepers of the ID's system answer its holder's ask (西原村 7.2(1)②(イ))",
    async prepare(w) {
      const id = await systemAccount(w);
      const asked = await w.clients.staffA.post(`/api/accounts/accounts/${id}/deletion-request`, {});
      if (asked.status !== 201) throw new Error(`deletion ask: ${asked.status} ${await asked.text()}`);
      return {
        url: `/api/accounts/accounts/${id}/deletion-request/decision`,
        body: { outcome: "removed" },
        watch: [["system_accounts", id]],
      };
    },
  },
  "POST /api/accounts/reviews": {
    allow: ["admin"],
    rule: "account_review.organize: manage_network or administer_system organization-wide (7.2(1)②(ウ))",
    async prepare(w) {
      const accountId = await systemAccount(w);
      const [{ systemId }] = await rowsOf<{ systemId: string }>(
        w,
        sql`select system_id as "systemId" from system_accounts where id = ${accountId}::uuid`,
      );
      return {
        url: "/api/accounts/reviews",
        body: { title: "令和8年度 ID棚卸し", systemIds: [systemId] },
        watch: [["account_reviews"], ["account_review_items"]],
      };
    },
    bodyIds: {
      "systemIds[]": {
        open: "only organization-wide organizers may start a review, and they see every system (account_system.read)",
      },
    },
  },
  "POST /api/accounts/reviews/{id}/items/{itemId}/decision": {
    allow: ["managerA"],
    rule: "account_review_item.decide: the profile's reviewer (nishihara: manage_department_security) over the owner department",
    async prepare(w) {
      const r = await review(w);
      return {
        url: `/api/accounts/reviews/${r.id}/items/${r.itemId}/decision`,
        body: { decision: "keep", reason: "業務で使用中" },
        watch: [["account_review_items", r.itemId]],
      };
    },
  },
  "POST /api/accounts/reviews/{id}/items/{itemId}/done": {
    allow: ["managerA", "admin"],
    rule: "account_review_item.complete_task: keepers of the system (its administrator, the 課長, administer_system, manage_network)",
    async prepare(w) {
      const r = await decidedReview(w, "remove");
      return {
        url: `/api/accounts/reviews/${r.id}/items/${r.itemId}/done`,
        body: {},
        watch: [
          ["account_review_items", r.itemId],
          ["system_accounts", r.accountId],
        ],
      };
    },
  },
  "POST /api/accounts/reviews/{id}/close": {
    allow: ["admin"],
    rule: "account_review.organize (once every ID is decided)",
    async prepare(w) {
      const r = await decidedReview(w, "keep");
      return { url: `/api/accounts/reviews/${r.id}/close`, watch: [["account_reviews", r.id]] };
    },
  },
  // ── auth: self-service (each persona on a fresh login of the same kind) ────────────────────
};
