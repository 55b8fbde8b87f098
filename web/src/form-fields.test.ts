import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { requiredChoice, requiredDate, requiredText } from "./form-fields";
import { zodForm } from "./forms";

// forms.ts reads the language through i18n.ts, which needs a document; zodForm is given it instead.
vi.mock("./i18n", () => ({ useLang: () => ({ lang: "ja" }) }));

const Values = z.object({
  contractorId: requiredChoice,
  subject: requiredText(300),
  startsOn: requiredDate,
});

describe("form-fields (a picker's or DateField's null is 'not given yet')", () => {
  it("asks for an unset date and choice by the field's name, in Japanese and in English", () => {
    const values = { contractorId: null, subject: "", startsOn: null };
    expect(zodForm(Values, "ja")(values)).toEqual({
      contractorId: "委託事業者を入力してください。",
      subject: "件名は1文字以上で入力してください。",
      startsOn: "契約開始日を入力してください。",
    });
    expect(zodForm(Values, "en")(values).startsOn).toBe("Start date is required.");
  });

  it("says a date that is not YYYY-MM-DD is malformed, and passes a complete form with the server's types", () => {
    expect(zodForm(Values, "ja")({ contractorId: "k", subject: "保守", startsOn: "R8.4.1" })).toEqual({
      startsOn: "契約開始日の形式が正しくありません。",
    });
    const parsed = Values.parse({ contractorId: "k", subject: " 保守 ", startsOn: "2026-04-01" });
    expect(parsed).toEqual({ contractorId: "k", subject: "保守", startsOn: "2026-04-01" });
  });
});
