/**
 * Write fixtures of 自己点検 (assurance: check items, campaigns, sheets, answers, findings): the
 * rules are described in ./index.ts. In 西原村 the office is the CISO (and the ネットワーク管理者, the
 * witness netAdmin); a 課's sheet is answered by its 課長 (managerA, manage_department_security).
 */

import { sql } from "drizzle-orm";
import { ok, personOfB, rowsOf, textFile, type World } from "../matrix-world";
import { assuranceFinding } from "./assurance";
import { A, type WriteFixture } from "./shared";

/** Fiscal years no other campaign of the world has used (one campaign per 年度 and scope). */
let campaignYear = 2040;

async function campaign(w: World): Promise<string> {
  const c = await ok<{ id: string }>(
    w.clients.ciso.post("/api/assurance/campaigns", { fiscalYear: campaignYear++, scopeKey: "department" }),
    "campaign",
  );
  return c.id;
}

interface Sheet {
  campaignId: string;
  sheetId: string;
  itemIds: string[];
  /** The next item no fixture has answered yet. */
  next: number;
}

async function sheetOf(w: World, campaignId: string, departmentId = A(w)): Promise<Sheet> {
  const [sheet] = await rowsOf<{ id: string }>(
    w,
    sql`select id from assurance_sheets where campaign_id = ${campaignId}::uuid and department_id = ${departmentId}::uuid`,
  );
  const items = await rowsOf<{ item_id: string }>(
    w,
    sql`select item_id from assurance_campaign_items where campaign_id = ${campaignId}::uuid order by ordinal`,
  );
  if (!sheet || !items.length) throw new Error("world: the campaign has no sheet of the 課");
  return { campaignId, sheetId: sheet.id, itemIds: items.map((i) => i.item_id), next: 0 };
}

const openSheets = new WeakMap<World, Sheet>();
/** Department A's sheet of an open campaign (one per world; answers add up on it). */
async function openSheet(w: World): Promise<Sheet> {
  let s = openSheets.get(w);
  if (!s) {
    s = await sheetOf(w, await campaign(w));
    openSheets.set(w, s);
  }
  return s;
}

/** A fresh answer of できていない on department A's open sheet, given by its 課長. */
async function answerNo(w: World): Promise<string> {
  const s = await openSheet(w);
  const itemId = s.itemIds[s.next++];
  await ok(
    w.clients.managerA.put(`/api/assurance/sheets/${s.sheetId}/answers`, {
      answers: [{ itemId, value: "no", comment: "手順書が未整備" }],
    }),
    "answer",
  );
  const [row] = await rowsOf<{ id: string }>(
    w,
    sql`select id from assurance_answers where sheet_id = ${s.sheetId}::uuid and item_id = ${itemId}::uuid`,
  );
  return row.id;
}

/** An answer of できていない on department B's sheet: department A's 課長 may not see it. */
async function answerOfB(w: World): Promise<string> {
  const a = await openSheet(w);
  const b = await sheetOf(w, a.campaignId, w.deptB.id);
  const itemId = a.itemIds[a.next++];
  const [row] = await rowsOf<{ id: string }>(
    w,
    sql`insert into assurance_answers (sheet_id, item_id, value, answered_at)
        values (${b.sheetId}::uuid, ${itemId}::uuid, 'no', now()) returning id`,
  );
  return row.id;
}

async function firstItem(w: World): Promise<string> {
  await ok(w.clients.ciso.post("/api/assurance/items/sync"), "items sync");
  const [row] = await rowsOf<{ id: string }>(w, sql`select id from assurance_items order by id limit 1`);
  return row.id;
}

const evidence = () => textFile("evidence");
const OWNER_OF_A = (w: World) => w.members.staffA.personId;
const PERSON_HIDDEN = { hidden: personOfB };
const OFFICE =
  "the office: chief_information_security_officer or manage_network (assurance/access.ts isOffice)";
const NOT_SEEN_IS_UNKNOWN = {
  statuses: [400],
  why: "an answer the caller may not read is answered exactly like an unknown id (answerId), so existence does not leak",
};

export const ASSURANCE_CAMPAIGN_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/assurance/items/sync": {
    allow: ["ciso"],
    witness: "netAdmin",
    rule: `assurance_item.edit: ${OFFICE}`,
    async prepare() {
      return { url: "/api/assurance/items/sync", watch: [["assurance_items"]] };
    },
  },
  "PATCH /api/assurance/items/{id}": {
    allow: ["ciso"],
    witness: "netAdmin",
    rule: `assurance_item.edit: ${OFFICE}`,
    async prepare(w) {
      const id = await firstItem(w);
      return {
        url: `/api/assurance/items/${id}`,
        body: { question: `基本方針に沿った対策を講じているか（${w.seq()}）。` },
        watch: [["assurance_items", id]],
      };
    },
  },
  "POST /api/assurance/campaigns": {
    allow: ["ciso"],
    witness: "netAdmin",
    rule: `assurance_campaign.manage: ${OFFICE}`,
    async prepare() {
      return {
        url: "/api/assurance/campaigns",
        body: { fiscalYear: campaignYear++, scopeKey: "department" },
        watch: [["assurance_campaigns"], ["assurance_sheets"]],
      };
    },
  },
  "POST /api/assurance/campaigns/{id}/close": {
    allow: ["ciso"],
    witness: "netAdmin",
    rule: `assurance_campaign.manage: ${OFFICE}`,
    async prepare(w) {
      const id = await campaign(w);
      return { url: `/api/assurance/campaigns/${id}/close`, watch: [["assurance_campaigns", id]] };
    },
  },
  "PUT /api/assurance/sheets/{id}/answers": {
    allow: ["managerA"],
    bodyIds: {
      "answers[].itemId": {
        open: "check items are read by everyone signed in (assurance_item.read); an item not on the sheet is refused by row",
      },
    },
    rule: "assurance_sheet.answer: the respondent — for a 課's sheet, manage_department_security over the 課 — while the campaign is open",
    async prepare(w) {
      const s = await openSheet(w);
      return {
        url: `/api/assurance/sheets/${s.sheetId}/answers`,
        body: { answers: [{ itemId: s.itemIds[s.itemIds.length - 1], value: "yes" }] },
        watch: [["assurance_sheets", s.sheetId], ["assurance_answers"]],
      };
    },
  },
  "POST /api/assurance/sheets/{id}/submit": {
    allow: ["managerA"],
    rule: "assurance_sheet.answer: the respondent submits the answered sheet",
    async prepare(w) {
      const s = await sheetOf(w, await campaign(w));
      await ok(
        w.clients.managerA.put(`/api/assurance/sheets/${s.sheetId}/answers`, {
          answers: s.itemIds.map((itemId) => ({ itemId, value: "yes" })),
        }),
        "all answers",
      );
      return { url: `/api/assurance/sheets/${s.sheetId}/submit`, watch: [["assurance_sheets", s.sheetId]] };
    },
  },
  "POST /api/assurance/answers/{id}/files": {
    allow: ["managerA"],
    rule: "assurance_sheet.answer: evidence for an answer is the respondent's, while the sheet is open",
    async prepare(w) {
      return {
        url: `/api/assurance/answers/${await answerNo(w)}/files`,
        form: evidence,
        watch: [["assurance_files"]],
      };
    },
  },
  "POST /api/assurance/findings": {
    allow: ["managerA", "ciso"],
    witness: "netAdmin",
    refusal: NOT_SEEN_IS_UNKNOWN,
    bodyIds: { answerId: { hidden: answerOfB }, ownerPersonId: PERSON_HIDDEN },
    rule: "assurance_sheet.raise_finding: the office, whoever the results go to (committee_member), or the 課's head",
    async prepare(w) {
      return {
        url: "/api/assurance/findings",
        body: {
          answerId: await answerNo(w),
          severity: "medium",
          ownerPersonId: OWNER_OF_A(w),
          correctiveAction: "手順書を整備する",
          dueDate: "2027-03-31",
        },
        watch: [["assurance_findings"]],
      };
    },
  },
  "PATCH /api/assurance/findings/{id}": {
    allow: ["managerA", "ciso"],
    witness: "netAdmin",
    bodyIds: { ownerPersonId: PERSON_HIDDEN },
    rule: "assurance_finding.update: its owner, a head of its unit or the office, while not closed",
    async prepare(w) {
      const id = await assuranceFinding(w);
      return {
        url: `/api/assurance/findings/${id}`,
        body: { state: "in_progress", ownerPersonId: OWNER_OF_A(w), correctiveAction: "掲示物を撤去する" },
        watch: [["assurance_findings", id]],
      };
    },
  },
  "POST /api/assurance/findings/{id}/lateral": {
    allow: ["ciso"],
    witness: "netAdmin",
    bodyIds: {
      "departmentIds[]": {
        open: "the office opens 横展開 in any 課: the organization chart is read by everyone signed in",
      },
    },
    rule: `assurance_finding.lateral: ${OFFICE}`,
    async prepare(w) {
      const id = await assuranceFinding(w);
      return {
        url: `/api/assurance/findings/${id}/lateral`,
        body: { departmentIds: [w.deptB.id], dueDate: "2027-05-31" },
        watch: [["assurance_findings"]],
      };
    },
  },
  "POST /api/assurance/findings/{id}/files": {
    allow: ["managerA", "ciso"],
    witness: "netAdmin",
    rule: "assurance_finding.attach: its owner, a head of its unit or the office, while not closed",
    async prepare(w) {
      const id = await assuranceFinding(w);
      return { url: `/api/assurance/findings/${id}/files`, form: evidence, watch: [["assurance_files"]] };
    },
  },
};
