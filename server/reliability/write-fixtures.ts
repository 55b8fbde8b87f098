/**
 * WRITE_FIXTURES: for every state-changing route of /api/openapi.json, how to make department A's
 * record it acts on (anew: `prepare` runs again after every call that succeeded), a body that
 * succeeds for a persona who is allowed (built from what the module tests send), and who is
 * allowed — derived from the access rules of the module (`access.ts`) and the nishihara profile:
 *
 *   staffA   住民課 staff, no role                  managerA  security_system_manager of 住民課
 *   staffB   税務課 staff, no role                  ciso      ciso (approve_exception, view_all_departments, …)
 *   csirt    csirt (triage_incident, report_outside, view_all_departments, receive_incident_reports)
 *   auditor  auditor (perform_audit only)          admin     system_staff (administer_system,
 *                                                             manage_organization, view_audit_log)
 *
 * Every persona not in `allow` must be refused (401 anonymous; 403/404 signed in), write nothing
 * (audit event count and the watched rows unchanged) and never get a 5xx.
 */

import { eq, sql } from "drizzle-orm";
import { generate, generateSecret } from "otplib";
import { users } from "../auth/tables";
import { mailOutbox } from "../notify/tables";
import { makePerson, makeUser } from "../test/factories";
import { type AuthedClient, sessionCookieOf } from "../test/session";
import {
  type Actor,
  assetBody,
  assetOfB,
  campaign,
  carryOutFields,
  csvFile,
  department,
  deputy,
  deputyAcknowledged,
  deputyBody,
  emergencyException,
  incident,
  incidentFile,
  incidentTask,
  loginUser,
  makeAsset,
  namedPerson,
  nextIp,
  notification,
  ok,
  person,
  personOfB,
  preventionAction,
  procedureOfA,
  publishedPolicy,
  ROLES,
  registerBody,
  relation,
  request,
  restrictedIncident,
  roleAssignment,
  rowsOf,
  type SignedInPersona,
  savedView,
  signedInUser,
  textFile,
  topLevelAssetOfA,
  transfer,
  transferBody,
  violation,
  type Witness,
  type World,
} from "./matrix-world";

export interface Prepared {
  url: string;
  /** JSON body (sent as is). */
  body?: unknown;
  /** Multipart body (a fresh FormData per call). */
  form?: () => FormData;
  /** Rows that a refused call must leave unchanged: [table, id] (the row) or [table] (its count). */
  watch?: Array<[string, string?]>;
  /** Self-service routes: the client that acts as the persona (a fresh login of the same kind). */
  client?: AuthedClient | "raw";
  /** Headers for a "raw" client (a session that still owes its second factor). */
  headers?: Record<string, string>;
}

export interface WriteFixture {
  /** Signed-in personas allowed (2xx); "all" = everyone signed in. */
  allow: SignedInPersona[] | "all";
  /** Why, in terms of the access rules. */
  rule: string;
  /** Public route: anonymous is allowed too. */
  public?: boolean;
  /** Someone outside the matrix who is allowed: proves the fixture valid when `allow` is empty. */
  witness?: Witness;
  /** Self-service: `prepare` gets the persona and makes a fresh login of the same kind. */
  self?: boolean;
  prepare(w: World, as: Actor | null): Promise<Prepared>;
  /** Other refusal statuses accepted for signed-in personas on this route, with the reason. */
  refusal?: { statuses: number[]; why: string };
  /**
   * Every id field of the body (array items as `[]`): how to make a record of its kind that the
   * acting persona (`as`, else the narrowest allowed one) may not see — it must be answered like
   * an unknown id — or why every allowed persona sees every such record (authorization-matrix-body-ids).
   */
  bodyIds?: Record<string, BodyIdRule | BodyIdRule[]>;
}

export type BodyIdRule = { hidden(w: World): Promise<string>; as?: Actor } | { open: string };

const A = (w: World) => w.deptA.id;

/** An open finding of department A (as a self-inspection gap would leave it). */
async function assuranceFinding(w: World): Promise<string> {
  const res = (await w.t.database.db.execute(sql`
    insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, due_date, state, created_at, updated_at)
    values (${w.t.deps.profile().id}, 'answer', 'nishihara:対策基準/10.2/(1)/②', ${A(w)}, '掲示されたパスワード', 'medium', '2026-06-30', 'open', now(), now())
    returning id`)) as unknown as { rows: Array<{ id: string }> };
  return res.rows[0].id;
}

/** An improvement plan of department A by its 課長, submitted when asked. */
async function assurancePlan(w: World, submitted: boolean): Promise<string> {
  const res = await w.clients.managerA.post("/api/assurance/improvement-plans", {
    title: "改善計画",
    description: "掲示物の撤去",
    departmentId: A(w),
    findingIds: [await assuranceFinding(w)],
  });
  const id = ((await res.json()) as { data: { id: string } }).data.id;
  if (submitted) await w.clients.managerA.post(`/api/assurance/improvement-plans/${id}/submit`);
  return id;
}

const ALL = "all" as const;

/** A fresh login with the same department and roles as the persona (self-service routes). */
async function twin(w: World, as: Actor | null, mfa: "enabled" | "none" = "enabled") {
  if (!as) return null;
  const [dept, roles] = ROLES[as];
  const unit = { A: w.deptA.id, B: w.deptB.id, home: w.home.id }[dept];
  const r = roles.map(([k, s]) => [k, s ? w.deptA.id : null] as [string, string | null]);
  if (mfa === "enabled") return signedInUser(w.t, unit, r);
  return null;
}

/** A login whose session still owes a second factor (mfa: enabled) or an enrolment (mfa: none). */
async function pendingSession(w: World, as: Actor | null, mfa: "enabled" | "none") {
  const [dept, roles] = as ? ROLES[as] : ["A" as const, []];
  const unit = { A: w.deptA.id, B: w.deptB.id, home: w.home.id }[dept];
  const r = roles.map(([k, s]) => [k, s ? w.deptA.id : null] as [string, string | null]);
  const { user, password } = await makeUser(w.t.database.db, { departmentId: unit, roles: r });
  const secret = generateSecret();
  if (mfa === "enabled")
    await w.t.database.db
      .update(users)
      .set({ totpSecret: secret, totpEnabled: true })
      .where(eq(users.id, user.id));
  const res = await w.t.app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-test-ip": nextIp() },
    body: JSON.stringify({ loginId: user.loginId, password }),
  });
  const body = (await res.json()) as { csrfToken?: string };
  const cookie = sessionCookieOf(res);
  if (res.status !== 200 || !cookie)
    throw new Error(`pending session: ${res.status} ${JSON.stringify(body)}`);
  const headers = {
    cookie,
    "x-csrf-token": String(body.csrfToken ?? ""),
    "content-type": "application/json",
  };
  const code = () => generate({ secret, epoch: Math.floor(w.t.clock.now.getTime() / 1000) });
  return { headers, code, userId: user.id };
}

/** A system asset of department A (ID管理), optionally already registered by the administrator. */
async function systemAsset(w: World) {
  const [row] = await rowsOf<{ id: string }>(
    w,
    sql`insert into assets (asset_number, name, kind, department_id) values (${`SYS-${w.seq()}`}, ${`住民記録システム ${w.seq()}`}, 'system', ${A(w)}::uuid) returning id`,
  );
  return row.id;
}
async function accountSystem(w: World) {
  const assetId = await systemAsset(w);
  const res = await w.clients.admin.post("/api/accounts/systems", { assetId });
  if (res.status !== 201) throw new Error(`account system: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { id: string } }).data.id;
}
async function systemAccount(w: World) {
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

/** A contractor and a contract of department A (委託・外部サービス), moved on to `state`. */
async function supplierContract(
  w: World,
  state: "draft" | "checked" | "active" = "draft",
  over: Record<string, unknown> = {},
) {
  const m = w.clients.managerA;
  const contractor = await ok<{ id: string }>(
    m.post("/api/suppliers/contractors", { name: `委託事業者${w.seq()}` }),
    "contractor",
  );
  const c = await ok<{ id: string }>(
    m.post("/api/suppliers/contracts", {
      contractorId: contractor.id,
      departmentId: A(w),
      subject: `窓口業務委託${w.seq()}`,
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
      ...over,
    }),
    "contract",
  );
  for (const to of state === "draft" ? [] : state === "checked" ? ["checked"] : ["checked", "active"])
    await ok(m.post(`/api/suppliers/contracts/${c.id}/transition`, { state: to }), `contract ${to}`);
  return { id: c.id, contractorId: contractor.id };
}
let trainingYear = 2030;
/** A fiscal year no other training fixture has used (one plan per 年度). */
const nextTrainingYear = () => trainingYear++;
async function trainingPlan(w: World): Promise<string> {
  const plan = await ok<{ id: string }>(
    w.clients.ciso.post("/api/training/plans", { fiscalYear: nextTrainingYear(), title: "行列 研修計画" }),
    "training plan",
  );
  return plan.id;
}
const trainingCourseBody = (planId: string) => ({
  planId,
  title: "行列 研修",
  delivery: "classroom",
  audience: { kind: "everyone" },
});
const courseYears = new Map<string, number>();
const trainingYearOf = (course: string) => courseYears.get(course) ?? 2000;
async function trainingCourse(w: World): Promise<string> {
  const plan = await trainingPlan(w);
  const course = await ok<{ id: string; fiscalYear: number }>(
    w.clients.ciso.post("/api/training/courses", trainingCourseBody(plan)),
    "course",
  );
  courseYears.set(course.id, course.fiscalYear);
  return course.id;
}
let newHirePlan: World | null = null;
/** A 令和8年度 plan in effect whose new-hire course people who join on 2026-04-01 are given. */
async function trainingNewHirePlan(w: World) {
  if (newHirePlan === w) return;
  const plan = await ok<{ id: string }>(
    w.clients.ciso.post("/api/training/plans", { fiscalYear: 2026, title: "行列 令和8年度 研修計画" }),
    "training plan 2026",
  );
  await ok(
    w.clients.ciso.post("/api/training/courses", { ...trainingCourseBody(plan.id), newHire: true }),
    "new-hire course",
  );
  await ok(w.clients.ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" }), "submit");
  await ok(
    w.clients.committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" }),
    "approve",
  );
  await ok(
    w.clients.ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" }),
    "in effect",
  );
  newHirePlan = w;
}
/** A 会計年度任用職員 of 住民課 without a login. */
const fiscalYearStaff = async (w: World) =>
  (
    await makePerson(w.t.database.db, {
      name: `行列 会計年度${w.seq()}`,
      departmentId: A(w),
      employmentType: "fiscal_year",
    })
  ).id;
let runningCourse: { world: World; id: string } | null = null;
/** A session on 2026-03-01 of the one course of a 令和7年度 plan that the committee approved and put in effect. */
async function trainingSession(w: World): Promise<string> {
  if (runningCourse?.world !== w) {
    const plan = await ok<{ id: string }>(
      w.clients.ciso.post("/api/training/plans", { fiscalYear: 2025, title: "行列 令和7年度 研修計画" }),
      "training plan 2025",
    );
    const course = await ok<{ id: string }>(
      w.clients.ciso.post("/api/training/courses", trainingCourseBody(plan.id)),
      "course",
    );
    await ok(w.clients.ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" }), "submit");
    await ok(
      w.clients.committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" }),
      "approve",
    );
    await ok(
      w.clients.ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" }),
      "in effect",
    );
    runningCourse = { world: w, id: course.id };
  }
  const session = await ok<{ id: string }>(
    w.clients.ciso.post("/api/training/sessions", {
      courseId: runningCourse.id,
      heldOn: "2026-03-01",
      place: "行列 会議室",
    }),
    "session",
  );
  return session.id;
}

/** A lent item (受渡票) of an active contract of department A. */
async function supplierLending(w: World) {
  const { id } = await supplierContract(w, "active");
  const l = await ok<{ id: string }>(
    w.clients.managerA.post(`/api/suppliers/contracts/${id}/lendings`, {
      slipNumber: `受渡-${w.seq()}`,
      description: "申請書の写し",
      lentOn: "2026-04-05",
    }),
    "lending",
  );
  return { id: l.id, contractId: id };
}

/** An IC card of a department-A person without a login (a loss report ends no persona's session). */
async function icCard(w: World, lost = false) {
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

export const WRITE_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/assurance/improvement-plans": {
    allow: ["managerA", "ciso"],
    rule: "assurance_plan.create: the office (CISO, ネットワーク管理者) or a head of the plan's 課",
    async prepare(w) {
      return {
        url: "/api/assurance/improvement-plans",
        body: {
          title: "改善計画",
          description: "掲示物の撤去",
          departmentId: A(w),
          findingIds: [await assuranceFinding(w)],
        },
        watch: [["assurance_improvement_plans"]],
      };
    },
  },
  "POST /api/assurance/improvement-plans/{id}/submit": {
    allow: ["managerA", "ciso"],
    rule: "assurance_plan.submit: its author, a head of its 課 or the office, while draft or returned",
    async prepare(w) {
      const id = await assurancePlan(w, false);
      return {
        url: `/api/assurance/improvement-plans/${id}/submit`,
        body: {},
        watch: [["assurance_improvement_plans", id]],
      };
    },
  },
  "POST /api/assurance/improvement-plans/{id}/decision": {
    allow: [],
    witness: "committee",
    rule: "assurance_plan.approve: the profile's approver duty (西原村: committee_member), never the author",
    async prepare(w) {
      const id = await assurancePlan(w, true);
      return {
        url: `/api/assurance/improvement-plans/${id}/decision`,
        body: { decision: "approve" },
        watch: [["assurance_improvement_plans", id]],
      };
    },
  },
  "POST /api/accounts/ic-cards": {
    allow: ["managerA", "admin"],
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
  // ── auth: self-service (each persona on a fresh login of the same kind) ────────────────────
  "POST /api/auth/mfa/verify": {
    allow: ALL,
    self: true,
    rule: "a session that owes its second factor finishes sign-in with its own code",
    async prepare(w, as) {
      const s = await pendingSession(w, as, "enabled");
      return {
        url: "/api/auth/mfa/verify",
        body: { code: await s.code() },
        client: "raw",
        headers: s.headers,
      };
    },
  },
  "POST /api/auth/password": {
    allow: ALL,
    self: true,
    rule: "everyone changes their own password (and only their own: no id in the path)",
    async prepare(w, as) {
      const tw = await twin(w, as);
      return {
        url: "/api/auth/password",
        body: {
          currentPassword: tw?.member.password ?? "Test-Passw0rd!x",
          newPassword: "Matrix-Neu3s!Passwort",
        },
        client: tw?.client,
        watch: tw ? [["users", tw.member.userId]] : [],
      };
    },
  },
  "POST /api/auth/mfa/setup": {
    allow: ALL,
    self: true,
    rule: "a login without MFA starts its own TOTP enrolment",
    async prepare(w, as) {
      const s = await pendingSession(w, as, "none");
      return { url: "/api/auth/mfa/setup", client: "raw", headers: s.headers };
    },
  },
  "POST /api/auth/mfa/enable": {
    allow: ALL,
    self: true,
    rule: "a login confirms its own TOTP enrolment",
    async prepare(w, as) {
      const s = await pendingSession(w, as, "none");
      const setup = await w.t.app.request("/api/auth/mfa/setup", { method: "POST", headers: s.headers });
      const secret = String(((await setup.json()) as { secret?: string }).secret);
      const code = await generate({ secret, epoch: Math.floor(w.t.clock.now.getTime() / 1000) });
      return { url: "/api/auth/mfa/enable", body: { code }, client: "raw", headers: s.headers };
    },
  },
  "POST /api/auth/mfa/disable": {
    allow: [],
    self: true,
    rule: "nishihara requires MFA of every login (対策基準 5.4②): nobody may turn it off",
    async prepare(w, as) {
      const tw = await twin(w, as);
      return {
        url: "/api/auth/mfa/disable",
        body: { password: tw?.member.password ?? "Test-Passw0rd!x" },
        client: tw?.client,
        watch: tw ? [["users", tw.member.userId]] : [],
      };
    },
  },

  // ── user administration: administer_system (admin) only, never on oneself ───────────────────
  ...Object.fromEntries(
    (["unlock", "disable", "enable", "mfa-reset", "reset-password"] as const).map((action) => [
      `POST /api/users/{id}/${action}`,
      {
        allow: ["admin"],
        rule: "user_login.* needs administer_system at organization scope",
        async prepare(w: World): Promise<Prepared> {
          const u = await loginUser(w);
          // The state each act undoes: a locked login to unlock, a disabled one to enable.
          if (action === "unlock")
            await w.t.database.db
              .update(users)
              .set({ failedAttempts: 5, lockedUntil: new Date(w.t.clock.now.getTime() + 3_600_000) })
              .where(eq(users.id, u.userId));
          if (action === "enable")
            await w.t.database.db.update(users).set({ disabled: true }).where(eq(users.id, u.userId));
          return { url: `/api/users/${u.userId}/${action}`, watch: [["users", u.userId]] };
        },
      } satisfies WriteFixture,
    ]),
  ),

  // ── organization: manage_organization at organization scope (admin) ──────────────────────────
  "POST /api/departments": {
    allow: ["admin"],
    rule: "department.create: manage_organization (organization)",
    async prepare(w) {
      const n = w.seq();
      return {
        url: "/api/departments",
        body: { code: `WM-N${n}`, name: `新設課${n}`, kind: "department" },
        watch: [["departments"]],
      };
    },
  },
  "PATCH /api/departments/{id}": {
    allow: ["admin"],
    rule: "department.update: manage_organization (organization)",
    async prepare(w) {
      const id = await department(w);
      return {
        url: `/api/departments/${id}`,
        body: { name: `改称課${w.seq()}` },
        watch: [["departments", id]],
      };
    },
  },
  "POST /api/people": {
    allow: ["admin"],
    bodyIds: {
      departmentId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
    },
    rule: "people.create: manage_organization over the unit",
    async prepare(w) {
      return {
        url: "/api/people",
        body: { name: `新規 職員${w.seq()}`, employmentType: "regular", departmentId: A(w) },
        watch: [["people"]],
      };
    },
  },
  "PATCH /api/people/{id}": {
    allow: ["admin"],
    rule: "person.update: manage_organization over the person's unit",
    async prepare(w) {
      const id = await person(w);
      return { url: `/api/people/${id}`, body: { title: "主査" }, watch: [["people", id]] };
    },
  },
  "POST /api/people/{id}/login": {
    allow: ["admin"],
    rule: "person.createLogin: manage_organization or administer_system (organization)",
    async prepare(w) {
      const id = await person(w);
      return { url: `/api/people/${id}/login`, body: { loginId: `wm-login-${w.seq()}` }, watch: [["users"]] };
    },
  },
  "POST /api/role-assignments": {
    allow: ["admin"],
    bodyIds: {
      personId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
      scopeDepartmentId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
    },
    rule: "roleAssignment.create: manage_organization (organization)",
    async prepare(w) {
      return {
        url: "/api/role-assignments",
        body: { personId: await person(w), roleKey: "security_system_manager", scopeDepartmentId: A(w) },
        watch: [["role_assignments"]],
      };
    },
  },
  "POST /api/role-assignments/{id}/end": {
    allow: ["admin"],
    rule: "roleAssignment.end: manage_organization (organization)",
    async prepare(w) {
      const id = await roleAssignment(w);
      return { url: `/api/role-assignments/${id}/end`, body: {}, watch: [["role_assignments", id]] };
    },
  },
  "DELETE /api/role-assignments/{id}": {
    allow: ["admin"],
    rule: "roleAssignment.end: manage_organization (organization)",
    async prepare(w) {
      const id = await roleAssignment(w);
      return { url: `/api/role-assignments/${id}`, watch: [["role_assignments", id]] };
    },
  },
  "POST /api/deputies": {
    allow: ["admin"],
    bodyIds: {
      principalPersonId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
      deputyPersonId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
    },
    rule: "deputy.create: manage_organization (organization)",
    async prepare(w) {
      return { url: "/api/deputies", body: await deputyBody(w), watch: [["deputies"]] };
    },
  },
  "POST /api/deputies/{id}/end": {
    allow: ["admin"],
    rule: "deputy.end: manage_organization (organization)",
    async prepare(w) {
      const id = await deputy(w);
      return { url: `/api/deputies/${id}/end`, watch: [["deputies", id]] };
    },
  },
  "POST /api/transfers": {
    allow: ["admin"],
    bodyIds: {
      "items[].personId": {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
      "items[].toDepartmentId": {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
    },
    rule: "transfer.create: manage_organization (organization)",
    async prepare(w) {
      return { url: "/api/transfers", body: await transferBody(w), watch: [["transfer_batches"]] };
    },
  },
  "POST /api/transfers/import": {
    allow: ["admin"],
    rule: "transfer.create: manage_organization (organization)",
    async prepare(w) {
      const n = w.seq();
      const p = await makePerson(w.t.database.db, {
        departmentId: A(w),
        name: `異動 対象${n}`,
        employeeNumber: `WM${n}`,
      });
      return {
        url: "/api/transfers/import",
        form: () => {
          const f = csvFile("異動.csv", [
            ["職員番号", "氏名", "異動先所属", "新職名", "発令日"],
            [`WM${n}`, p.name, w.deptB.name, "", "2026/4/10"],
          ]);
          f.append("dryRun", "false");
          f.append("title", `4月異動 ${n}`);
          return f;
        },
        watch: [["transfer_batches"]],
      };
    },
  },
  "POST /api/transfers/{id}/apply": {
    allow: ["admin"],
    rule: "transfer.apply: manage_organization (organization), planned batch",
    async prepare(w) {
      const id = await transfer(w, "2026-04-01");
      return { url: `/api/transfers/${id}/apply`, watch: [["transfer_batches", id]] };
    },
  },
  "POST /api/transfers/{id}/cancel": {
    allow: ["admin"],
    rule: "transfer.cancel: manage_organization (organization), planned batch",
    async prepare(w) {
      const id = await transfer(w);
      return { url: `/api/transfers/${id}/cancel`, watch: [["transfer_batches", id]] };
    },
  },

  // ── assets: members of department A write; classification and inventory are the manager's ────
  "POST /api/assets/import": {
    allow: ["staffA", "managerA"],
    rule: "asset_import.upload for everyone; each row needs asset_department.create (member or own_assets)",
    refusal: {
      statuses: [400],
      why: "the upload itself is open to everyone; a row of a department one may not write is refused as that row's error (import_has_errors) and nothing is imported",
    },
    async prepare(w) {
      const n = w.seq();
      return {
        url: "/api/assets/import",
        form: () => {
          const f = csvFile("台帳.csv", [
            ["資産番号", "資産名", "種別", "所管課", "機密性", "完全性", "可用性"],
            [`WM-IMP-${n}`, `取込資産${n}`, "情報", w.deptA.name, "機密性2", "1", "1"],
          ]);
          f.append("dryRun", "false");
          return f;
        },
        watch: [["assets"]],
      };
    },
  },
  "POST /api/assets": {
    allow: ["staffA", "managerA"],
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
    },
    rule: "asset_department.create: a member of the department or own_assets over it",
    async prepare(w) {
      return { url: "/api/assets", body: assetBody(w), watch: [["assets"]] };
    },
  },
  "POST /api/assets/bulk": {
    allow: ["staffA", "managerA"],
    bodyIds: { "ids[]": { hidden: assetOfB } },
    rule: "asset.update on every asset (member of the department or own_assets)",
    async prepare(w) {
      const id = await makeAsset(w);
      return {
        url: "/api/assets/bulk",
        body: { ids: [id], set: { storagePlace: "書庫2" } },
        watch: [["assets", id]],
      };
    },
  },
  "POST /api/assets/views": {
    allow: ALL,
    rule: "a saved view is one's own: everyone signed in may save one",
    async prepare() {
      return {
        url: "/api/assets/views",
        body: { name: "私の検索", query: { q: "USB" } },
        watch: [["asset_saved_views"]],
      };
    },
  },
  "PATCH /api/assets/views/{id}": {
    allow: ["staffA"],
    rule: "asset_view.manage: only its owner (staffA)",
    async prepare(w) {
      const id = await savedView(w);
      return { url: `/api/assets/views/${id}`, body: { name: "改名" }, watch: [["asset_saved_views", id]] };
    },
  },
  "DELETE /api/assets/views/{id}": {
    allow: ["staffA"],
    rule: "asset_view.manage: only its owner (staffA)",
    async prepare(w) {
      const id = await savedView(w);
      return { url: `/api/assets/views/${id}`, watch: [["asset_saved_views", id]] };
    },
  },
  "POST /api/assets/inventory/campaigns": {
    allow: ["managerA"],
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
    },
    rule: "asset_department.inventory: own_assets over the department",
    async prepare(w) {
      return {
        url: "/api/assets/inventory/campaigns",
        body: { fiscalYear: 1990 + w.seq(), departmentId: A(w) },
        watch: [["inventory_campaigns"]],
      };
    },
  },
  "POST /api/assets/inventory/campaigns/{id}/items/{assetId}": {
    allow: ["managerA"],
    rule: "asset_department.inventory: own_assets over the department",
    async prepare(w) {
      const c = await campaign(w);
      return {
        url: `/api/assets/inventory/campaigns/${c.id}/items/${c.asset}`,
        body: { result: "confirmed" },
        watch: [["inventory_items"]],
      };
    },
  },
  "POST /api/assets/inventory/campaigns/{id}/found": {
    allow: ["managerA"],
    rule: "asset_department.inventory: own_assets over the department",
    async prepare(w) {
      const c = await campaign(w);
      return {
        url: `/api/assets/inventory/campaigns/${c.id}/found`,
        body: { name: "未登録のUSBメモリ", kind: "medium", subkind: "usb_memory", storagePlace: "書庫" },
        watch: [["assets"], ["inventory_items"]],
      };
    },
  },
  "POST /api/assets/inventory/campaigns/{id}/complete": {
    allow: ["managerA"],
    rule: "asset_department.inventory: own_assets over the department",
    async prepare(w) {
      const c = await campaign(w);
      // Every asset checked (as the manager would have, one by one): only then may it complete.
      await w.t.database.db.execute(
        sql`update inventory_items set result = 'confirmed', checked_by = ${w.members.managerA.personId}, checked_at = now() where campaign_id = ${c.id}`,
      );
      return {
        url: `/api/assets/inventory/campaigns/${c.id}/complete`,
        watch: [["inventory_campaigns", c.id]],
      };
    },
  },
  "PATCH /api/assets/{id}": {
    allow: ["staffA", "managerA"],
    rule: "asset.update: sees it and is a member of the department or holds own_assets",
    async prepare(w) {
      const id = await makeAsset(w);
      return { url: `/api/assets/${id}`, body: { storagePlace: "書庫3" }, watch: [["assets", id]] };
    },
  },
  "POST /api/assets/{id}/reclassify": {
    allow: ["managerA"],
    rule: "asset.reclassify: classify_assets over the department (3.(2)④)",
    async prepare(w) {
      const id = await makeAsset(w);
      return {
        url: `/api/assets/${id}/reclassify`,
        body: { levels: { integrity: "2" }, reason: "改ざんの影響が大きい" },
        watch: [["assets", id]],
      };
    },
  },
  "POST /api/assets/{id}/status": {
    allow: ["staffA", "managerA"],
    rule: "asset.changeStatus: as update",
    async prepare(w) {
      const id = await makeAsset(w);
      return {
        url: `/api/assets/${id}/status`,
        body: { status: "lost", date: "2026-04-01", note: "紛失" },
        watch: [["assets", id]],
      };
    },
  },
  "POST /api/assets/{id}/relations": {
    allow: ["staffA", "managerA"],
    bodyIds: { toAssetId: { hidden: assetOfB } },
    rule: "asset.relate: as update",
    async prepare(w) {
      const from = await makeAsset(w, { kind: "medium" });
      const to = await makeAsset(w, { kind: "information", subkind: null });
      return {
        url: `/api/assets/${from}/relations`,
        body: { type: "contains", toAssetId: to },
        watch: [["asset_relations"], ["assets", to]],
      };
    },
  },
  "DELETE /api/assets/{id}/relations/{relationId}": {
    allow: ["staffA", "managerA"],
    rule: "asset.relate: as update",
    async prepare(w) {
      const r = await relation(w);
      return {
        url: `/api/assets/${r.from}/relations/${r.relationId}`,
        watch: [["asset_relations", r.relationId]],
      };
    },
  },
  "POST /api/assets/{id}/named-people": {
    allow: ["managerA"],
    bodyIds: { personId: { hidden: personOfB } },
    rule: "asset.manageNamedPeople: the department's manager (own_assets / classify_assets)",
    async prepare(w) {
      const id = await makeAsset(w);
      return {
        url: `/api/assets/${id}/named-people`,
        body: { personId: await person(w) },
        watch: [["asset_named_people"]],
      };
    },
  },
  "DELETE /api/assets/{id}/named-people/{personId}": {
    allow: ["managerA"],
    rule: "asset.manageNamedPeople: the department's manager",
    async prepare(w) {
      const n = await namedPerson(w);
      return { url: `/api/assets/${n.asset}/named-people/${n.personId}`, watch: [["asset_named_people"]] };
    },
  },

  // ── settings ─────────────────────────────────────────────────────────────────────────────────
  "PUT /api/settings/profile": {
    allow: ["admin"],
    rule: "profile_setting.update: administer_system (organization)",
    async prepare() {
      return { url: "/api/settings/profile", body: { profileId: "nishihara" }, watch: [["settings"]] };
    },
  },

  // ── requests ─────────────────────────────────────────────────────────────────────────────────
  "POST /api/requests/preview": {
    allow: ["staffA", "managerA"],
    bodyIds: { "assetIds[]": [{ hidden: assetOfB }, { hidden: topLevelAssetOfA }] },
    refusal: {
      statuses: [400],
      why: "an asset the requester's department may not request is answered exactly like an unknown id (assetIds.0), so existence does not leak",
    },
    rule: "a request (and its preview) about an asset is made by its own department; any other asset is answered like an unknown id",
    async prepare(w) {
      return {
        url: "/api/requests/preview",
        body: { kind: "carry_out", assetIds: [w.base.asset] },
        watch: [["requests"]],
      };
    },
  },
  "POST /api/requests": {
    allow: ["staffA", "managerA"],
    bodyIds: { "assetIds[]": [{ hidden: assetOfB }, { hidden: topLevelAssetOfA }] },
    refusal: {
      statuses: [400],
      why: "an asset the requester's department may not request is answered exactly like an unknown id (assetIds.0), so existence does not leak",
    },
    rule: "a request about an asset is made by its own department; any other asset is answered like an unknown id",
    async prepare(w) {
      const asset = await makeAsset(w);
      return {
        url: "/api/requests",
        body: { kind: "carry_out", assetIds: [asset], fields: carryOutFields() },
        watch: [["requests"]],
      };
    },
  },
  "POST /api/requests/notifications/{id}/read": {
    allow: ["managerA"],
    rule: "a notification is read by the person it was sent to (the approver managerA)",
    async prepare(w) {
      const id = await notification(w);
      return { url: `/api/requests/notifications/${id}/read`, watch: [["notifications", id]] };
    },
  },
  "POST /api/notifications/{id}/read": {
    allow: ["managerA"],
    rule: "notification.read: a notification is read by the person it was sent to (the approver managerA)",
    async prepare(w) {
      const id = await notification(w);
      return { url: `/api/notifications/${id}/read`, watch: [["notifications", id]] };
    },
  },
  "PUT /api/notifications/preferences": {
    allow: ALL,
    self: true,
    rule: "notification_preferences.update: everyone chooses their own mail mode (no id in the path)",
    async prepare(w, as) {
      const tw = await twin(w, as);
      return {
        url: "/api/notifications/preferences",
        body: { mailMode: "digest" },
        client: tw?.client,
        watch: [["notification_preferences"]],
      };
    },
  },
  "POST /api/mail/outbox/{id}/resend": {
    allow: ["admin"],
    rule: "mail_outbox.resend: administrators (administer_system) send an unknown/failed/rejected mail again",
    async prepare(w) {
      const [row] = await w.t.database.db
        .insert(mailOutbox)
        .values({
          toAddress: "matrix@example.lg.jp",
          kind: "immediate",
          module: "requests",
          subject: "[Sekimori] test",
          body: "test",
          status: "unknown",
          nextAttemptAt: w.t.clock.now,
          createdAt: w.t.clock.now,
        })
        .returning();
      return { url: `/api/mail/outbox/${row.id}/resend`, watch: [["mail_outbox", row.id]] };
    },
  },
  "PATCH /api/requests/{id}": {
    allow: ["staffA"],
    rule: "request.update: the requester, while a draft",
    async prepare(w) {
      const id = await request(w, "draft");
      return {
        url: `/api/requests/${id}`,
        body: { fields: { ...carryOutFields(), destination: "県庁" } },
        watch: [["requests", id]],
      };
    },
  },
  "POST /api/requests/{id}/submit": {
    allow: ["staffA"],
    rule: "request.submit: the requester",
    async prepare(w) {
      const id = await request(w, "draft");
      return { url: `/api/requests/${id}/submit`, body: {}, watch: [["requests", id]] };
    },
  },
  ...Object.fromEntries(
    (["approve", "reject", "return"] as const).map((act) => [
      `POST /api/requests/{id}/${act}`,
      {
        allow: ["managerA"],
        rule: `request.${act}: holder of the waiting step's duty (approve_carry_out over A), not the requester`,
        async prepare(w: World): Promise<Prepared> {
          const id = await request(w, "submitted");
          return {
            url: `/api/requests/${id}/${act}`,
            body: act === "approve" ? { comment: "確認" } : { comment: "記載不備" },
            watch: [["requests", id]],
          };
        },
      } satisfies WriteFixture,
    ]),
  ),
  "POST /api/requests/{id}/start": {
    allow: ["staffA"],
    rule: "request.start: the requester, once approved",
    async prepare(w) {
      const id = await request(w, "approved");
      return { url: `/api/requests/${id}/start`, body: {}, watch: [["requests", id]] };
    },
  },
  "POST /api/requests/{id}/return-report": {
    allow: ["staffA"],
    rule: "request.returnReport: the requester of a carry-out in effect",
    async prepare(w) {
      const id = await request(w, "in_effect");
      return {
        url: `/api/requests/${id}/return-report`,
        body: { returnedAt: w.t.clock.now.toISOString() },
        watch: [["requests", id]],
      };
    },
  },
  "POST /api/requests/{id}/complete": {
    allow: ["managerA"],
    rule: "request.complete: for a carry-out, the approver (not the requester) confirms the return",
    async prepare(w) {
      const id = await request(w, "returned");
      return {
        url: `/api/requests/${id}/complete`,
        body: { nothingMissing: true },
        watch: [["requests", id]],
      };
    },
  },
  "POST /api/requests/{id}/cancel": {
    allow: ["staffA"],
    rule: "request.cancel: the requester",
    async prepare(w) {
      const id = await request(w, "draft");
      return {
        url: `/api/requests/${id}/cancel`,
        body: { reason: "不要になった" },
        watch: [["requests", id]],
      };
    },
  },
  "POST /api/requests/{id}/post-report": {
    allow: ["staffA"],
    rule: "request.postReport: the requester of an exception",
    async prepare(w) {
      const id = await emergencyException(w);
      return {
        url: `/api/requests/${id}/post-report`,
        body: { report: "導入後に削除した" },
        watch: [["requests", id]],
      };
    },
  },

  // ── registers ────────────────────────────────────────────────────────────────────────────────
  "POST /api/registers/{register}": {
    allow: ["staffA", "managerA"],
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
      personId: { hidden: personOfB },
      assetId: { hidden: assetOfB },
    },
    rule: "register.append: a member of the department or manage_department_security over it",
    async prepare(w) {
      return {
        url: "/api/registers/failure_log",
        body: { ...registerBody(w), assetId: w.base.asset },
        watch: [["register_entries"]],
      };
    },
  },

  // ── incidents ────────────────────────────────────────────────────────────────────────────────
  "POST /api/public/reports": {
    allow: ALL,
    public: true,
    rule: "the public report form: anyone, without an account (rate-limited)",
    async prepare() {
      return {
        url: "/api/public/reports",
        body: { summary: "不審なメール", details: "村を名乗るメールが届いた" },
      };
    },
  },
  "POST /api/incidents": {
    allow: ALL,
    rule: "incidentReport.create: everyone signed in must report what they notice (6.3(1)①)",
    async prepare() {
      return {
        url: "/api/incidents",
        body: { summary: "USBメモリ紛失", details: "庁舎内で紛失", personalInfo: false },
        watch: [["incidents"]],
      };
    },
  },
  "POST /api/incidents/{id}/acknowledge": {
    allow: ["managerA"],
    rule: "incident.acknowledge: a person told at the pending step (step 1: department A's manager)",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/acknowledge`,
        body: { note: "確認した" },
        watch: [["incidents", id]],
      };
    },
  },
  "POST /api/incidents/{id}/escalations/{escalationId}/post-report": {
    allow: [],
    witness: "deputyA",
    rule: "only the deputy who acknowledged for the absent holder reports afterwards",
    async prepare(w) {
      const e = await deputyAcknowledged(w);
      return {
        url: `/api/incidents/${e.id}/escalations/${e.escalationId}/post-report`,
        body: { report: "代行で確認し、課内に周知した" },
        watch: [["incident_escalations", e.escalationId]],
      };
    },
  },
  "POST /api/incidents/{id}/triage": {
    allow: ["csirt"],
    rule: "incident.triage: triage_incident (organization)",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/triage`,
        body: { decision: "incident", severity: "low", category: "loss_theft" },
        watch: [["incidents", id]],
      };
    },
  },
  "POST /api/incidents/{id}/stage": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return { url: `/api/incidents/${id}/stage`, body: { stage: "recovery" }, watch: [["incidents", id]] };
    },
  },
  "POST /api/incidents/{id}/close": {
    allow: ["csirt"],
    rule: "incident.close: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/close`,
        body: { cause: "確認不足", measures: "周知", preventionActions: [{ title: "点検" }] },
        watch: [["incidents", id]],
      };
    },
  },
  "POST /api/incidents/{id}/prevention-actions/{actionId}/done": {
    allow: ["csirt"],
    rule: "incident.trackPrevention: the CSIRT, after closing too",
    async prepare(w) {
      const p = await preventionAction(w);
      return {
        url: `/api/incidents/${p.id}/prevention-actions/${p.actionId}/done`,
        body: { result: "点検完了" },
        watch: [["incident_prevention_actions", p.actionId]],
      };
    },
  },
  "POST /api/incidents/{id}/tasks": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return { url: `/api/incidents/${id}/tasks`, body: { title: "捜索" }, watch: [["incident_tasks"]] };
    },
  },
  "PATCH /api/incidents/{id}/tasks/{taskId}": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const x = await incidentTask(w);
      return {
        url: `/api/incidents/${x.id}/tasks/${x.taskId}`,
        body: { result: "発見できず", done: true },
        watch: [["incident_tasks", x.taskId]],
      };
    },
  },
  "POST /api/incidents/{id}/timeline": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/timeline`,
        body: { kind: "detection", occurredAt: "2026-03-31T09:00:00+09:00", text: "紛失に気付いた" },
        watch: [["incident_timeline"]],
      };
    },
  },
  "POST /api/incidents/{id}/assets": {
    allow: ["staffA", "managerA", "csirt"],
    bodyIds: { assetId: [{ hidden: assetOfB }, { hidden: topLevelAssetOfA, as: "csirt" }] },
    rule: "incident.linkAsset: reads the open case and is the CSIRT, a receiver of reports or the reporter",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/assets`,
        body: { assetId: await makeAsset(w) },
        watch: [["incident_assets"]],
      };
    },
  },
  "PUT /api/incidents/{id}/restriction": {
    allow: ["csirt"],
    bodyIds: {
      "memberPersonIds[]": {
        open: "triage_incident at organization scope with view_all_departments: the CSIRT sees every person",
      },
    },
    rule: "incident.restrict: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/restriction`,
        body: { restricted: true, memberPersonIds: [w.members.ciso.personId] },
        watch: [["incidents", id]],
      };
    },
  },
  "DELETE /api/incidents/{id}/members/{personId}": {
    allow: ["csirt"],
    rule: "incident.restrict: the CSIRT (a named member of the restricted case)",
    async prepare(w) {
      const r = await restrictedIncident(w);
      return { url: `/api/incidents/${r.id}/members/${r.member}`, watch: [["incident_access"]] };
    },
  },
  "PUT /api/incidents/{id}/outside-reports/{bodyKey}": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT (report_outside)",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/outside-reports/prefecture`,
        body: { decision: "report", sentOn: "2026-04-01", referenceNumber: "KUM-1" },
        watch: [["incident_outside_reports"]],
      };
    },
  },
  "PUT /api/incidents/{id}/ppc": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/ppc`,
        body: {
          personCount: 3,
          sensitive: false,
          financialHarm: false,
          improperPurpose: false,
          awareAt: "2026-04-01T08:30:00+09:00",
        },
        watch: [["incidents", id]],
      };
    },
  },
  "PUT /api/incidents/{id}/press": {
    allow: ["csirt"],
    bodyIds: {
      approverPersonId: {
        open: "triage_incident at organization scope with view_all_departments: the CSIRT sees every person",
      },
    },
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/press`,
        body: { decision: "not_publish", reason: "影響が限定的", approverPersonId: w.members.ciso.personId },
        watch: [["incidents", id]],
      };
    },
  },
  "POST /api/incidents/{id}/files": {
    allow: ["staffA", "csirt"],
    rule: "incident.attach: reads the open case and is the CSIRT or the reporter",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/files`,
        form: () => textFile("attachment"),
        watch: [["incident_files"]],
      };
    },
  },
  "POST /api/incidents/{id}/files/{fileId}/custody": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT (chain of custody of evidence)",
    async prepare(w) {
      const f = await incidentFile(w);
      return {
        url: `/api/incidents/${f.id}/files/${f.fileId}/custody`,
        body: { handedFrom: "住民 職員", handedTo: "CSIRT", handedAt: "2026-04-01T08:50:00+09:00" },
        watch: [["incident_custody"]],
      };
    },
  },
  "POST /api/violations": {
    allow: ["managerA", "csirt"],
    bodyIds: { personId: { hidden: personOfB } },
    rule: "violations.create: the CSIRT or a holder of the notify duty (manage_department_security) or rights duty",
    async prepare(w) {
      const target = await person(w);
      return {
        url: "/api/violations",
        body: { personId: target, description: "私物USBメモリの無断使用" },
        watch: [["violations"]],
      };
    },
  },
  "POST /api/violations/{id}/notify-manager": {
    allow: ["managerA", "csirt"],
    rule: "violation.update: the CSIRT, the notify duty over the person's unit, or the rights duty",
    async prepare(w) {
      const v = await violation(w);
      return { url: `/api/violations/${v.id}/notify-manager`, body: {}, watch: [["violations", v.id]] };
    },
  },
  "POST /api/violations/{id}/measures": {
    allow: ["managerA", "csirt"],
    rule: "violation.update",
    async prepare(w) {
      const v = await violation(w);
      return {
        url: `/api/violations/${v.id}/measures`,
        body: { measures: "指導を実施" },
        watch: [["violations", v.id]],
      };
    },
  },
  "POST /api/violations/{id}/rights": {
    allow: [],
    witness: "netAdmin",
    rule: "violation.suspendRights: the profile's rights duty (manage_network, organization) only (8.6(2)③)",
    async prepare(w) {
      const v = await violation(w);
      return {
        url: `/api/violations/${v.id}/rights`,
        body: { action: "suspend", reason: "指導後も改善されない" },
        watch: [
          ["violations", v.id],
          ["users", v.target.userId],
        ],
      };
    },
  },
  // ── 委託・外部サービス (suppliers): the 課長 (manage_department_security over the 課) keeps ──
  "POST /api/suppliers/contractors": {
    allow: ["managerA"],
    rule: "contractor.write: a keeper of contracts (manage_department_security) or the network manager",
    async prepare(w) {
      return {
        url: "/api/suppliers/contractors",
        body: { name: `株式会社マトリクス${w.seq()}` },
        watch: [["supplier_contractors"]],
      };
    },
  },
  "PATCH /api/suppliers/contractors/{id}": {
    allow: ["managerA"],
    rule: "contractor.write: a keeper of contracts (manage_department_security) or the network manager",
    async prepare(w) {
      const { contractorId } = await supplierContract(w);
      return {
        url: `/api/suppliers/contractors/${contractorId}`,
        body: { contactName: "営業部 担当者" },
        watch: [["supplier_contractors", contractorId]],
      };
    },
  },
  "POST /api/suppliers/contracts": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課 (西原村 9.1)",
    async prepare(w) {
      const { contractorId } = await supplierContract(w);
      return {
        url: "/api/suppliers/contracts",
        body: {
          contractorId,
          departmentId: A(w),
          subject: "清掃業務委託",
          startsOn: "2026-04-01",
          endsOn: "2027-03-31",
        },
        watch: [["supplier_contracts"]],
      };
    },
  },
  "PATCH /api/suppliers/contracts/{id}": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w);
      return {
        url: `/api/suppliers/contracts/${id}`,
        body: { subject: "清掃業務委託（変更）" },
        watch: [["supplier_contracts", id]],
      };
    },
  },
  "PUT /api/suppliers/contracts/{id}/clauses": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w, "draft", { systemWork: true });
      return {
        url: `/api/suppliers/contracts/${id}/clauses`,
        body: { confirmations: [{ clauseKey: "subcontracting", included: true, location: "第12条" }] },
        watch: [["supplier_contract_clauses"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/transition": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w);
      return {
        url: `/api/suppliers/contracts/${id}/transition`,
        body: { state: "checked" },
        watch: [["supplier_contracts", id]],
      };
    },
  },
  "PUT /api/suppliers/contracts/{id}/security-plan": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w);
      return {
        url: `/api/suppliers/contracts/${id}/security-plan`,
        body: { receivedOn: "2026-03-20" },
        watch: [["supplier_contracts", id]],
      };
    },
  },
  "PUT /api/suppliers/contracts/{id}/no-copy-confirmation": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w, "active");
      return {
        url: `/api/suppliers/contracts/${id}/no-copy-confirmation`,
        body: { confirmedOn: "2027-04-05" },
        watch: [["supplier_contracts", id]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/people": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w);
      return {
        url: `/api/suppliers/contracts/${id}/people`,
        body: { role: "worker", name: `作業員${w.seq()}` },
        watch: [["supplier_contract_people"], ["people"]],
      };
    },
  },
  "POST /api/suppliers/pledges": {
    allow: ["managerA"],
    rule: "contract.write: the 課長 records the pledge's receipt (川崎市 第2章9(1)オ)",
    async prepare(w) {
      const { id } = await supplierContract(w);
      const person = await ok<{ personId: string }>(
        w.clients.managerA.post(`/api/suppliers/contracts/${id}/people`, {
          role: "responsible",
          name: `責任者${w.seq()}`,
        }),
        "contract person",
      );
      return {
        url: "/api/suppliers/pledges",
        body: {
          contractId: id,
          personId: person.personId,
          version: "v1",
          signedOn: "2026-03-01",
          receivedOn: "2026-03-02",
        },
        watch: [["supplier_pledges"]],
      };
    },
  },
  "POST /api/suppliers/checks": {
    allow: ["managerA"],
    rule: "contract.write: the 課長 checks the contractor (西原村 9.1(3))",
    async prepare(w) {
      const { id } = await supplierContract(w, "active");
      return {
        url: "/api/suppliers/checks",
        body: { contractId: id, checkedOn: "2026-09-30", result: "ok", importance: "normal" },
        watch: [["supplier_checks"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/lendings": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w, "active");
      return {
        url: `/api/suppliers/contracts/${id}/lendings`,
        body: { slipNumber: `受渡-${w.seq()}`, description: "申請書の写し", lentOn: "2026-04-05" },
        watch: [["supplier_lendings"], ["jobs"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/lendings/{lendingId}/return": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const l = await supplierLending(w);
      return {
        url: `/api/suppliers/contracts/${l.contractId}/lendings/${l.id}/return`,
        body: { returnedOn: "2026-05-01" },
        watch: [["supplier_lendings", l.id]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/lendings/{lendingId}/disposal": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const l = await supplierLending(w);
      return {
        url: `/api/suppliers/contracts/${l.contractId}/lendings/${l.id}/disposal`,
        form: () => {
          const f = new FormData();
          f.set("certificateNumber", "証明-1");
          f.set("certifiedOn", "2026-05-01");
          f.set("file", new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "cert.pdf"));
          return f;
        },
        watch: [["supplier_lendings", l.id]],
      };
    },
  },
  "PUT /api/emergency-plan": {
    allow: ["ciso", "csirt"],
    rule: "emergencyPlan.update: the CSIRT or the CISO",
    async prepare() {
      return {
        url: "/api/emergency-plan",
        body: {
          contacts: [{ role: "CISO", name: "副村長", phone: "096-000-0009" }],
          whatToReport: ["発生日時"],
          responseMeasures: ["ネットワークから切り離す"],
          recurrencePrevention: ["原因を究明"],
        },
        watch: [["document_versions"]],
      };
    },
  },
  "POST /api/documents": {
    allow: ["managerA"],
    rule: "document_kind.create: the kind's owner duty over the unit (実施手順 of 住民課: its 課長, 対策基準 2(3)⑤)",
    async prepare(w) {
      return {
        url: "/api/documents",
        body: {
          kind: "system_procedure",
          title: `運用手順 ${w.seq()}`,
          departmentId: w.deptA.id,
          audience: { everyone: false, departments: [w.deptA.id] },
        },
        watch: [["documents"]],
      };
    },
  },
  "PATCH /api/documents/{id}": {
    allow: ["managerA"],
    rule: "document.write: the keeper (managerA for 住民課's 実施手順); readers (staffA, the CISO) may not",
    async prepare(w) {
      const d = await procedureOfA(w, "published");
      return { url: `/api/documents/${d.id}`, body: { title: "改題" }, watch: [["documents", d.id]] };
    },
  },
  "POST /api/documents/{id}/versions": {
    allow: ["managerA"],
    rule: "document.write: the keeper drafts a new version",
    async prepare(w) {
      const d = await procedureOfA(w, "published");
      return {
        url: `/api/documents/${d.id}/versions`,
        body: { text: "手順1\n手順2\n手順3" },
        watch: [["document_versions"]],
      };
    },
  },
  "PATCH /api/documents/{id}/versions/{number}": {
    allow: ["managerA"],
    rule: "document.write: the keeper edits a draft",
    async prepare(w) {
      const d = await procedureOfA(w, "draft");
      return {
        url: `/api/documents/${d.id}/versions/1`,
        body: { text: "手順1（修正）" },
        watch: [["document_versions", d.versionId]],
      };
    },
  },
  "POST /api/documents/{id}/versions/{number}/approve": {
    allow: ["managerA"],
    rule: "document.approve: the kind's approver duty over the unit (実施手順: the 課長, 2(3)⑤)",
    async prepare(w) {
      const d = await procedureOfA(w, "draft");
      return {
        url: `/api/documents/${d.id}/versions/1/approve`,
        body: { effectiveOn: "2026-04-01" },
        watch: [["document_versions", d.versionId]],
      };
    },
  },
  "POST /api/documents/{id}/versions/{number}/publish": {
    allow: ["managerA"],
    rule: "document.write: the keeper publishes an approved version (posting, 6.1(3))",
    async prepare(w) {
      const d = await procedureOfA(w, "approved");
      return {
        url: `/api/documents/${d.id}/versions/1/publish`,
        watch: [["document_versions", d.versionId]],
      };
    },
  },
  "POST /api/documents/{id}/reviews": {
    allow: [],
    witness: "committee",
    rule: "document.review: the kind's review duty (the committee evaluates the policy every 年度, 10.3)",
    async prepare(w) {
      const id = await publishedPolicy(w);
      return {
        url: `/api/documents/${id}/reviews`,
        body: { outcome: "no_change" },
        watch: [["documents", id]],
      };
    },
  },
  "POST /api/documents/{id}/acknowledgements": {
    allow: ["staffA", "managerA"],
    rule: "document.acknowledge: a member of the published document's audience (住民課); others do not see it (404)",
    async prepare(w) {
      const d = await procedureOfA(w, "published");
      return {
        url: `/api/documents/${d.id}/acknowledgements`,
        body: { versionNumber: 1 },
        watch: [["document_acknowledgements"]],
      };
    },
  },
  "POST /api/documents/{id}/acknowledgements/paper": {
    allow: ["managerA"],
    rule: "document_unit.record_paper: the profile's paper duty over the person's 課 (their 課長, 6.1(2)①)",
    async prepare(w) {
      const d = await procedureOfA(w, "published");
      return {
        url: `/api/documents/${d.id}/acknowledgements/paper`,
        body: { versionNumber: 1, personId: await person(w), signedOn: "2026-04-01" },
        watch: [["document_acknowledgements"]],
      };
    },
  },
  // ── training (研修・訓練): the CISO organizes (6.2(2)①), the committee approves ─────────────
  "POST /api/training/plans": {
    allow: ["ciso"],
    rule: "the organizer duty of the profile (西原村: the CISO, 対策基準 6.2(2)①) drafts the plan",
    async prepare() {
      return {
        url: "/api/training/plans",
        body: { fiscalYear: nextTrainingYear(), title: "行列 研修計画" },
        watch: [["training_plans"]],
      };
    },
  },
  "POST /api/training/courses": {
    allow: ["ciso"],
    rule: "courses are added to a draft plan by the organizer (6.2(2)①④)",
    async prepare(w) {
      const plan = await trainingPlan(w);
      return { url: "/api/training/courses", body: trainingCourseBody(plan), watch: [["training_courses"]] };
    },
  },
  "POST /api/training/sessions": {
    allow: ["ciso"],
    rule: "sessions of a course are set by the organizer (6.2(1): the CISO holds training)",
    async prepare(w) {
      const course = await trainingCourse(w);
      return {
        url: "/api/training/sessions",
        body: { courseId: course, heldOn: `${trainingYearOf(course)}-06-01`, place: "行列 会議室" },
        watch: [["training_sessions"]],
      };
    },
  },
  "POST /api/training/attendance": {
    allow: ["managerA", "ciso"],
    rule: "a person of 住民課 is recorded by their 課長 (6.2(2)⑤) or the organizer; not by others",
    refusal: {
      statuses: [400],
      why: "a sign-in sheet is checked entry by entry: a person one may not record is a located error (personIds.n), nothing is written",
    },
    async prepare(w) {
      const session = await trainingSession(w);
      const personId = (
        await makePerson(w.t.database.db, { name: `行列 受講者${w.seq()}`, departmentId: A(w) })
      ).id;
      return {
        url: "/api/training/attendance",
        body: { sessionId: session, personIds: [personId] },
        watch: [["training_attendance"]],
      };
    },
  },
  "POST /api/training/sessions/{id}/attendance/import": {
    allow: ["managerA", "ciso"],
    rule: "imports are the organizer's or a 課長's (each row checked against their 課); a real run here",
    async prepare(w) {
      const session = await trainingSession(w);
      const number = `M${w.seq()}`;
      await makePerson(w.t.database.db, {
        name: `行列 取込${number}`,
        employeeNumber: number,
        departmentId: A(w),
      });
      return {
        url: `/api/training/sessions/${session}/attendance/import`,
        form: () => {
          const f = new FormData();
          f.append("file", new File([`職員番号\r\n${number}\r\n`], "出席簿.csv", { type: "text/csv" }));
          f.append("dryRun", "false");
          return f;
        },
        watch: [["training_attendance"]],
      };
    },
  },
  "POST /api/training/new-hires": {
    allow: ["managerA", "ciso"],
    rule: "a person who joined 住民課 is given the new-hire course by their 課長 or the organizer (6.2(2)③)",
    async prepare(w) {
      await trainingNewHirePlan(w);
      return {
        url: "/api/training/new-hires",
        body: { personId: await fiscalYearStaff(w), joinedOn: "2026-04-01" },
        watch: [["training_assignments"]],
      };
    },
  },
  "POST /api/training/consents": {
    allow: ["managerA"],
    rule: "the 課長 of the person's 課 asks for the 同意書 where needed (6.1(2)②)",
    async prepare(w) {
      return {
        url: "/api/training/consents",
        body: { personId: await fiscalYearStaff(w) },
        watch: [["training_consents"]],
      };
    },
  },
  "POST /api/training/consents/{id}/sign": {
    allow: ["managerA"],
    rule: "a paper 同意書 is recorded as received by the 課長 who asks for it (6.1(2)②); the person signs in the app",
    async prepare(w) {
      const consent = await ok<{ id: string }>(
        w.clients.managerA.post("/api/training/consents", { personId: await fiscalYearStaff(w) }),
        "consent",
      );
      return {
        url: `/api/training/consents/${consent.id}/sign`,
        body: { method: "paper" },
        watch: [["training_consents", consent.id]],
      };
    },
  },
  "POST /api/training/reports": {
    allow: ["managerA"],
    rule: "the 課長 reports their 課's training to the ネットワーク管理者 (6.2(2)⑤)",
    async prepare(w) {
      await trainingSession(w);
      const [plan] = (
        (await w.t.database.db.execute(
          sql`select id from training_plans where fiscal_year = 2025`,
        )) as unknown as { rows: Array<{ id: string }> }
      ).rows;
      return {
        url: "/api/training/reports",
        body: { planId: plan.id, stepKey: "department", departmentId: A(w), reportedOn: "2026-03-31" },
        watch: [["training_reports"]],
      };
    },
  },
  "POST /api/training/plans/{id}/actions": {
    allow: [],
    witness: "committee",
    rule: "only the committee approves the plan (6.2(2)①); nobody of the matrix holds approve_training_plan",
    async prepare(w) {
      const plan = await trainingPlan(w);
      await ok(w.clients.ciso.post("/api/training/courses", trainingCourseBody(plan)), "course");
      await ok(w.clients.ciso.post(`/api/training/plans/${plan}/actions`, { action: "submit" }), "submit");
      return {
        url: `/api/training/plans/${plan}/actions`,
        body: { action: "approve" },
        watch: [["training_plans", plan]],
      };
    },
  },
};

/** State-changing routes left out of the matrix, with the reason. */
export const NOT_IN_MATRIX: Record<string, string> = {
  "POST /api/auth/login":
    "public: it is how a session begins (login.test.ts covers lockout, MFA and rate limit)",
  "POST /api/auth/logout": "ends the caller's own session and nothing else; no record, no id to aim at",
  "POST /api/audit/head":
    "administrators only (server/audit/access.ts); the signed-head export is exercised by routes-walk and attacks-audit.test.ts — not yet in the eight-persona matrix",
  "POST /api/software/products":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "PATCH /api/software/products/{id}":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/software/installations":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "DELETE /api/software/installations/{id}":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/software/licences":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/vulnerabilities/imports":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/vulnerabilities/match-runs":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/vulnerabilities/matches/{id}/decision":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/items/sync":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "PATCH /api/assurance/items/{id}":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/campaigns":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/campaigns/{id}/close":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "PUT /api/assurance/sheets/{id}/answers":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/sheets/{id}/submit":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/answers/{id}/files":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/findings":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "PATCH /api/assurance/findings/{id}":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/findings/{id}/lateral":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/findings/{id}/files":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/approve":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/start":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/close":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/report":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/papers":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
};
