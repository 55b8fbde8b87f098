import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCES_DIR } from "../paths";
import { isObligationSentence } from "./obligation";
import { parsePolicyText } from "./parse";
import { SEED_SOURCES } from "./sources";

const parsed = Object.fromEntries(
  SEED_SOURCES.map(({ id, file }) => [
    id,
    parsePolicyText(readFileSync(join(SOURCES_DIR, file), "utf8"), id),
  ]),
);
const ids = (id: string) => new Set(parsed[id].clauses.map((c) => c.id));

describe("parser on the five seed texts", () => {
  // Snapshot numbers: a change here changes clause ids; regenerate the catalogs and review the diff.
  it.each([
    ["kamisu", 47, 19],
    ["matsumoto-kouiki", 45, 19],
    ["yamagata-gojokai", 43, 16],
    ["nishihara", 581, 355],
    ["kawasaki", 542, 384],
  ])("%s: %i clauses, %i obligations", (id, clauses, obligations) => {
    expect(parsed[id].clauses).toHaveLength(clauses);
    expect(parsed[id].clauses.filter((c) => c.obligation)).toHaveLength(obligations);
    expect(new Set(parsed[id].clauses.map((c) => c.id)).size).toBe(clauses);
  });

  it("keeps stable ids", () => {
    for (const id of [
      "nishihara:対策基準/5.2/(2)/①",
      "nishihara:対策基準/3/(2)/⑧/(イ)",
      "nishihara:基本方針/6/(3)/②",
      "nishihara:対策基準/9.1/(2)/⑬",
    ])
      expect(ids("nishihara")).toContain(id);
    for (const id of [
      "kawasaki:基準/第4章/1/(5)/エ",
      "kawasaki:基準/第4章/1/(5)/エ/(オ)",
      "kawasaki:基準/第11章/2",
    ])
      expect(ids("kawasaki")).toContain(id);
    expect(ids("kamisu")).toContain("kamisu:基本方針/第3/1");
    expect(ids("matsumoto-kouiki")).toContain("matsumoto-kouiki:基本方針/4/(2)/ア");
    expect(ids("yamagata-gojokai")).toContain("yamagata-gojokai:基本方針/2/(1)/③");
  });

  it("splits 西原村 into 基本方針 and 対策基準 and skips the tables of contents", () => {
    expect(parsed.nishihara.documents.map((d) => d.name)).toEqual(["基本方針", "対策基準"]);
    const all = parsed.nishihara.clauses.map((c) => c.text).join("\n");
    expect(all).not.toMatch(/目的\t1/);
    // The 目次 entry "1. 目的 1" must not become a clause before the real "1. 目的".
    expect(parsed.nishihara.clauses.find((c) => c.id === "nishihara:基本方針/1")?.text).toContain(
      "本基本方針は",
    );
    expect(parsed.kawasaki.clauses.find((c) => c.id === "kawasaki:基準/第1章")?.title).toBe("適用範囲");
  });

  it("collects footnotes, keeps tables as clause text and joins sentences broken by page breaks", () => {
    expect(parsed.kawasaki.footnotes.find((f) => f.mark === "²")?.text).toContain("CISO は、CIO を兼務する");
    const table = parsed.kawasaki.clauses.find((c) => c.id === "kawasaki:基準/第3章/2/(1)");
    expect(table?.text).toContain("区分Ⅰ | 情報の漏えい");
    const broken = parsed.nishihara.clauses.find((c) => c.id === "nishihara:対策基準/2/(2)/⑨");
    expect(broken?.text).toContain("運用状況を適時に把握し");
    expect(broken?.obligation).toBe(true);
  });

  it("marks obligations and not definitions", () => {
    const clause = (id: string) => parsed.nishihara.clauses.find((c) => c.id === id);
    expect(clause("nishihara:対策基準/2/(6)/①")?.obligation).toBe(true);
    expect(clause("nishihara:基本方針/2/(1)")?.obligation).toBe(false);
    expect(clause("nishihara:対策基準/2/(3)/①")?.obligation).toBe(false); // designation "…とする。"
    const kawasaki = parsed.kawasaki.clauses.find((c) => c.id === "kawasaki:基準/第2章/5/(2)");
    expect(kawasaki?.obligation).toBe(true); // "利用しない。"
  });

  it.each([
    ["保管しなければならない。", true],
    ["共有してはならない。", true],
    ["講じるものとする。", true],
    ["情報管理責任者の許可を得る。", true],
    ["目的外に利用しない。", true],
    ["指示を仰ぐこと。", true],
    ["通信網をいう。", false],
    ["副村長を、CISO とする。", false],
    ["権限及び責任を有する。", false],
    ["利用することができる。", false],
    ["設置することが望ましい。", false],
  ])("%s → %s", (sentence, expected) => {
    expect(isObligationSentence(sentence)).toBe(expected);
  });
});
