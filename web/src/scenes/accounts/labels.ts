import {
  ACCOUNT_DELETION_OUTCOME_LABELS,
  ACCOUNT_FINDING_LABELS,
  ACCOUNT_PURPOSE_LABELS,
  ACCOUNT_REVIEW_CAMPAIGN_LABELS,
  ACCOUNT_REVIEW_DECISION_LABELS,
  ACCOUNT_SINCE_LAST_LABELS,
  ACCOUNT_STATE_LABELS,
  IC_CARD_STATE_LABELS,
  PRIVILEGED_CHECKOUT_STATE_LABELS,
} from "../../../../common/labels";
import { sceneWords, useSceneWords } from "../../i18n";
import accountsWords from "../../locales/scenes/accounts.json";

export const ACCOUNT_STATE = ACCOUNT_STATE_LABELS;
export const CARD_STATE = IC_CARD_STATE_LABELS;
export const DELETION_OUTCOME = ACCOUNT_DELETION_OUTCOME_LABELS;
export const CHECKOUT_STATE = PRIVILEGED_CHECKOUT_STATE_LABELS;
export const FINDING_KIND = ACCOUNT_FINDING_LABELS;
export const PURPOSE = ACCOUNT_PURPOSE_LABELS;

export const REVIEW_STATE = ACCOUNT_REVIEW_CAMPAIGN_LABELS;
export const REVIEW_DECISION = ACCOUNT_REVIEW_DECISION_LABELS;
export const SINCE_LAST = ACCOUNT_SINCE_LAST_LABELS;

export type TextKey = keyof (typeof accountsWords)["ja"];

const scene = sceneWords("accounts", accountsWords);

export function useTexts() {
  return useSceneWords(scene);
}
