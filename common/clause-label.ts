/**
 * A clause id as people read it: "kawasaki:基準/第10章/4/(3)" → "基準 第10章4.(3)",
 * "nishihara:対策基準/3/(2)/⑧/(イ)" → "対策基準 3.(2)⑧(イ)". Notices and screens show this, never the
 * raw id (house rule: no raw codes on screen).
 */
export function clauseLabel(id: string): string {
  const path = id.includes(":") ? id.slice(id.indexOf(":") + 1) : id;
  const [doc, ...rest] = path.split("/");
  const tail = rest
    .map((seg, i) => (/^\d+(\.\d+)*$/.test(seg) && i < rest.length - 1 ? `${seg}.` : seg))
    .join("");
  return tail ? `${doc} ${tail}` : doc;
}
