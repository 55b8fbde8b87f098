// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { pdfText } from "../../test/pdf-text";
import { type AuthedClient, authed, signIn } from "../../test/session";

/**
 * #15 item 2 and 4 (西原村 6.2(2)①②): an e-learning course's material as a PDF, uploaded by the
 * CISO with the plan the committee approves and opened by staff from the course; completion
 * exported as a PDF carrying the export marking on every page, dates in 和暦.
 */
let t: TestApp;
let ciso: AuthedClient, committee: AuthedClient, staff: AuthedClient;
let planId: string, course: string, classroom: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
// A small but real PDF header: the type is judged by the bytes (%PDF-).
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");
const form = (bytes: Buffer, name: string) => {
  const f = new FormData();
  f.set("file", new File([new Uint8Array(bytes)], name));
  return f;
};

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return authed(t, await signIn(t, u.user.loginId, u.password));
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = (await makeDepartment(t.database.db, { name: "総務課" })).id;
  ciso = await user([["ciso", null]], dept);
  committee = await user([["committee", null]], dept);
  staff = await user([], dept);
  planId = (await json(await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度" }))).data
    .id;
  const add = async (body: Record<string, unknown>) =>
    (
      await json(
        await ciso.post("/api/training/courses", { planId, audience: { kind: "everyone" }, ...body }),
      )
    ).data.id as string;
  course = await add({
    title: "標的型攻撃メール対策",
    delivery: "elearning",
    materialText: "開かずに報告。",
  });
  classroom = await add({ title: "情報セキュリティ集合研修", delivery: "classroom" });
}, 120_000);
afterAll(async () => t.close());

describe("e-learning material as a PDF", () => {
  it("only the organizer uploads, only a PDF by its bytes, within 10 MB, to an e-learning course", async () => {
    const path = `/api/training/courses/${course}/material`;
    expect((await staff.post(path, form(PDF, "教材.pdf"))).status).toBe(403);
    const png = await ciso.post(
      path,
      form(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "教材.pdf"),
    );
    expect(png.status).toBe(400);
    expect((await json(png)).error.fields.file.message_ja).toMatch(/PDF/);
    expect((await ciso.post(path, form(Buffer.alloc(0), "空.pdf"))).status).toBe(400);
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    expect((await ciso.post(path, form(big, "大きい.pdf"))).status).toBe(413);
    expect((await ciso.post(`/api/training/courses/${classroom}/material`, form(PDF, "x.pdf"))).status).toBe(
      409,
    );
    const n = async () =>
      Number(
        (
          (await t.database.db.execute(
            sql`select count(*)::int as n from audit_events where type = 'training.material_uploaded'`,
          )) as any
        ).rows[0].n,
      );
    expect(await n()).toBe(0);
    const ok = await ciso.post(path, form(PDF, "標的型メール対策.pdf"));
    expect(ok.status).toBe(200);
    expect((await json(ok)).data).toMatchObject({ hasPdf: true, materialPdfName: "標的型メール対策.pdf" });
    const [event] = (
      (await t.database.db.execute(
        sql`select data from audit_events where type = 'training.material_uploaded'`,
      )) as any
    ).rows;
    expect(event.data).toMatchObject({ size: PDF.length, replaced: false });
    expect(event.data.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("staff open it from the course once the plan is approved; it is frozen with the plan", async () => {
    const path = `/api/training/courses/${course}/material`;
    // A draft plan's material is the organizer's alone.
    expect((await staff.get(path)).status).toBe(404);
    expect((await ciso.get(path)).status).toBe(200);
    expect((await ciso.post(`/api/training/plans/${planId}/actions`, { action: "submit" })).status).toBe(200);
    expect(
      (await committee.post(`/api/training/plans/${planId}/actions`, { action: "approve" })).status,
    ).toBe(200);
    const learn = (await json(await staff.get(`/api/training/courses/${course}/learn`))).data;
    expect(learn.course).toMatchObject({ hasPdf: true, materialPdfName: "標的型メール対策.pdf" });
    const res = await staff.get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await staff.get(`/api/training/courses/${classroom}/material`)).status).toBe(404);
    // The committee approved this material: it is not replaced behind its back.
    expect((await ciso.post(path, form(PDF, "差替え.pdf"))).status).toBe(409);
  });
});

describe("completion as a PDF", () => {
  it("is a marked PDF in 和暦 with each course's figures; an unknown format is refused", async () => {
    const res = await ciso.get("/api/training/completion?fiscalYear=2026&by=department&format=pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(".pdf");
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toMatch(/機密性.+（取扱注意）/);
    expect(text).toContain("取扱い / Handling");
    expect(text).toContain("令和8年度 (2026年度) 研修受講状況");
    expect(text).toContain("標的型攻撃メール対策");
    expect(text).toMatch(/総務課\s+3\s+0\s+0\s+0/);
    expect(text).toContain("令和9年3月31日");
    expect((await ciso.get("/api/training/completion?fiscalYear=2026&format=docx")).status).toBe(400);
  });
});
