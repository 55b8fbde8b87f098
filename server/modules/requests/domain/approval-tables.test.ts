/**
 * Per profile: which acts need approval and who approves, built from the clauses (cited in the
 * test names). evaluateApproval reads the profile; resolveChain turns duties into people.
 */
import { describe, expect, it } from "vitest";
import { type AssetFacts, evaluateApproval, loadProfile } from "../../../profile";
import type { RequestKindKey } from "../../../profile/schema";
import { resolveChain } from "./approvers";
import { KINDS } from "./kinds";

const nishihara = loadProfile("nishihara");
const kawasaki = loadProfile("kawasaki");
const A = (kind: string, c: string | null): AssetFacts => ({
  kind: kind as AssetFacts["kind"],
  confidentiality: c,
});

type Row = [string, RequestKindKey, AssetFacts[], boolean, string[], string[]];

const NISHIHARA: Row[] = [
  [
    "9.1(2)⑧: subcontracting — the 課長 who keeps the contract approves each level",
    "subcontracting",
    [],
    true,
    ["manage_department_security"],
    ["nishihara:対策基準/9.1/(2)/⑧"],
  ],
  [
    "6.1(1)③(イ): any carry-out of a medium, even 機密性1",
    "carry_out",
    [A("medium", "1")],
    true,
    ["approve_carry_out"],
    ["nishihara:対策基準/6.1/(1)/③/(イ)"],
  ],
  [
    "6.1(1)③(イ) + 3.(2)⑧(イ): 機密性2 carried out is also 運搬",
    "carry_out",
    [A("medium", "2")],
    true,
    ["approve_carry_out"],
    ["nishihara:対策基準/6.1/(1)/③/(イ)", "nishihara:対策基準/3/(2)/⑧/(イ)"],
  ],
  [
    "3.(2)⑧(イ): transport of 機密性1 needs no permission",
    "transport",
    [A("document", "1")],
    false,
    [],
    ["nishihara:対策基準/3/(2)/⑧/(イ)"],
  ],
  [
    "3.(2)⑧(イ): transport of 機密性2 needs the manager",
    "transport",
    [A("document", "2")],
    true,
    ["approve_carry_out"],
    ["nishihara:対策基準/3/(2)/⑧/(イ)"],
  ],
  [
    "3.(2)⑨(イ): external provision of 機密性3",
    "external_provision",
    [A("information", "3")],
    true,
    ["approve_external_provision"],
    ["nishihara:対策基準/3/(2)/⑨/(イ)"],
  ],
  [
    "3.(2)⑨(イ): external provision of 機密性1 is free",
    "external_provision",
    [A("information", "1")],
    false,
    [],
    ["nishihara:対策基準/3/(2)/⑨/(イ)"],
  ],
  [
    "3.(2)⑩(ウ): every disposal",
    "disposal",
    [A("device", "1")],
    true,
    ["approve_disposal"],
    ["nishihara:対策基準/3/(2)/⑩/(ウ)"],
  ],
  [
    "7.1(17)②: software — manager, then network administrator",
    "software_install",
    [],
    true,
    ["approve_software_install", "manage_network"],
    ["nishihara:対策基準/7.1/(17)/②"],
  ],
  [
    "7.1(10)①: external network — network administrator, then CISO",
    "external_network",
    [],
    true,
    ["manage_network", "approve_external_connection"],
    ["nishihara:対策基準/7.1/(10)/①"],
  ],
  ["8.4(1): exception — CISO", "exception", [], true, ["approve_exception"], ["nishihara:対策基準/8.4/(1)"]],
  [
    "7.1(4)③: system change — no prior permission, two people",
    "system_change",
    [],
    false,
    [],
    ["nishihara:対策基準/7.1/(4)/③"],
  ],
  [
    "6.1(1)③(ウ): 外部で情報処理業務 — the 情報セキュリティ・システム管理者 permits",
    "offsite_processing",
    [A("document", "2")],
    true,
    ["manage_department_security"],
    ["nishihara:対策基準/6.1/(1)/③/(ウ)"],
  ],
  [
    "6.1(1)④(ア): 支給以外の端末 — the 情報セキュリティ・システム管理者 permits (the CISO's 可否判断 is the profile's rule)",
    "personal_device",
    [],
    true,
    ["manage_department_security"],
    ["nishihara:対策基準/6.1/(1)/④/(ア)"],
  ],
  [
    "7.1(18)②: 機器の改造及び増設・交換 — ネットワーク管理者及び情報セキュリティ・システム管理者 (both)",
    "hardware_change",
    [A("device", "1")],
    true,
    ["manage_department_security", "manage_network"],
    ["nishihara:対策基準/7.1/(18)/②"],
  ],
];

const KAWASAKI: Row[] = [
  [
    "第4章1(5)エ(イ): 区分Ⅱ information carried out — 情報管理責任者又は情報システム利用責任者",
    "carry_out",
    [A("information", "II")],
    true,
    ["approve_carry_out"],
    ["kawasaki:基準/第4章/1/(5)/エ/(イ)"],
  ],
  [
    "第4章1(5)エ(イ): 区分Ⅲ documents need no permission",
    "carry_out",
    [A("document", "III")],
    false,
    [],
    ["kawasaki:基準/第4章/1/(5)/エ/(イ)"],
  ],
  [
    "第7章3(7)ア・第9章8(5): any city device carried out",
    "carry_out",
    [A("device", "III")],
    true,
    ["approve_carry_out"],
    ["kawasaki:基準/第7章/3/(7)/ア"],
  ],
  [
    "第4章4(2): any medium carried out",
    "carry_out",
    [A("medium", "III")],
    true,
    ["approve_carry_out"],
    ["kawasaki:基準/第4章/4/(2)"],
  ],
  [
    "第4章1(5)エ + 第4章4(2): a 区分Ⅰ medium",
    "carry_out",
    [A("medium", "I")],
    true,
    ["approve_carry_out"],
    ["kawasaki:基準/第4章/1/(5)/エ/(イ)", "kawasaki:基準/第4章/4/(2)"],
  ],
  [
    "第4章1(6)ア: external provision of 区分Ⅲ is free",
    "external_provision",
    [A("information", "III")],
    false,
    [],
    ["kawasaki:基準/第4章/1/(6)/ア"],
  ],
  [
    "第4章2(1)カ: 移送 needs no permission (a locked bag)",
    "transport",
    [A("document", "I")],
    false,
    [],
    ["kawasaki:基準/第4章/2/(1)/カ"],
  ],
  [
    "第12章2(2): exception — 情報監理者 then 情報統括監理者",
    "exception",
    [],
    true,
    ["manage_network", "approve_exception"],
    ["kawasaki:基準/第12章/2/(2)"],
  ],
  [
    "第9章2(2)イ: external service — 情報管理責任者 then 情報監理者",
    "external_service",
    [],
    true,
    ["own_assets", "manage_network"],
    ["kawasaki:基準/第9章/2/(2)/イ"],
  ],
  [
    "第2章9(1)イ: subcontracting — the 情報管理責任者 consents, at every level",
    "subcontracting",
    [],
    true,
    ["own_assets"],
    ["kawasaki:基準/第2章/9/(1)/イ"],
  ],
  [
    "第4章1(9)ア: every disposal — 情報管理責任者",
    "disposal",
    [A("document", "III")],
    true,
    ["approve_disposal"],
    ["kawasaki:基準/第4章/1/(9)/ア"],
  ],
  [
    "第9章8(6): 機器構成の変更 — 情報管理責任者, then the 情報監理者 it consults",
    "hardware_change",
    [A("device", "III")],
    true,
    ["own_assets", "manage_network"],
    ["kawasaki:基準/第9章/8/(6)"],
  ],
  [
    "第9章8(8): 職員等が所有するパソコン — 情報管理責任者又は情報システム利用責任者",
    "personal_device",
    [],
    true,
    ["approve_offsite_work"],
    ["kawasaki:基準/第9章/8/(8)"],
  ],
  [
    "第10章11(4)ア: 保守、システム変更 — 情報管理責任者又は情報システム管理者 before the work",
    "system_change",
    [],
    true,
    ["approve_software_install"],
    ["kawasaki:基準/第10章/11/(4)/ア"],
  ],
];

describe.each([
  ["西原村", nishihara, NISHIHARA],
  ["川崎市", kawasaki, KAWASAKI],
] as const)("%s: which acts need approval and who approves", (_name, profile, rows) => {
  it.each(rows)("%s", (_title, kind, assets, required, duties, clauses) => {
    const d = evaluateApproval(profile, kind, assets);
    expect(d.required).toBe(required);
    expect(d.approvers.map((a) => a.duty)).toEqual(duties);
    expect(d.basis.map((b) => b.clause)).toEqual(clauses);
  });
});

describe("kind keys", () => {
  it("every kind of every profile has a form (20 kinds; system_document_access and system_setting_change only where the text has them, 川崎市 第10章12(2) and 第9章6(2); remote_access 西原村 7.2(2)①)", () => {
    for (const id of [
      "mic-guideline",
      "nishihara",
      "kawasaki",
      "kamisu",
      "matsumoto-kouiki",
      "yamagata-gojokai",
    ]) {
      for (const k of loadProfile(id).request_kinds) expect(KINDS[k.key]?.key).toBe(k.key);
    }
    expect(Object.keys(KINDS)).toHaveLength(20);
  });
});

describe("resolveChain", () => {
  const unit = { departmentId: "dA", bureauId: "bX" };
  const row = (
    personId: string,
    roleKey: string,
    scopeDepartmentId: string | null,
    dept: string | null = null,
  ) => ({
    assignmentId: `as-${personId}`,
    personId,
    name: personId,
    roleKey,
    scopeDepartmentId,
    personDepartmentId: dept,
    personBureauId: null,
  });
  it("exception (川崎市): 情報監理者 then CISO; deputies in period; requester excluded (第2章1(11)ア)", () => {
    const chain = evaluateApproval(kawasaki, "exception", []).approvers;
    const r = resolveChain(
      kawasaki,
      chain,
      unit,
      [
        row("sup", "information_supervisor", null),
        row("cio", "information_chief", null),
        row("mgr", "information_manager", "dA"),
      ],
      [{ principalPersonId: "cio", deputyPersonId: "dep", deputyName: "dep", roleAssignmentId: null }],
      "mgr",
    );
    expect(r.map((s) => [s.duty, s.candidates.map((c) => [c.personId, c.deputyFor])])).toEqual([
      ["manage_network", [["sup", null]]],
      [
        "approve_exception",
        [
          ["cio", null],
          ["dep", "cio"],
        ],
      ],
    ]);
  });
  it("department-scoped duties only from holders over the request's department", () => {
    const chain = evaluateApproval(nishihara, "carry_out", [A("medium", "2")]).approvers;
    const r = resolveChain(
      nishihara,
      chain,
      unit,
      [
        row("headA", "security_system_manager", "dA"),
        row("headB", "security_system_manager", "dB"),
        row("headImplicit", "security_system_manager", null, "dA"),
        row("me", "security_system_manager", "dA"),
      ],
      [],
      "me",
    );
    expect(r[0].candidates.map((c) => c.personId)).toEqual(["headA", "headImplicit"]);
  });
});

describe("approver chains that follow the form's answer (field_in)", () => {
  it("川崎市 第9章6(1): new software asks 情報管理責任者 及び 情報システム管理者; recognised software one of them (第4章3(1)オ)", () => {
    const chain = (softwareStatus: string) =>
      evaluateApproval(kawasaki, "software_install", [], { softwareStatus }).approvers.map((a) => [
        a.step,
        a.duty,
      ]);
    expect(chain("new")).toEqual([
      [1, "own_assets"],
      [2, "manage_information_system"],
    ]);
    expect(chain("recognised")).toEqual([[1, "approve_software_install"]]);
    // Only the 情報システム管理者 holds the second step's duty; only the 情報管理責任者 the first's.
    const holders = (duty: string) =>
      kawasaki.roles.filter((r) => r.duties.includes(duty as never)).map((r) => r.key);
    expect(holders("manage_information_system")).toEqual(["system_manager"]);
    expect(holders("own_assets")).toEqual(["information_manager"]);
  });

  it("every field_in of every shipped profile names a choice field of its kind, and values among its options", () => {
    type P = import("../../../profile/schema").Predicate;
    const walk = (p: P | undefined, out: { field: string; values: string[] }[]) => {
      if (!p) return out;
      if ("all" in p) for (const x of p.all) walk(x, out);
      else if ("any" in p) for (const x of p.any) walk(x, out);
      else if ("not" in p) walk(p.not, out);
      else if ("field_in" in p) out.push(p.field_in);
      return out;
    };
    let seen = 0;
    for (const id of [
      "mic-guideline",
      "nishihara",
      "kamisu",
      "matsumoto-kouiki",
      "yamagata-gojokai",
      "kawasaki",
    ]) {
      for (const k of loadProfile(id).request_kinds) {
        const refs = [
          k.approval_required_when,
          k.encryption_required_when?.when,
          ...k.grounds.map((g) => g.when),
          ...k.approvers.map((a) => a.when),
        ].flatMap((p) => walk(p, []));
        for (const ref of refs) {
          seen++;
          const field = KINDS[k.key].fields.find((f) => f.key === ref.field);
          expect(field?.type, `${id} ${k.key} ${ref.field}`).toBe("select");
          for (const v of ref.values)
            expect(
              field?.options?.map((o) => o.value),
              `${id} ${k.key} ${v}`,
            ).toContain(v);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("whatever is answered, an approver chain is never empty when approval is required for a valid answer (property)", async () => {
    const fc = (await import("fast-check")).default;
    for (const profile of [nishihara, kawasaki])
      for (const k of profile.request_kinds) {
        const choices = KINDS[k.key].fields.filter((f) => f.type === "select");
        if (choices.length === 0) continue;
        const answer = fc.record(
          Object.fromEntries(
            choices.map((f) => [f.key, fc.constantFrom(...(f.options ?? []).map((o) => o.value))]),
          ),
        );
        const level = fc.constantFrom(
          null,
          ...profile.classification.confidentiality.levels.map((l) => l.key),
        );
        fc.assert(
          fc.property(answer, level, (a, c) => {
            const d = evaluateApproval(
              profile,
              k.key,
              c ? [A("document", c)] : [],
              a as Record<string, string>,
            );
            return !d.required || d.approvers.length > 0;
          }),
          { numRuns: 60 },
        );
      }
  });
});
