import { sceneWords, useSceneWords } from "../../i18n";
import serviceCriteriaWords from "../../locales/scenes/serviceCriteria.json";

export const JUDGEMENT_LABELS = {
  sufficient: { ja: "信頼性は十分", en: "Reliable enough" },
  insufficient: { ja: "信頼性は不十分", en: "Not reliable enough" },
} as const;

const scene = sceneWords("serviceCriteria", serviceCriteriaWords);

export function useCriteriaTexts() {
  return useSceneWords(scene);
}
