import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from "./api";
import type { Me, MeUser, PreviousLogin } from "./contract";

/** The last sign-in shown after signing in; `at` is null on the very first sign-in. */
type LoginNotice = { at: string | null; ip: string | null };

/**
 * The signed-in session. `GET /api/auth/me` answers 401 without a session; while a temporary
 * password must be changed or TOTP enrolled, `me` still answers and says so.
 */
interface AuthValue {
  me: Me | null;
  loading: boolean;
  /** The previous login to show in a notice right after signing in (cleared when dismissed). */
  loginNotice: LoginNotice | null;
  dismissLoginNotice(): void;
  /** After a successful sign-in step: reload `me` and remember the notice. */
  signedIn(previous: PreviousLogin | null | undefined, csrfToken?: string): Promise<void>;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
  has(duty: string): boolean;
}

const AuthContext = createContext<AuthValue | null>(null);
const NOTICE_KEY = "sekimori.loginNotice";

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get("/api/auth/me");
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** Who is signed in: the session query, also started before the first render (main.tsx). */
export const meQuery = queryOptions({ queryKey: ["me"], queryFn: fetchMe, staleTime: 60_000, retry: false });

function readNotice(): LoginNotice | null {
  try {
    const raw = window.sessionStorage.getItem(NOTICE_KEY);
    return raw ? (JSON.parse(raw) as LoginNotice) : null;
  } catch {
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const query = useQuery(meQuery);
  const [loginNotice, setLoginNotice] = useState<LoginNotice | null>(readNotice);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      qc.setQueryData(["me"], null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [qc]);

  const refresh = useCallback(async () => {
    await qc.invalidateQueries({ queryKey: ["me"] });
    await qc.refetchQueries({ queryKey: ["me"] });
  }, [qc]);

  const signedIn = useCallback(
    async (previous: PreviousLogin | null | undefined, csrfToken?: string) => {
      if (csrfToken) setCsrfToken(csrfToken);
      const notice: LoginNotice = previous ?? { at: null, ip: null };
      try {
        window.sessionStorage.setItem(NOTICE_KEY, JSON.stringify(notice));
      } catch {
        // ignore
      }
      setLoginNotice(notice);
      await refresh();
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post("/api/auth/logout");
    } catch {
      // the session may already be gone
    }
    setCsrfToken(null);
    try {
      window.sessionStorage.removeItem(NOTICE_KEY);
    } catch {
      // ignore
    }
    setLoginNotice(null);
    qc.clear();
    qc.setQueryData(["me"], null);
  }, [qc]);

  const dismissLoginNotice = useCallback(() => {
    try {
      window.sessionStorage.removeItem(NOTICE_KEY);
    } catch {
      // ignore
    }
    setLoginNotice(null);
  }, []);

  const me = query.data ?? null;
  const value = useMemo<AuthValue>(
    () => ({
      me,
      loading: query.isLoading,
      loginNotice,
      dismissLoginNotice,
      signedIn,
      refresh,
      signOut,
      has: (duty: string) => !!me?.user.duties?.includes(duty),
    }),
    [me, query.isLoading, loginNotice, dismissLoginNotice, signedIn, refresh, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error("useAuth outside AuthProvider");
  return v;
}

/** The signed-in user (only inside the shell, where there is one). */
export function useMe(): Me & { user: MeUser } {
  const { me } = useAuth();
  if (!me) throw new Error("no session");
  return me;
}
