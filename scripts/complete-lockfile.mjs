#!/usr/bin/env node
// The npm registry reachable here carries Biome's native binary only for Linux, so `npm install`
// writes a lockfile without Biome's other platform packages and `npm ci` then refuses it
// ("Missing: @biomejs/cli-… from lock file"). This adds those optional, platform-bound entries
// back (npm skips them on a non-matching platform, so nothing is fetched). Run it after any
// `npm install` that rewrites package-lock.json: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const FILE = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(FILE, "utf8"));
const packages = lock.packages;
const biome = packages["node_modules/@biomejs/biome"];
let added = 0;
for (const name of Object.keys(biome?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (packages[key]) continue;
  const [, os, cpu, libc] = name.match(/cli-(\w+)-(\w+?)(?:-(musl))?$/) ?? [];
  if (!os) continue;
  packages[key] = {
    version: biome.optionalDependencies[name],
    cpu: [cpu],
    dev: true,
    license: biome.license,
    optional: true,
    os: [os],
    ...(libc ? { libc: [libc] } : {}),
    engines: biome.engines,
  };
  added++;
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(FILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: ${added} platform entr${added === 1 ? "y" : "ies"} added`);
