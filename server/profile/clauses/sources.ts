/** The source policy texts (policies/sources/) and the catalog id each is published under. */
export const SEED_SOURCES = [
  { id: "kamisu", file: "kamisu-kihon-houshin.txt" },
  { id: "matsumoto-kouiki", file: "matsumoto-kouiki-kihon-houshin.txt" },
  { id: "yamagata-gojokai", file: "yamagata-gojokai-kihon-houshin.txt" },
  { id: "nishihara", file: "nishihara-policy.txt" },
  { id: "kawasaki", file: "kawasaki-kijun.txt" },
] as const;
