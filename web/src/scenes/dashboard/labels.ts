import { sceneWords, useSceneWords } from "../../i18n";
import overviewWords from "../../locales/scenes/overview.json";

const scene = sceneWords("overview", overviewWords);

export function useDashboardTexts() {
  return useSceneWords(scene);
}
