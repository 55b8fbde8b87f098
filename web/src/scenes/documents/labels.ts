import { sceneWords, useSceneWords } from "../../i18n";
import documentsWords from "../../locales/scenes/documents.json";

export type TextKey = keyof (typeof documentsWords)["ja"];

const scene = sceneWords("documents", documentsWords);

export function useTexts() {
  return useSceneWords(scene);
}
