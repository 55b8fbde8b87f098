import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { resolveActiveProfile } from "../../deps";
import { checkProfile, loadProfile } from "../../profile";
import { moduleExists, SELF_INSPECTION_MODULE } from "../../profile/consumers";
import { POLICIES_DIR } from "../../profile/paths";
import { settings } from "../../settings/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { authed, signIn } from "../../test/session";
import { presentProfile } from "./presenter";

describe("policy routes", () => {
  let t: TestApp;
  let admin: ReturnType<typeof authed>;
  let staff: ReturnType<typeof authed>;

  beforeAll(async () => {
    t = await createTestApp();
    const dept = await makeDepartment(t.database.db);
    // system_staff holds administer_system (and view_audit_log) at organization scope.
    const a = await makeUser(t.database.db, { roles: [["system_staff", null]] });
    const s = await makeUser(t.database.db, { departmentId: dept.id });
    admin = authed(t, await signIn(t, a.user.loginId, a.password));
    staff = authed(t, await signIn(t, s.user.loginId, s.password));
  });
  afterAll(() => t.close());

  it("GET /api/profile returns the active profile with ranked levels, to any signed-in user", async () => {
    const res = await staff.get("/api/profile");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.id).toBe("nishihara");
    expect(body.name).toBe("西原村");
    const levels = body.classification.confidentiality.levels;
    expect(levels.length).toBeGreaterThan(1);
    for (const l of levels)
      expect(l).toEqual(
        expect.objectContaining({
          key: expect.any(String),
          label: expect.any(String),
          rank: expect.any(Number),
        }),
      );
    expect(levels[0].rank).toBeGreaterThan(levels[levels.length - 1].rank);
    expect(body.roles.some((r: { key: string }) => r.key === "ciso")).toBe(true);
    expect(Array.isArray(body.requestKinds)).toBe(true);
    expect(Array.isArray(body.zones)).toBe(true);
  });

  it("GET /api/profile has the issue's shape and the coverage of the clause catalog", async () => {
    const body = await (await staff.get("/api/profile")).json();
    for (const key of ["id", "name", "classification", "zones", "roles", "requestKinds", "coverage"])
      expect(body, key).toHaveProperty(key);
    for (const scheme of ["confidentiality", "integrity", "availability"]) {
      const levels = body.classification[scheme].levels as Record<string, unknown>[];
      expect(levels.length, scheme).toBeGreaterThan(1);
      for (const l of levels) {
        expect(typeof l.key).toBe("string");
        expect(typeof l.label).toBe("string");
        expect(typeof l.rank).toBe("number");
      }
    }
    const { coverage } = body as {
      coverage: {
        total: number;
        byKind: Record<string, number>;
        byStatus: Record<string, number>;
        plannedBy: Record<string, number>;
        dishonest: number;
        modules: { key: string }[];
        unmapped: string[];
        notInCampaign: string[];
      };
    };
    const expected = checkProfile(`${POLICIES_DIR}/nishihara.yaml`).coverage;
    // No campaign is open here: every self-inspection item the CLI counts is "not in a campaign".
    expect(coverage).toMatchObject({
      total: expected.total,
      byKind: expected.byKind,
      byStatus: {
        ...expected.byStatus,
        self_inspection: 0,
        not_in_campaign: expected.byStatus.self_inspection,
      },
      plannedBy: expected.plannedBy,
      dishonest: 0,
      unmapped: [],
    });
    expect(coverage.total).toBeGreaterThan(100);
    expect(Object.keys(coverage.byStatus).sort()).toEqual(
      ["enforced", "module", "not_in_campaign", "out_of_scope", "planned", "self_inspection"].sort(),
    );
    // Every obligation is in exactly one status: the screen's figures add up.
    expect(Object.values(coverage.byStatus).reduce((a, b) => a + b, 0)).toBe(coverage.total);
    expect(coverage.modules.map((m) => m.key)).toContain("incidents");
  });

  it("西原村 対策基準 5.1(6): the Policy screen says which follow-ups act — the periodic check is shown only, the return report (6.1(1)⑤) acts", async () => {
    const body = await (await staff.get("/api/profile")).json();
    const followUps = (kind: string) =>
      body.requestKinds.find((k: { key: string }) => k.key === kind).followUps as {
        key: string;
        acted: boolean;
      }[];
    expect(followUps("offsite_equipment")).toMatchObject([{ key: "periodic_check", acted: false }]);
    expect(followUps("carry_out")).toMatchObject([{ key: "return_report", acted: true }]);
  });

  it("refuses anonymous callers", async () => {
    expect((await t.app.request("/api/profile")).status).toBe(401);
    expect((await t.app.request("/api/profiles")).status).toBe(401);
  });

  it("GET /api/profiles lists the shipped profiles and whether the caller may switch", async () => {
    const res = await staff.get("/api/profiles");
    const body = await res.json();
    expect(body.active).toBe("nishihara");
    expect(body.profiles.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(["nishihara", "mic-guideline"]),
    );
    expect(body.policies.change).toBe(false);
    expect((await (await admin.get("/api/profiles")).json()).policies.change).toBe(true);
  });

  it("GET /api/profile/clauses/{id} returns a clause (URL-encoded id) or 404", async () => {
    const profile = (await (await staff.get("/api/profile")).json()) as { roles: { clause: string }[] };
    const clauseId = profile.roles[0].clause;
    const res = await staff.get(`/api/profile/clauses/${encodeURIComponent(clauseId)}`);
    expect(res.status).toBe(200);
    const clause = await res.json();
    expect(clause.id).toBe(clauseId);
    expect(clause.text.length).toBeGreaterThan(0);
    const missing = await staff.get(
      `/api/profile/clauses/${encodeURIComponent("nishihara:対策基準/99/(99)")}`,
    );
    expect(missing.status).toBe(404);
  });

  it("PUT /api/settings/profile: administer_system only, stored, applied and audited", async () => {
    const denied = await staff.put("/api/settings/profile", { profileId: "kamisu" });
    expect(denied.status).toBe(403);
    const unknown = await admin.put("/api/settings/profile", { profileId: "no-such-profile" });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.fields.profileId).toBeDefined();
    const extra = await admin.put("/api/settings/profile", { profileId: "kamisu", x: 1 });
    expect(extra.status).toBe(400);
    const before = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "settings.profile_changed"));
    expect(before).toHaveLength(0);

    const res = await admin.put("/api/settings/profile", { profileId: "kamisu" });
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe("kamisu");
    expect(t.deps.profile().id).toBe("kamisu");
    const [row] = await t.database.db.select().from(settings).where(eq(settings.key, "active_profile"));
    expect(row.value).toBe("kamisu");
    expect((await resolveActiveProfile(t.database, "nishihara")).id).toBe("kamisu");
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "settings.profile_changed"));
    expect(events).toHaveLength(1);
    expect(events[0].data).toEqual({ changes: { profileId: { from: "nishihara", to: "kamisu" } } });
    expect((await (await staff.get("/api/profile")).json()).id).toBe("kamisu");
    await admin.put("/api/settings/profile", { profileId: "nishihara" });
  });
});

describe("policy routes with 川崎市's profile", () => {
  let t: TestApp;
  let staff: ReturnType<typeof authed>;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    const dept = await makeDepartment(t.database.db);
    const s = await makeUser(t.database.db, { departmentId: dept.id });
    staff = authed(t, await signIn(t, s.user.loginId, s.password));
  });
  afterAll(() => t.close());

  it("区分Ⅰ is the highest confidentiality level (levels come highest rank first), and 0 obligations are unmapped", async () => {
    const body = await (await staff.get("/api/profile")).json();
    expect(body.id).toBe("kawasaki");
    const levels = body.classification.confidentiality.levels as {
      key: string;
      label: string;
      rank: number;
    }[];
    expect(levels[0]).toMatchObject({ key: "I", label: "区分Ⅰ" });
    expect(levels.map((l) => l.label)).toEqual(["区分Ⅰ", "区分Ⅱ", "区分Ⅲ"]);
    expect(body.coverage.unmapped).toEqual([]);
    expect(body.coverage.total).toBe(checkProfile(`${POLICIES_DIR}/kawasaki.yaml`).coverage.total);
    expect(body.coverage.byKind.checklist).toBeGreaterThan(0);
    // Self-inspection items count as met only in an open campaign, and none is open here.
    expect(body.coverage.byStatus.self_inspection).toBe(0);
    expect(moduleExists(SELF_INSPECTION_MODULE)).toBe(true);
    expect(body.coverage.byStatus.not_in_campaign).toBe(body.coverage.byKind.checklist);
    expect(body.coverage.notInCampaign).toHaveLength(body.coverage.byStatus.not_in_campaign);
  });

  it("GET /api/profile/clauses/{id} returns a 川崎市 clause with its mapping", async () => {
    const body = (await (await staff.get("/api/profile")).json()) as {
      auth: { loginBanner: { clause: string }; lockout: { clause?: string } };
    };
    // 川崎市 has no general lockout clause: the lockout is Sekimori's own rule and cites none.
    expect(body.auth.lockout.clause).toBeUndefined();
    const id = body.auth.loginBanner.clause;
    expect(id).toBe("kawasaki:基準/第8章/8/(6)/ア/(オ)");
    const res = await staff.get(`/api/profile/clauses/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    const clause = await res.json();
    expect(clause.id).toBe(id);
    expect(clause.text.length).toBeGreaterThan(0);
  });
});

describe("神栖市 基本方針 第3/1 適用除外 on the Policy screen", () => {
  it("shows the exclusion with its clause and says the register applies it (to networks and devices)", () => {
    const body = presentProfile(loadProfile("kamisu"));
    expect(body.exclusions).toEqual([
      expect.objectContaining({
        key: "school_education_network",
        clause: "kamisu:基本方針/第3/1",
        applied: true,
      }),
    ]);
    expect(body.exclusions[0].text.ja).toContain("学校における教育のために用いるネットワーク");
  });
});
