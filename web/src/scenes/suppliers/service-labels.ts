import {
  EXTERNAL_SERVICE_CATEGORY_LABELS,
  EXTERNAL_SERVICE_PHASE_LABELS,
  EXTERNAL_SERVICE_STATUS_LABELS,
} from "../../../../common/labels";
import { sceneWords, useSceneWords } from "../../i18n";
import externalServicesWords from "../../locales/scenes/externalServices.json";

// The same labels the server's presenters send (common/labels.ts).
export const CATEGORY_LABELS = EXTERNAL_SERVICE_CATEGORY_LABELS;
export const SERVICE_STATUS_LABELS = EXTERNAL_SERVICE_STATUS_LABELS;
export const PHASE_LABELS = EXTERNAL_SERVICE_PHASE_LABELS;

const scene = sceneWords("externalServices", externalServicesWords);

export function useServiceTexts() {
  return useSceneWords(scene);
}
