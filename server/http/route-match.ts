/** What route matching needs of the app: its OpenAPI registry (routes declared with createRoute). */
export interface RouteRegistry {
  openAPIRegistry: {
    definitions: ReadonlyArray<{
      type: string;
      route?: { method: string; path: string; security?: unknown };
    }>;
  };
}

export interface DeclaredRoute {
  method: string;
  /** The OpenAPI path, e.g. `/api/assets/{id}`. */
  path: string;
  /** `GET /api/assets/{id}`: the key the reliability suites use. */
  key: string;
  public: boolean;
  pattern: RegExp;
  params: number;
}

/** Every route declared with createRoute, most specific first (fewer path parameters). */
export function declaredRoutes(app: RouteRegistry): DeclaredRoute[] {
  return app.openAPIRegistry.definitions
    .filter((d) => d.type === "route" && d.route)
    .map((d) => {
      const method = (d.route?.method ?? "").toUpperCase();
      const path = d.route?.path ?? "";
      const escaped = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
      return {
        method,
        path,
        key: `${method} ${path}`,
        public: Array.isArray(d.route?.security) && (d.route.security as unknown[]).length === 0,
        pattern: new RegExp(`^${escaped}/?$`),
        params: (path.match(/\{/g) ?? []).length,
      };
    })
    .sort((a, b) => a.params - b.params);
}

/**
 * Finds the declared route a request reaches. Built lazily, because routes are mounted after the
 * middleware that asks. `/api/assets/export.xlsx` matches its own route before `/api/assets/{id}`.
 * `only` narrows the routes considered (e.g. the public ones).
 */
export function routeMatcher(app: RouteRegistry, only: (route: DeclaredRoute) => boolean = () => true) {
  let routes: DeclaredRoute[] | null = null;
  return (method: string, path: string): DeclaredRoute | undefined => {
    routes ??= declaredRoutes(app).filter(only);
    const m = method === "HEAD" ? "GET" : method;
    return routes.find((r) => r.method === m && r.pattern.test(path));
  };
}
