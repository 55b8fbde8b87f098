/** Writes policies/profile.schema.json from the zod schema, for editors (yaml-language-server). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { POLICIES_DIR } from "./paths";
import { ProfileSchema } from "./schema";

export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ProfileSchema, { io: "input", unrepresentable: "any" }),
    title: "Sekimori policy profile",
  };
}

if (process.argv[1]?.endsWith("export-json-schema.ts")) {
  const out = join(POLICIES_DIR, "profile.schema.json");
  writeFileSync(out, `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
