import { sceneWords, useSceneWords } from "../../i18n";
import assuranceWords from "../../locales/scenes/assurance.json";

export type TextKey = keyof (typeof assuranceWords)["ja"];

const scene = sceneWords("assurance", assuranceWords);

export function useTexts() {
  return useSceneWords(scene);
}
