import { RELIABILITY_JUDGEMENT_LABELS } from "../../../../common/labels";
import { sceneWords, useSceneWords } from "../../i18n";
import serviceCriteriaWords from "../../locales/scenes/serviceCriteria.json";

// The same labels the server's presenter sends (common/labels.ts).
export const JUDGEMENT_LABELS = RELIABILITY_JUDGEMENT_LABELS;

const scene = sceneWords("serviceCriteria", serviceCriteriaWords);

export function useCriteriaTexts() {
  return useSceneWords(scene);
}
