/**
 * The per-clause review (issue #13 item 2) cannot rot: `policies/review/<profile>.md` must be what
 * `scripts/clause-review.ts` renders from the mappings, the code registry and the test titles of
 * this tree. Regenerate with `npx tsx scripts/clause-review.ts --write`.
 */
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAll } from "./clause-review";
import { citationsIn } from "./clause-review/citations";
import { citation } from "./clause-review/render";

describe("clause citations in test titles", () => {
  const ids = (chain: string[]) => citationsIn(chain).map((c) => c.id);

  it("reads 西原村 citations, lists and ranges", () => {
    expect(ids(["西原村 対策基準 6.3(2)①–③ 住民等外部からの報告"])).toEqual([
      "nishihara:対策基準/6.3/(2)/①",
      "nishihara:対策基準/6.3/(2)/②",
      "nishihara:対策基準/6.3/(2)/③",
    ]);
    expect(ids(["8.4(1)(2) 例外措置 and 7.1(10)① and 2.(6)① and (10.3) and 基本方針6(7)"])).toEqual([
      "nishihara:対策基準/8.4/(1)",
      "nishihara:対策基準/8.4/(2)",
      "nishihara:対策基準/7.1/(10)/①",
      "nishihara:対策基準/2/(6)/①",
      "nishihara:対策基準/10.3",
      "nishihara:基本方針/6/(7)",
    ]);
  });

  it("reads 川崎市 citations, and a chapter-less one inside a describe about that chapter", () => {
    expect(ids(["川崎市 第2章9(1)オ・9(2): pledges", "9(2)オ・カ: lent items"])).toEqual([
      "kawasaki:基準/第2章/9/(1)/オ",
      "kawasaki:基準/第2章/9/(2)",
      "kawasaki:基準/第2章/9/(2)/オ",
      "kawasaki:基準/第2章/9/(2)/カ",
    ]);
    expect(ids(["川崎市 基準 第4章1(5)エ(オ) 帰庁後", "局点検 (第12章5)"])).toEqual([
      "kawasaki:基準/第4章/1/(5)/エ/(オ)",
      "kawasaki:基準/第12章/5",
    ]);
  });

  it("does not take version numbers, status codes or words for clauses", () => {
    expect(ids(["CVSS v3.1, 5.15.2, R6.10, (403), 1..2, §6.2, ウェブ会議 10 MB"])).toEqual([]);
  });

  it("full width and half width cite the same clause (property)", () => {
    const toFull = (s: string) =>
      s
        .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
        .replace(/\(/g, "（")
        .replace(/\)/g, "）");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(..."①②③④⑤"),
        (a, b, c, circled) => {
          const cited = `西原村 ${a}.${b}(${c})${circled}`;
          expect(ids([toFull(cited)])).toEqual(ids([cited]));
          expect(ids([cited])).toEqual([`nishihara:対策基準/${a}.${b}/(${c})/${circled}`]);
        },
      ),
    );
  });

  it("prints a clause id as the tests cite it, and reads it back", () => {
    for (const id of [
      "nishihara:対策基準/6.3/(2)/④",
      "kawasaki:基準/第4章/1/(5)/エ/(オ)",
      "kawasaki:基準/第12章/5",
    ]) {
      const printed = citation(id).replace(/^(対策基準|基準) /, "");
      expect(ids([`${id.startsWith("kawasaki") ? "川崎市" : "西原村"} ${printed}`])).toEqual([id]);
    }
  });
});

describe("policies/review is up to date (issue #13 item 2)", () => {
  const rendered = renderAll();

  it.each(rendered.map((r) => [r.profileId, r] as const))(
    "%s: the generated review matches the mappings, the code and the test titles",
    (_id, r) => {
      // Reported, not failed: the obligations no test title cites (the file lists them too).
      console.log(`${r.summary}\n${r.missing.map((m) => `  no citing test: ${m}`).join("\n")}`);
      expect(existsSync(r.file), `${r.file} is missing: run npx tsx scripts/clause-review.ts --write`).toBe(
        true,
      );
      const onDisk = readFileSync(r.file, "utf8");
      expect(
        onDisk === r.text,
        `${r.file} is out of date: run npx tsx scripts/clause-review.ts --write`,
      ).toBe(true);
    },
  );
});
