import type { Database } from "../db/client";
import type { DutyGrant } from "../directory";
import type { Profile } from "../profile";

export type { DutyGrant };

/** The signed-in person, resolved once per request. */
export interface Actor {
  userId: string;
  personId: string;
  loginId: string;
  name: string;
  departmentId: string | null;
  /** The bureau (局/部) above the department, if any. */
  bureauId: string | null;
  grants: DutyGrant[];
  sessionId: string;
  /**
   * Kinds of record the person is named on (`assurance.auditor`: a named auditor of an audit),
   * from the grant sources (auth/grant-sources.ts); absent means none. App policies read it.
   */
  namedOn?: readonly string[];
}

export interface AppConfig {
  version: string;
  /** Cookies get `Secure` (and HSTS is sent) on every request: Sekimori serves TLS itself. */
  secureCookies: boolean;
  /**
   * TRUST_PROXY: the reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed
   * (addresses and CIDR ranges, comma-separated). Unset: the socket's peer is the client.
   */
  trustProxy?: string;
  /** Largest accepted JSON body, in bytes. */
  maxBodyBytes: number;
  /** Folder of the built web app, if it is served. */
  webDist?: string;
  /** Folder of the policy profiles (SEKIMORI_PROFILE_DIR); default the shipped `policies/`. */
  profileDir?: string;
  /**
   * Check per request that every committed transaction wrote an audit event (tests and the e2e
   * server only: it costs three queries a request). See server/http/audit-invariant.ts.
   */
  auditInvariant?: { coverageDir?: string };
  /**
   * The environment the directory (LDAP_*) and single sign-on (OIDC_*) settings are read from;
   * default process.env (tests pass their own).
   */
  env?: NodeJS.ProcessEnv;
}

export interface AppDeps {
  database: Database;
  /** The active profile; may change when an administrator switches it. */
  profile(): Profile;
  setProfile(profile: Profile): void;
  now(): Date;
  config: AppConfig;
}

export interface RequestContext {
  actor: Actor | null;
  ip: string;
  requestId: string;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    ip: string;
    /** The request reached Sekimori over HTTPS (itself, or a trusted proxy said so). */
    secure: boolean;
    requestId: string;
  };
};
