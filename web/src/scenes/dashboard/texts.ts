import { useSceneTexts } from "../../i18n";

/** Words of the dashboard's steering overview, Japanese with English. */
const TEXTS = {
  overviewTitle: { ja: "全体の状況", en: "Overview" },
  overviewHint: {
    ja: "{fy}。あなたが見てよい範囲の記録で数えています。グラフの棒か表の数字を押すと、数えた記録の一覧を開きます。",
    en: "{fy}. Counted over the records you may see. Press a bar or a number in the table to open the list of the records it counts.",
  },
  overviewError: { ja: "全体の状況を読み込めませんでした。", en: "The overview could not be loaded." },
  overviewEmpty: {
    ja: "あなたが見てよい範囲に、集計する記録はまだありません。",
    en: "There are no records to count within what you may see yet.",
  },
  showTable: { ja: "表で見る", en: "Show as table" },
  hideTable: { ja: "表を閉じる", en: "Hide table" },
  total: { ja: "合計 {n}件", en: "Total {n}" },
  item: { ja: "区分", en: "Group" },
  noRows: { ja: "対象はありません。", en: "Nothing to show." },
  chartSummary: {
    ja: "{title}のグラフ（合計{n}件）。数値は表で見られます。",
    en: "Chart of {title} (total {n}). The figures are in the table.",
  },
  cellLabel: { ja: "{row}・{series}：{n}件（一覧を開く）", en: "{row}, {series}: {n} (open the list)" },
} as const;

export function useDashboardTexts() {
  return useSceneTexts(TEXTS);
}
