import { z } from "@hono/zod-openapi";
import { APP_POLICIES } from "../../common/app-policies";
import { DUTY_KEYS, SCOPES } from "../../common/duties";

export const LoginReq = z
  .strictObject({
    loginId: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
    totp: z.string().trim().max(16).optional(),
    recoveryCode: z.string().trim().max(32).optional(),
  })
  .openapi("LoginReq");

export const PasswordChangeReq = z
  .strictObject({
    currentPassword: z.string().min(1).max(256),
    newPassword: z.string().min(1).max(256),
  })
  .openapi("PasswordChangeReq");

export const MfaCodeReq = z.strictObject({ code: z.string().trim().min(1).max(32) }).openapi("MfaCodeReq");
export const MfaDisableReq = z
  .strictObject({ password: z.string().min(1).max(256) })
  .openapi("MfaDisableReq");

export const GrantRes = z.object({
  duty: z.enum(DUTY_KEYS as [string, ...string[]]),
  scope: z.enum(SCOPES),
  scopeDepartmentId: z.string().nullable(),
  roleKey: z.string(),
  deputyFor: z.string().nullable(),
});

export const MeUserRes = z
  .object({
    id: z.string(),
    personId: z.string(),
    loginId: z.string(),
    name: z.string(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    duties: z.array(z.string()),
    grants: z.array(GrantRes),
    mfaEnabled: z.boolean(),
    mfaRequired: z.boolean(),
    mustChangePassword: z.boolean(),
    locale: z.string(),
    // Every screen policy, by name (common/app-policies.ts): the web app reads them typed.
    policies: z.record(z.enum(APP_POLICIES), z.boolean()),
  })
  .openapi("MeUser");

export const PreviousLoginRes = z.object({ at: z.string(), ip: z.string().nullable() }).nullable();

export const SignedInRes = z
  .object({
    user: MeUserRes,
    csrfToken: z.string(),
    mustChangePassword: z.literal(true).optional(),
    mfaEnrollmentRequired: z.literal(true).optional(),
    previousLogin: PreviousLoginRes,
  })
  .openapi("SignedIn");

export const LoginRes = z.union([
  SignedInRes,
  z.object({ mfaRequired: z.literal(true), csrfToken: z.string() }).openapi("MfaPending"),
]);

export const MeRes = z
  .object({ user: MeUserRes, csrfToken: z.string(), previousLogin: PreviousLoginRes })
  .openapi("Me");

export const BannerRes = z.object({ ja: z.string(), en: z.string() }).openapi("LoginBanner");
export const OkRes = z.object({ ok: z.literal(true) });

export const MfaSetupRes = z
  .object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() })
  .openapi("MfaSetup");
export const MfaEnableRes = z.object({ recoveryCodes: z.array(z.string()) }).openapi("MfaEnabled");

export const UserIdParam = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
});

export const UserListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  state: z.enum(["all", "locked", "disabled", "active"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const LoginAdminRes = z
  .object({
    id: z.string(),
    personId: z.string(),
    loginId: z.string(),
    name: z.string(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    locked: z.boolean(),
    lockedUntil: z.string().nullable(),
    failedAttempts: z.number(),
    disabled: z.boolean(),
    mfaEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    lastLoginIp: z.string().nullable(),
    policies: z.record(z.string(), z.boolean()),
  })
  .openapi("UserLogin");

export const UserListRes = z.object({
  items: z.array(LoginAdminRes),
  total: z.number(),
  policies: z.record(z.string(), z.boolean()),
});
export const TemporaryPasswordRes = z
  .object({ temporaryPassword: z.string(), user: LoginAdminRes })
  .openapi("TemporaryPassword");
