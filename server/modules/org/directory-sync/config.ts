/**
 * Where the LDAP / Active Directory is and how its entries map to the people register
 * (README: ディレクトリ連携). Read from the environment only: the bind password never enters the
 * database, a log or an answer (`describeLdapConfig` shows everything else).
 */

export const PERSON_FIELDS = ["employeeNumber", "name", "nameKana", "email", "department", "title"] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** How a disabled entry is recognised: AD's userAccountControl bit 2, or an attribute's value. */
export type DisabledRule =
  | { kind: "none" }
  | { kind: "ad_user_account_control" }
  | { kind: "attribute"; attribute: string; values: string[] };

export interface LdapSyncConfig {
  url: string;
  bindDn: string | null;
  bindPassword: string | null;
  peopleBase: string;
  peopleFilter: string;
  /** LDAP attribute per people-register field (null: not synchronised). */
  attributes: Record<PersonField, string | null>;
  disabled: DisabledRule;
  /** Departments (課) from their own entries: code and name attributes. Null: not synchronised. */
  departments: { base: string; filter: string; codeAttribute: string; nameAttribute: string } | null;
  /** Share of the directory-linked people one run may disable without an explicit confirmation. */
  maxDisableShare: number;
  /** Seconds before an unanswering server counts as down. */
  timeoutSeconds: number;
}

const DEFAULT_ATTRIBUTES: Record<PersonField, string | null> = {
  employeeNumber: "employeeNumber",
  name: "cn",
  nameKana: null,
  email: "mail",
  department: "departmentNumber",
  title: "title",
};

const ENV_OF: Record<PersonField, string> = {
  employeeNumber: "LDAP_ATTR_EMPLOYEE_NUMBER",
  name: "LDAP_ATTR_NAME",
  nameKana: "LDAP_ATTR_NAME_KANA",
  email: "LDAP_ATTR_EMAIL",
  department: "LDAP_ATTR_DEPARTMENT",
  title: "LDAP_ATTR_TITLE",
};

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;

function attributeName(value: string, variable: string): string {
  if (!ATTRIBUTE.test(value)) throw new Error(`${variable}: "${value}" is not an LDAP attribute name`);
  return value;
}

function parseDisabled(text: string | undefined): DisabledRule {
  const t = text?.trim();
  if (!t || t === "none") return { kind: "none" };
  if (t === "ad") return { kind: "ad_user_account_control" };
  const m = /^([^=]+)=(.+)$/.exec(t);
  if (!m) throw new Error('LDAP_DISABLED must be "ad", "none" or attribute=value[|value…]');
  return {
    kind: "attribute",
    attribute: attributeName(m[1].trim(), "LDAP_DISABLED"),
    values: m[2].split("|").map((v) => v.trim().toLowerCase()),
  };
}

/**
 * The configuration, or null when LDAP_URL is unset (directory sync off). A setting that cannot
 * work stops the start with the variable's name, so a typo never syncs against the wrong tree.
 */
export function ldapConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LdapSyncConfig | null {
  const url = env.LDAP_URL?.trim();
  if (!url) return null;
  if (!/^ldaps?:\/\/[^/\s]+\/?$/.test(url))
    throw new Error("LDAP_URL must look like ldap://host:389 or ldaps://host:636");
  const peopleBase = env.LDAP_PEOPLE_BASE?.trim();
  if (!peopleBase)
    throw new Error("LDAP_PEOPLE_BASE (the base DN of the people entries) is required with LDAP_URL");
  const attributes = { ...DEFAULT_ATTRIBUTES };
  for (const field of PERSON_FIELDS) {
    const v = env[ENV_OF[field]]?.trim();
    if (v === "-") attributes[field] = null;
    else if (v) attributes[field] = attributeName(v, ENV_OF[field]);
  }
  if (!attributes.employeeNumber || !attributes.name)
    throw new Error(
      "LDAP_ATTR_EMPLOYEE_NUMBER and LDAP_ATTR_NAME cannot be turned off: they identify a person",
    );
  const departmentBase = env.LDAP_DEPARTMENT_BASE?.trim();
  const share = Number(env.LDAP_MAX_DISABLE_SHARE ?? "0.1");
  if (!(share >= 0 && share <= 1)) throw new Error("LDAP_MAX_DISABLE_SHARE must be a number from 0 to 1");
  const timeout = Number(env.LDAP_TIMEOUT_SECONDS ?? "30");
  if (!(timeout > 0 && timeout <= 600)) throw new Error("LDAP_TIMEOUT_SECONDS must be from 1 to 600");
  return {
    url,
    bindDn: env.LDAP_BIND_DN?.trim() || null,
    bindPassword: env.LDAP_BIND_PASSWORD ?? null,
    peopleBase,
    peopleFilter: env.LDAP_PEOPLE_FILTER?.trim() || "(objectClass=person)",
    attributes,
    disabled: parseDisabled(env.LDAP_DISABLED),
    departments: departmentBase
      ? {
          base: departmentBase,
          filter: env.LDAP_DEPARTMENT_FILTER?.trim() || "(objectClass=organizationalUnit)",
          codeAttribute: attributeName(
            env.LDAP_DEPARTMENT_ATTR_CODE?.trim() || "ou",
            "LDAP_DEPARTMENT_ATTR_CODE",
          ),
          nameAttribute: attributeName(
            env.LDAP_DEPARTMENT_ATTR_NAME?.trim() || "description",
            "LDAP_DEPARTMENT_ATTR_NAME",
          ),
        }
      : null,
    maxDisableShare: share,
    timeoutSeconds: timeout,
  };
}

/** The configuration as shown to an administrator: everything but the bind password. */
export function describeLdapConfig(config: LdapSyncConfig) {
  return {
    url: config.url,
    bindDn: config.bindDn,
    peopleBase: config.peopleBase,
    peopleFilter: config.peopleFilter,
    attributes: config.attributes,
    disabled:
      config.disabled.kind === "attribute"
        ? `${config.disabled.attribute}=${config.disabled.values.join("|")}`
        : config.disabled.kind,
    departmentBase: config.departments?.base ?? null,
    maxDisableShare: config.maxDisableShare,
  };
}
