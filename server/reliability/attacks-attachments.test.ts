/**
 * Attachment names (issue #12, item 8): a hostile name sent with an upload — a path, a bidi
 * override that disguises `.exe` as `.pdf`, control characters, a Windows device name, a lying
 * extension — is stored cleaned, with the extension of the type the bytes really are, and served
 * back in a Content-Disposition that carries it only as RFC 5987 `filename*` and an ASCII fallback.
 * Through the real upload routes: incident evidence and self-inspection finding evidence.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF = Buffer.from("%PDF-1.4 証跡", "utf8");

/** Name sent → name stored (the type comes from the bytes). */
const CASES: Array<[string, Buffer, string]> = [
  ["..\\..\\Windows\\System32\\invoice\u202egnp.exe", PNG, "invoicegnp.png"],
  ["../../etc/cron.d/evil.sh", PDF, "evil.pdf"],
  ["CON.pdf", PDF, "_CON.pdf"],
  ["報告\r\n書\u0000.txt", PDF, "報告書.pdf"],
  [`${"あ".repeat(300)}.png`, PNG, `${"あ".repeat(65)}.png`],
];

let t: TestApp;
let csirt: AuthedClient;
let staff: AuthedClient;
let ciso: AuthedClient;
let admin: AuthedClient;
let deptId: string;

async function user(roles: Array<[string, string | null]>, departmentId: string | null) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return authed(t, await signIn(t, u.user.loginId, u.password));
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  deptId = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  staff = await user([], deptId);
  csirt = await user([["csirt", null]], null);
  ciso = await user([["ciso", null]], null);
  admin = await user([["system_staff", null]], null);
});
afterAll(async () => t.close());

/** The body, without its `data` wrapper when it has one. */
async function bodyOf<T>(res: Response): Promise<T> {
  const body = (await res.json()) as Record<string, unknown>;
  return ("data" in body ? body.data : body) as T;
}

function upload(client: AuthedClient, url: string, name: string, bytes: Buffer, kind?: string) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  if (kind) form.set("kind", kind);
  return client.request("POST", url, form);
}

/** The header names the file once as ASCII and once as RFC 5987, and nothing else. */
function expectSafeDisposition(header: string | null, stored: string) {
  expect(header).toMatch(
    /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/,
  );
  const star = header?.split("filename*=UTF-8''")[1] ?? "";
  expect(decodeURIComponent(star)).toBe(stored);
}

describe("hostile attachment names through the upload routes", () => {
  it("incident evidence: stored cleaned with the detected type's extension, served with filename*", async () => {
    const created = await staff.post("/api/incidents", {
      summary: "不審なメール",
      details: "添付ファイル付き",
      personalInfo: false,
    });
    expect(created.status).toBe(201);
    const { id } = await bodyOf<{ id: string }>(created);
    for (const [sent, bytes, stored] of CASES) {
      const res = await upload(csirt, `/api/incidents/${id}/files`, sent, bytes, "evidence");
      expect(res.status, sent).toBe(200);
      const { files } = await bodyOf<{ files: Array<{ id: string; fileName: string }> }>(res);
      const file = files.find((f) => f.fileName === stored);
      expect(file, `${JSON.stringify(sent)} → ${files.map((f) => f.fileName).join(", ")}`).toBeDefined();
      const dl = await csirt.get(`/api/incidents/${id}/files/${file?.id}`);
      expect(dl.status).toBe(200);
      expectSafeDisposition(dl.headers.get("content-disposition"), stored);
    }
  });

  it("self-inspection finding evidence: the same cleaning and header", async () => {
    const res = (await t.database.db.execute(sql`
      insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, due_date, state, created_at, updated_at)
      values ('nishihara', 'answer', 'nishihara:対策基準/10.2/(1)/②', ${deptId}, '掲示されたパスワード', 'medium', '2026-06-30', 'open', now(), now())
      returning id`)) as unknown as { rows: Array<{ id: string }> };
    const findingId = res.rows[0].id;
    for (const [sent, bytes, stored] of CASES) {
      const up = await upload(ciso, `/api/assurance/findings/${findingId}/files`, sent, bytes);
      expect(up.status, sent).toBe(200);
      const file = await bodyOf<{ id: string; fileName: string }>(up);
      expect(file.fileName).toBe(stored);
      const dl = await ciso.get(`/api/assurance/findings/${findingId}/files/${file.id}`);
      expect(dl.status).toBe(200);
      expectSafeDisposition(dl.headers.get("content-disposition"), stored);
    }
  });

  it("a document's title in its PDF's name: no path, no bidi override, the ASCII fallback only printable", async () => {
    const created = await ciso.post("/api/documents", {
      kind: "basic_policy",
      title: "../../基本方針\u202efdp.exe",
      audience: { everyone: true },
    });
    expect(created.status).toBe(201);
    const { id } = await bodyOf<{ id: string }>(created);
    expect((await ciso.post(`/api/documents/${id}/versions`, { text: "1 目的" })).status).toBe(201);
    const pdf = await ciso.get(`/api/documents/${id}/versions/1/pdf`);
    expect(pdf.status).toBe(200);
    expectSafeDisposition(pdf.headers.get("content-disposition"), ".._.._基本方針fdp.exe_第1版.pdf");
  });

  it("an advisory feed's name is kept cleaned, with the extension of what the bytes are", async () => {
    const nvd = readFileSync(join(import.meta.dirname, "../modules/software/feeds/fixtures/nvd-sample.json"));
    const name = encodeURIComponent("..\\..\\feeds\\nvd\u202egpj.exe");
    const res = await admin.request(
      "POST",
      `/api/vulnerabilities/imports?name=${name}`,
      new Blob([new Uint8Array(nvd)]),
      {
        "content-type": "application/octet-stream",
      },
    );
    expect(res.status).toBe(201);
    expect((await bodyOf<{ file: string }>(res)).file).toBe("nvdgpj.json");
    const rows = (await t.database.db.execute(sql`select file_name from vuln_imports`)) as unknown as {
      rows: Array<{ file_name: string }>;
    };
    expect(rows.rows.map((r) => r.file_name)).toEqual(["nvdgpj.json"]);
  });
});
