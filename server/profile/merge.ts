/**
 * `extends:` resolution. A child profile overrides its baseline by deep merge:
 * objects merge key by key; arrays of keyed items (`key:`) merge item by item, so a child can
 * retitle one role without repeating the others; `$remove: true` on a keyed item drops the
 * inherited item (e.g. a zone the organization does not have); any other array is replaced.
 */
export const REMOVE_MARKER = "$remove";

type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isKeyedArray(value: Json): value is Record<string, Json>[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => isPlainObject(v) && "key" in v);
}

function mergeKeyedArrays(base: Record<string, Json>[], override: Record<string, Json>[]): Json[] {
  const result = base.map((item) => ({ ...item }));
  for (const item of override) {
    const index = result.findIndex((b) => b.key === item.key);
    if (item[REMOVE_MARKER] === true) {
      if (index >= 0) result.splice(index, 1);
      continue;
    }
    if (index >= 0) result[index] = deepMerge(result[index], item) as Record<string, Json>;
    else result.push(item);
  }
  return result;
}

export function deepMerge(base: Json, override: Json): Json {
  if (override === undefined) return base;
  if (isPlainObject(base) && isPlainObject(override)) {
    const result: Record<string, Json> = { ...base };
    for (const [key, value] of Object.entries(override)) result[key] = deepMerge(base[key], value);
    return result;
  }
  if (Array.isArray(override) && (isKeyedArray(override) || override.length === 0) && isKeyedArray(base)) {
    return mergeKeyedArrays(base, override as Record<string, Json>[]);
  }
  return override;
}
