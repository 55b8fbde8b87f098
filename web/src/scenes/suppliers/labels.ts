import { SUPPLIER_CHECK_IMPORTANCE_LABELS, SUPPLIER_CHECK_RESULT_LABELS } from "../../../../common/labels";
import { sceneWords, useSceneWords } from "../../i18n";
import suppliersWords from "../../locales/scenes/suppliers.json";

export const ROLE_LABELS = {
  responsible: { ja: "責任者", en: "Responsible person" },
  worker: { ja: "作業員", en: "Worker" },
} as const;
// The server's exports and yearly report use the same labels (common/labels.ts).
export const RESULT_LABELS = SUPPLIER_CHECK_RESULT_LABELS;
export const IMPORTANCE_LABELS = SUPPLIER_CHECK_IMPORTANCE_LABELS;
export const LENDING_LABELS = {
  lent: { ja: "貸与中", en: "Lent" },
  returned: { ja: "返却済み", en: "Returned" },
  disposed: { ja: "廃棄証明済み", en: "Disposal certified" },
} as const;
export const DECISION_LABELS = {
  approved: { ja: "承認済み", en: "Approved" },
  open: { ja: "承認待ち", en: "Waiting" },
  refused: { ja: "却下・取下げ", en: "Refused or withdrawn" },
} as const;
export const NEXT: Record<string, string[]> = {
  draft: ["checked"],
  checked: ["draft", "active"],
  active: ["ending"],
  ending: ["closed"],
  closed: [],
};

export type TextKey = keyof (typeof suppliersWords)["ja"];

const scene = sceneWords("suppliers", suppliersWords);

export function useTexts() {
  return useSceneWords(scene);
}
