import { fiscalYear, formatFiscalYear } from "../../../../common/calendar";
import { DUTIES } from "../../../../common/duties";
import { sceneWords, useSceneWords } from "../../i18n";
import trainingWords from "../../locales/scenes/training.json";

export type TextKey = keyof (typeof trainingWords)["ja"];

const scene = sceneWords("training", trainingWords);

export function useTexts() {
  return useSceneWords(scene);
}

/** The current 年度 (April to March, JST) and the years around it for a select. */
export function fiscalYearNow(): number {
  return fiscalYear(new Date());
}

export function yearOptions(around: number): Array<{ value: string; label: string }> {
  return [around + 1, around, around - 1, around - 2].map((y) => ({
    value: String(y),
    label: formatFiscalYear(y),
  }));
}

/** A duty's name (never its key). */
export function dutyLabel(duty: string, pick: (t: { ja: string; en: string }) => string): string {
  const d = (DUTIES as Record<string, { ja: string; en: string }>)[duty];
  return d ? pick(d) : "—";
}
