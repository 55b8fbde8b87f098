/**
 * The import accepts every label the screens show for a closed list (種別, 細分類, 状態, 入手元,
 * 系統), in Japanese and English: a clerk who copies a value from the screen into the sheet must
 * not see it rejected.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadProfile } from "../../../profile";
import { KINDS, ORIGINS, STATUSES, SUBKINDS } from "./fields";
import { zoneChoices } from "./rows";
import { parseChoiceCell } from "./values";

const locales = join(import.meta.dirname, "../../../../web/src/locales");
const screens = (lang: "ja" | "en") =>
  (
    JSON.parse(readFileSync(join(locales, `${lang}.json`), "utf8")) as {
      assets: Record<string, Record<string, string>>;
    }
  ).assets;
const what = { ja: "項目", en: "field" };

describe("the import reads the screens' labels", () => {
  for (const lang of ["ja", "en"] as const) {
    const ui = screens(lang);
    for (const [list, choices] of [
      ["kind", KINDS],
      ["subkind", SUBKINDS],
      ["status", STATUSES],
      ["origin", ORIGINS],
    ] as const) {
      it(`${lang} ${list}`, () => {
        for (const [key, label] of Object.entries(ui[list])) {
          expect(parseChoiceCell(choices, label, what), `${list} 「${label}」`).toEqual({
            ok: true,
            value: key,
          });
        }
      });
    }
    it(`${lang} zone (the profile's zones)`, () => {
      const zones = zoneChoices(loadProfile("nishihara"));
      for (const z of zones) {
        const label = ui.zone[z.key];
        expect(parseChoiceCell(zones, label, what), `zone 「${label}」`).toEqual({ ok: true, value: z.key });
      }
    });
  }
});
