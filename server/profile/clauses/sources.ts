/** The seed texts and the catalog id each is published under. */
export const SEED_SOURCES = [
  { id: "kamisu", file: "000_b11deeb30dc44a52.txt" },
  { id: "matsumoto-kouiki", file: "001_f7cb98ab6f0f31d4.txt" },
  { id: "yamagata-gojokai", file: "002_c58e77068d016dc8.txt" },
  { id: "nishihara", file: "003_ee750451a3912ae5.txt" },
  { id: "kawasaki", file: "004_cd3d20288365d13d.txt" },
] as const;
