/**
 * The label walk and axe across every persona of one demo organization (see walk.ts). Findings
 * are collected over all personas and written to test-results/label-walk-ORG.json, and the last
 * step fails when there is any, so one run shows every problem at once.
 *
 * Scope: the persona with the most duties and the one with the fewest walk every screen; each
 * persona between them walks only the screens (kinds of path) no earlier persona has walked, so
 * every screen is seen at least once and the two extremes in full — the full walk of every persona
 * took about 6 minutes per organization of the test command. `E2E_WALK=full` walks everything as
 * everyone.
 */
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "@playwright/test";
import { RESULTS_DIR, scenario } from "./harness";
import { signInWithKeyboard } from "./keyboard";
import {
  axeFindings,
  demoUsers,
  detailKind,
  detailTargets,
  type Finding,
  goInApp,
  labelFindings,
  navTargets,
  personas,
  signInApi,
  trackRequests,
} from "./walk";

export function labelWalk(org: string): void {
  const findings: Finding[] = [];
  const axe: string[] = [];
  const axeDone = new Set<string>();
  const password = process.env.E2E_DEMO_PASSWORD ?? "";
  const users = demoUsers();
  const list = personas(users);
  // Login ids and names are data, not codes ("head.zeimu", "staff_01").
  const exempt = users.flatMap((u) => [u.loginId, u.name]);
  const full = process.env.E2E_WALK === "full";
  const walked = new Set<string>();

  scenario(`label walk and axe: every screen of ${org} as each persona`, (step) => {
    for (const [index, user] of list.entries()) {
      const everything = full || index === 0 || index === list.length - 1;
      const scope = everything ? "every screen" : "the screens not yet walked";
      step(`${user.loginId} (${user.duties.length} duties) sees only labels on ${scope}`, async (s) => {
        // Every screen once per persona, axe on each new one: minutes on two shared cores.
        test.setTimeout(900_000);
        const page = await s.newPage();
        trackRequests(page);
        if (index === 0) await signInWithKeyboard(page, user, password);
        else await signInApi(page, user, password);
        const screens = await navTargets(page);
        const details = new Map<string, string>();
        const visit = async (path: string) => {
          const kind = detailKind(path);
          if (!everything && walked.has(kind)) return;
          walked.add(kind);
          const started = Date.now();
          await goInApp(page, path);
          findings.push(...(await labelFindings(page, user.loginId, exempt)));
          if (!axeDone.has(kind)) {
            axeDone.add(kind);
            axe.push(...(await axeFindings(page)));
          }
          console.log(`  ${user.loginId} ${path} ${Date.now() - started} ms`);
        };
        for (const path of screens) {
          await visit(path);
          for (const href of await detailTargets(page)) {
            if (!details.has(detailKind(href))) details.set(detailKind(href), href);
          }
        }
        for (const href of details.values()) await visit(href);
        await page.context().close();
      });
    }

    step("no screen showed a key, a code or a library message, and axe found nothing serious", async () => {
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(
        join(RESULTS_DIR, `label-walk-${org}.json`),
        JSON.stringify({ personas: list.map((u) => u.loginId), findings, axe }, null, 2),
      );
      const unique = [...new Set(findings.map((f) => `${f.path}: ${f.kind} 「${f.text}」 (${f.persona})`))];
      assert.deepEqual(unique, [], `label walk findings:\n${unique.join("\n")}`);
      // Every serious or critical axe rule fails the walk, contrast and link-in-text-block included
      // (the theme's variant resolver keeps colours at AA; links in running text are underlined).
      assert.deepEqual(axe, [], `axe serious/critical violations:\n${axe.join("\n")}`);
    });
  });
}
