import { sceneWords, useSceneWords } from "../../i18n";
import reportsWords from "../../locales/scenes/reports.json";

const scene = sceneWords("reports", reportsWords);

export function useTexts() {
  return useSceneWords(scene);
}
