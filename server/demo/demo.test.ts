import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../audit/tables";
import { verifyChain } from "../audit/verify";
import { users } from "../auth/tables";
import { departments, EMPLOYMENT_TYPES, people, roleAssignments } from "../directory/tables";
import { ASSET_KINDS, assetRelations, assets } from "../modules/assets/tables";
import { highestLevel, type Profile } from "../profile";
import { createTestApp, type TestApp } from "../test/app";
import { authed, signIn } from "../test/session";
import { DemoError, type DemoResult, demoName, loadDemo } from ".";

const PASSWORD = "Demo-Passw0rd!x";
const PROFILES = ["nishihara", "kawasaki", "kamisu", "matsumoto-kouiki", "yamagata-gojokai", "mic-guideline"];

describe.each(PROFILES)("demo organization for %s", { timeout: 120_000 }, (profileId) => {
  let t: TestApp;
  let demo: DemoResult;
  let profile: Profile;

  beforeAll(async () => {
    t = await createTestApp({ profileId });
    demo = await loadDemo(t.deps, { profileId, password: PASSWORD });
    profile = t.deps.profile();
  });
  afterAll(() => t?.close());

  it("has its own units, a few dozen people of every employment type, logins for all, permanent passwords", async () => {
    const db = t.database.db;
    const units = await db.select().from(departments);
    expect(units.length).toBeGreaterThanOrEqual(5);
    expect(demo.departments).toBe(units.length);
    const persons = await db.select().from(people);
    expect(persons.length).toBeGreaterThanOrEqual(24);
    expect(new Set(persons.map((p) => p.employmentType))).toEqual(new Set(EMPLOYMENT_TYPES));
    // Deterministic Japanese names, all different.
    expect(demo.users.map((u) => u.name)).toEqual(demo.users.map((_, i) => demoName(i)));
    expect(new Set(persons.map((p) => p.name)).size).toBe(persons.length);
    const logins = await db.select().from(users);
    expect(logins).toHaveLength(persons.length);
    expect(logins.every((u) => !u.mustChangePassword)).toBe(true);
    // Everyone has a mail address under example.lg.jp (mail from notifications has somewhere to go).
    const logIdOf = new Map(logins.map((u) => [u.personId, u.loginId]));
    for (const p of persons) expect(p.email).toBe(`${logIdOf.get(p.id)}@${profileId}.example.lg.jp`);
    expect(t.deps.profile().id).toBe(profileId);
  });

  it("has a holder for every role of the profile, with the role's scope", async () => {
    const db = t.database.db;
    const units = new Map((await db.select().from(departments)).map((d) => [d.id, d]));
    const grants = await db.select().from(roleAssignments);
    for (const role of profile.roles) {
      const held = grants.filter((g) => g.roleKey === role.key);
      expect(held.length, `${role.key} is held`).toBeGreaterThan(0);
      for (const g of held) {
        if (role.scope === "organization") expect(g.scopeDepartmentId, role.key).toBeNull();
        else expect(units.get(g.scopeDepartmentId ?? "")?.kind, role.key).toBe(role.scope);
      }
    }
    // Every department has a holder of each department-scoped role that heads hold.
    const departmentRoles = profile.roles.filter((r) => r.scope === "department");
    expect(departmentRoles.length).toBeGreaterThan(0);
    // Users whose duties need MFA are enrolled; the others are not.
    for (const u of demo.users) {
      const needs =
        profile.auth.mfa_required_for === "all" ||
        u.duties.some((d) => profile.auth.mfa_required_for.includes(d));
      expect(u.totpSecret !== null, u.loginId).toBe(needs);
    }
  });

  it("has assets of every kind and every confidentiality level, some inside others, some with personal information", async () => {
    const db = t.database.db;
    const rows = await db.select().from(assets);
    expect(new Set(rows.map((a) => a.kind))).toEqual(new Set(ASSET_KINDS));
    expect(new Set(rows.map((a) => a.confidentiality))).toEqual(
      new Set(profile.classification.confidentiality.levels.map((l) => l.key)),
    );
    expect(rows.some((a) => a.hasPersonalInfo)).toBe(true);
    const zones = new Set(profile.zones.map((z) => z.key));
    for (const a of rows) if (a.zone) expect(zones.has(a.zone), `${a.name} in zone ${a.zone}`).toBe(true);
    const relations = await db.select().from(assetRelations);
    expect(new Set(relations.map((r) => r.type))).toEqual(new Set(["contains", "runs_on", "stored_in"]));
    // The USB stick holds data of a higher level than its own: its effective level is raised.
    const usb = rows.find((a) => a.subkind === "usb_memory");
    const held = relations.find((r) => r.type === "contains" && r.fromAssetId === usb?.id);
    const data = rows.find((a) => a.id === held?.toAssetId);
    expect(usb && data).toBeTruthy();
    expect(usb?.effectiveConfidentiality).toBe(data?.confidentiality);
    expect(usb?.effectiveConfidentiality).not.toBe(usb?.confidentiality);
    // The system holding the top-level data is itself at the top level.
    const top = highestLevel(profile.classification.confidentiality).key;
    expect(
      rows.filter((a) => a.kind === "system" && a.effectiveConfidentiality === top).length,
    ).toBeGreaterThan(0);
    // Search columns are maintained (the trigger ran for every row).
    expect(rows.every((a) => a.searchText.length > 0)).toBe(true);
  });

  it("audited every insert and the chain verifies", async () => {
    const db = t.database.db;
    const events = await db.select().from(auditEvents);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect(count("org.department.created")).toBe(demo.departments);
    expect(count("org.person.created")).toBe(demo.people);
    expect(count("org.person.login_created")).toBe(demo.people);
    expect(count("org.role_assignment.created")).toBe((await db.select().from(roleAssignments)).length);
    expect(count("asset.created")).toBe(demo.assets);
    expect(count("demo.loaded")).toBe(1);
    expect(events.every((e) => e.actorUserId === null)).toBe(true);
    expect(await verifyChain(db)).toEqual({ ok: true, count: events.length });
  });

  it("has this 年度's training plan with sessions whose sign-in sheets open (#15: the sheet is walked)", async () => {
    const organizerDuty = profile.training?.organizer.duty;
    const organizer = demo.users.find((u) => organizerDuty && u.duties.includes(organizerDuty as never));
    if (profileId === "nishihara" || profileId === "kawasaki") expect(organizer).toBeDefined();
    if (!organizer) return;
    const session = await signIn(t, organizer.loginId, PASSWORD, organizer.totpSecret ?? undefined, {
      enrollMfa: false,
    });
    const client = authed(t, session);
    const list = await (await client.get("/api/training/sessions?fiscalYear=2026")).json();
    expect(list.data.sessions).toHaveLength(2);
    for (const s of list.data.sessions) {
      const sheet = await client.get(`/api/training/sessions/${s.id}/sheet`);
      expect(sheet.status).toBe(200);
    }
  });

  it("a demo user signs in (with the TOTP secret when the profile requires one)", async () => {
    const admin = demo.users.find((u) => u.duties.includes("administer_system"));
    expect(admin).toBeDefined();
    const session = await signIn(t, admin?.loginId ?? "", PASSWORD, admin?.totpSecret ?? undefined, {
      enrollMfa: false,
    });
    expect(session.body.mfaEnrollmentRequired).toBeFalsy();
    const me = await authed(t, session).get("/api/auth/me");
    expect(me.status).toBe(200);
    const staff = demo.users.find((u) => u.roles.length === 0 || u.loginId.startsWith("staff"));
    const s2 = await signIn(t, staff?.loginId ?? "", PASSWORD, staff?.totpSecret ?? undefined, {
      enrollMfa: false,
    });
    expect(s2.body.mustChangePassword).toBeFalsy();
  });

  it("refuses a database that already holds an organization", async () => {
    await expect(loadDemo(t.deps, { profileId, password: PASSWORD })).rejects.toBeInstanceOf(DemoError);
    await expect(loadDemo(t.deps, { profileId, password: PASSWORD })).rejects.toMatchObject({
      code: "not_empty",
    });
  });
  it.runIf(profileId === "nishihara")(
    "西原村: CISO = 副村長, ネットワーク管理者 = 企画商工課長, its own 課",
    async () => {
      const db = t.database.db;
      const names = (await db.select().from(departments)).map((d) => d.name);
      for (const n of [
        "総務課",
        "企画商工課",
        "税務課",
        "住民課",
        "健康福祉課",
        "産業課",
        "建設課",
        "会計課",
        "教育委員会事務局",
      ])
        expect(names).toContain(n);
      const titleOf = async (role: string) => {
        const [g] = await db.select().from(roleAssignments).where(eq(roleAssignments.roleKey, role));
        const [p] = await db.select().from(people).where(eq(people.id, g.personId));
        return p.title;
      };
      expect(await titleOf("ciso")).toBe("副村長");
      expect(await titleOf("network_administrator")).toBe("企画商工課長");
      // 西原村 asks every user for a second factor (対策基準 5.4②).
      expect(demo.users.every((u) => u.totpSecret !== null)).toBe(true);
    },
  );

  it.runIf(profileId === "kawasaki")(
    "川崎市: 局 with several 課; 情報セキュリティ責任者 = 局長 on each 局, 統括情報管理責任者 = 庶務担当課長",
    async () => {
      const db = t.database.db;
      const units = await db.select().from(departments);
      const bureaus = units.filter((u) => u.kind === "bureau");
      expect(bureaus.map((b) => b.name)).toEqual(
        expect.arrayContaining([
          "総務企画局",
          "財政局",
          "市民文化局",
          "健康福祉局",
          "こども未来局",
          "上下水道局",
          "消防局",
        ]),
      );
      for (const b of bureaus)
        expect(units.filter((u) => u.parentId === b.id).length).toBeGreaterThanOrEqual(3);
      const somu = bureaus.find((b) => b.name === "総務企画局");
      expect(units.filter((u) => u.parentId === somu?.id).map((u) => u.name)).toContain("ICT推進課");
      const grants = await db.select().from(roleAssignments);
      const everyone = new Map((await db.select().from(people)).map((p) => [p.id, p]));
      for (const b of bureaus) {
        const head = grants.find((g) => g.roleKey === "bureau_security_head" && g.scopeDepartmentId === b.id);
        expect(everyone.get(head?.personId ?? "")?.title).toBe(`${b.name}長`);
        const chief = grants.find(
          (g) => g.roleKey === "chief_information_manager" && g.scopeDepartmentId === b.id,
        );
        expect(everyone.get(chief?.personId ?? "")?.title).toBe(`${b.name}庶務課長`);
        expect(grants.some((g) => g.roleKey === "security_liaison" && g.scopeDepartmentId === b.id)).toBe(
          true,
        );
      }
      const cio = grants.find((g) => g.roleKey === "information_chief");
      expect(everyone.get(cio?.personId ?? "")?.title).toMatch(/副市長/);
      // Levels are 川崎市's own: 区分Ⅰ is the highest.
      expect((await db.select().from(assets).where(eq(assets.confidentiality, "I"))).length).toBeGreaterThan(
        0,
      );
    },
  );

  it.runIf(profileId === "matsumoto-kouiki")(
    "松本広域連合 has its 事務局 and 消防局 with 消防署",
    async () => {
      const names = (await t.database.db.select().from(departments)).map((d) => d.name);
      expect(names).toEqual(expect.arrayContaining(["消防局", "松本消防署", "事務局", "介護保険課"]));
    },
  );

  it.runIf(profileId === "yamagata-gojokai")(
    "the Yamagata association has only internet-zone assets",
    async () => {
      const zones = new Set((await t.database.db.select().from(assets)).map((a) => a.zone).filter(Boolean));
      expect([...zones]).toEqual(["internet"]);
    },
  );
});

describe("demo loader", { timeout: 120_000 }, () => {
  it("refuses a password that does not meet the rule", async () => {
    const t = await createTestApp();
    try {
      await expect(loadDemo(t.deps, { profileId: "nishihara", password: "short" })).rejects.toMatchObject({
        code: "bad_password",
      });
      expect(await t.database.db.select().from(people)).toHaveLength(0);
    } finally {
      await t.close();
    }
  });
});
