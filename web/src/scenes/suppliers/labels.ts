import {
  SUPPLIER_CHECK_IMPORTANCE_LABELS,
  SUPPLIER_CHECK_RESULT_LABELS,
  SUPPLIER_DECISION_LABELS,
  SUPPLIER_LENDING_LABELS,
  SUPPLIER_ROLE_LABELS,
} from "../../../../common/labels";
import { sceneWords, useSceneWords } from "../../i18n";
import suppliersWords from "../../locales/scenes/suppliers.json";

export const ROLE_LABELS = SUPPLIER_ROLE_LABELS;
// The server's exports and yearly report use the same labels (common/labels.ts).
export const RESULT_LABELS = SUPPLIER_CHECK_RESULT_LABELS;
export const IMPORTANCE_LABELS = SUPPLIER_CHECK_IMPORTANCE_LABELS;
export const LENDING_LABELS = SUPPLIER_LENDING_LABELS;
export const DECISION_LABELS = SUPPLIER_DECISION_LABELS;
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
