import { describe, expect, it } from "vitest";
import { ApiError } from "../../api";
import { answersBody, errorAtItems, type SheetAnswersValues, saveRules } from "./sheet-answers";

const values: SheetAnswersValues = {
  answers: [
    { itemId: "a", value: null, comment: "" },
    { itemId: "b", value: "yes", comment: "  済み  " },
    { itemId: "c", value: null, comment: "" },
    { itemId: "d", value: "no", comment: "" },
  ],
};

describe("sheet answers form (#14 item 3)", () => {
  it("sends the answered items only and remembers which item each sent row is", () => {
    const { body, sent } = answersBody(values);
    expect(body.answers).toEqual([
      { itemId: "b", value: "yes", comment: "済み" },
      { itemId: "d", value: "no", comment: undefined },
    ]);
    expect(sent).toEqual([1, 3]);
  });

  it("places the server's message about the K-th sent answer at that item", () => {
    const error = new ApiError(400, "validation_failed", "入力", "Input", {
      "answers.1.itemId": { message_ja: "この点検票にない点検項目です。", message_en: "Not on the sheet." },
      "answers.0.comment": { message_ja: "長すぎます。", message_en: "Too long." },
      answers: { message_ja: "重複", message_en: "Twice" },
    });
    const mapped = errorAtItems(error, [1, 3]);
    expect(mapped).toBeInstanceOf(ApiError);
    expect(Object.keys((mapped as ApiError).fields).sort()).toEqual([
      "answers",
      "answers.1.comment",
      "answers.3.itemId",
    ]);
    expect((mapped as ApiError).messageJa).toBe("入力");
  });

  it("asks for the answer of an item with a comment only, and for a first answer when none is given", () => {
    const withComment = structuredClone(values);
    withComment.answers[2].comment = "確認中";
    expect(saveRules({}, withComment, "ja")).toEqual({
      "answers.2.value": "回答は選択肢から選んでください。",
    });
    const none = { answers: values.answers.map((a) => ({ ...a, value: null, comment: "" })) };
    expect(saveRules({}, none, "en")).toEqual({ "answers.0.value": "Choose Answer from the list." });
  });
});
