import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digestMail, hasKindText, immediateMail } from "./templates";

const MODULES = ["requests", "incidents", "assurance", "software", "training"];
/** A kind a module might use (codes have an underscore; no word of the templates has one). */
const kind = fc.stringMatching(/^[a-z]{2,12}_[a-z_]{2,20}$/);

describe("mail templates", () => {
  it("a mail is built from the kind's template and the link only, and shows no raw code", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODULES), kind, fc.uuid(), (module, k, id) => {
        const link = `/${module}/${id}`;
        const mail = immediateMail({ module, kind: k, link });
        const all = `${mail.subject}\n${mail.body}`;
        // The record is reachable (its link); a kind without its own line is never shown as a code.
        expect(mail.body).toContain(link);
        if (!hasKindText(module, k)) expect(all).not.toContain(k);
        // Same kind, same words: the text never depends on anything but module, kind and link.
        expect(immediateMail({ module, kind: k, link })).toEqual(mail);
        expect(mail.subject).toMatch(/^\[Sekimori\] .+ \/ .+$/);
      }),
      { numRuns: 300 },
    );
  });

  it("a digest counts each module's notices and the total, Japanese first", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ module: fc.constantFrom(...MODULES), kind, id: fc.uuid() }), {
          minLength: 1,
          maxLength: 30,
        }),
        (items) => {
          const mail = digestMail(
            new Date("2026-12-07T08:00:00+09:00"),
            items.map((i) => ({ module: i.module, kind: i.kind, link: `/${i.module}/${i.id}` })),
          );
          expect(mail.subject).toContain(`（${items.length}件）`);
          const ja = mail.body.indexOf("■");
          const en = mail.body.indexOf("----");
          expect(ja).toBeLessThan(en);
          for (const i of items) expect(mail.body).toContain(`/${i.module}/${i.id}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
