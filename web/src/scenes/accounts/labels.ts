import {
  ACCOUNT_FINDING_LABELS,
  ACCOUNT_REVIEW_CAMPAIGN_LABELS,
  ACCOUNT_REVIEW_DECISION_LABELS,
  ACCOUNT_SINCE_LAST_LABELS,
  ACCOUNT_STATE_LABELS,
} from "../../../../common/labels";
import { sceneWords, useSceneWords } from "../../i18n";
import accountsWords from "../../locales/scenes/accounts.json";

export const ACCOUNT_STATE = ACCOUNT_STATE_LABELS;
export const CARD_STATE: Record<string, { ja: string; en: string }> = {
  issued: { ja: "使用中", en: "In use" },
  lost: { ja: "紛失（停止中）", en: "Lost (suspended)" },
  returned: { ja: "返却済み", en: "Returned" },
  destroyed: { ja: "回収・廃棄済み", en: "Collected and destroyed" },
};
export const CHECKOUT_STATE: Record<string, { ja: string; en: string }> = {
  out: { ja: "貸出し中", en: "Checked out" },
  returned: { ja: "返却済み（確認待ち）", en: "Returned (awaiting review)" },
  reviewed: { ja: "確認済み", en: "Reviewed" },
};
export const FINDING_KIND = ACCOUNT_FINDING_LABELS;
export const PURPOSE: Record<string, { ja: string; en: string }> = {
  operation: { ja: "運用", en: "Operation" },
  development: { ja: "開発用", en: "Development" },
};

export const REVIEW_STATE = ACCOUNT_REVIEW_CAMPAIGN_LABELS;
export const REVIEW_DECISION = ACCOUNT_REVIEW_DECISION_LABELS;
export const SINCE_LAST = ACCOUNT_SINCE_LAST_LABELS;

export type TextKey = keyof (typeof accountsWords)["ja"];

const scene = sceneWords("accounts", accountsWords);

export function useTexts() {
  return useSceneWords(scene);
}
