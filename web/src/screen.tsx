import { type ComponentType, lazy, type ReactNode, useState } from "react";

/** A screen loaded with its own chunk: render it as a component, or start its chunk early. */
export type LazyScreen<P> = ((props: P) => ReactNode) & { preload(): Promise<unknown> };

/**
 * A screen in its own chunk (as `React.lazy`), rendered at once when the chunk has already
 * arrived. `React.lazy` alone suspends on every first render, even of a loaded chunk (an
 * `import()` settles a tick later), and React holds a Suspense boundary's content back until
 * 300 ms after its fallback was shown — so a deep link such as /assets, whose chunk the page
 * preloads (web/src/early.ts), waited that long for nothing (#14 item 5, the bench's web section).
 * `preload()` starts the chunk before the screen renders (App.tsx, for the address opened).
 */
export function screen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    pending ??= load().then((m) => {
      loaded = m.default;
      return m;
    });
    return pending;
  };
  const Lazy = lazy(preload);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, as React.lazy is
  function Screen(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later
    // would remount the screen and lose its state.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }
  return Object.assign(Screen, { preload });
}
