// openapi-typescript builds its output with the TypeScript 5 compiler API (peer `typescript@^5`),
// which TypeScript 7 (the project's `tsc`) no longer ships. package.json installs TypeScript 5 as
// `typescript5`; this resolve hook hands it to openapi-typescript alone, so `tsc` stays TS 7.
export async function resolve(specifier, context, next) {
  if (specifier === "typescript" && context.parentURL?.includes("/node_modules/openapi-typescript/")) {
    return next("typescript5", context);
  }
  return next(specifier, context);
}
