import { createRoute, z } from "@hono/zod-openapi";
import { authorize, can } from "../../access";
import { recordEvent } from "../../audit/record";
import { fieldError, notFound } from "../../http/errors";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../http/router";
import { getClause, listProfiles, loadProfile, ProfileError } from "../../profile";
import { settings } from "../../settings/tables";
import { clausesInActiveCampaigns } from "../assurance";
import "./access";
import { registerModule } from "../../profile/consumers";
import { presentProfile } from "./presenter";

registerModule("policy", { ja: "ポリシー", en: "Policy" });

const ProfileRes = z
  .object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string(),
    title: z.object({ ja: z.string(), en: z.string() }),
    classification: z
      .object({
        confidentiality: z
          .object({
            levels: z.array(z.object({ key: z.string(), label: z.string(), rank: z.number() }).passthrough()),
          })
          .passthrough(),
        integrity: z
          .object({
            levels: z.array(z.object({ key: z.string(), label: z.string(), rank: z.number() }).passthrough()),
          })
          .passthrough(),
        availability: z
          .object({
            levels: z.array(z.object({ key: z.string(), label: z.string(), rank: z.number() }).passthrough()),
          })
          .passthrough(),
      })
      .passthrough(),
    zones: z.array(z.unknown()),
    roles: z.array(z.unknown()),
    requestKinds: z.array(z.unknown()),
    /** Coverage of the profile's own clause catalog (as `sekimori profile check` prints it). */
    coverage: z
      .object({
        total: z.number().int(),
        byKind: z.record(z.string(), z.number().int()),
        /** enforced / module / self_inspection / planned / out_of_scope, checked against the code. */
        byStatus: z.record(z.string(), z.number().int()),
        plannedBy: z.record(z.string(), z.number().int()),
        dishonest: z.number().int(),
        modules: z.array(
          z.object({ key: z.string(), label: z.object({ ja: z.string(), en: z.string() }).nullable() }),
        ),
        unmapped: z.array(z.string()),
        /** Self-inspection obligations that no open campaign asks: not met (shown by clause). */
        notInCampaign: z.array(z.string()),
      })
      .nullable(),
  })
  .passthrough()
  .openapi("Profile");

const ProfileListRes = z
  .object({
    active: z.string(),
    profiles: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string() })),
    policies: z.object({ change: z.boolean() }),
  })
  .openapi("ProfileList");

const ClauseRes = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    text: z.string(),
    obligation: z.boolean(),
    mapping: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi("Clause");

const ProfileSettingReq = z
  .strictObject({
    profileId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9-]+$/),
  })
  .openapi("ProfileSettingReq");

export function policyRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/profile",
      summary: "有効なポリシープロファイル (the active policy profile)",
      security: SESSION_ROUTE,
      responses: {
        200: { description: "The active profile", content: { "application/json": { schema: ProfileRes } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      authorize(c.get("actor"), "read", "profile", null);
      const deps = c.get("deps");
      const profile = deps.profile();
      const askedInOpenCampaigns = await clausesInActiveCampaigns(deps.database.db, profile.id);
      return c.json(
        presentProfile(profile, { dir: deps.config.profileDir, askedInOpenCampaigns }) as z.infer<
          typeof ProfileRes
        >,
        200,
      );
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/profiles",
      summary: "利用できるプロファイルの一覧 (profiles shipped with this installation)",
      security: SESSION_ROUTE,
      responses: {
        200: { description: "Profiles", content: { "application/json": { schema: ProfileListRes } } },
        ...errorResponses,
      },
    }),
    (c) => {
      const actor = authorize(c.get("actor"), "read", "profile", null);
      const profiles = listProfiles({ dir: c.get("deps").config.profileDir }).map((p) => ({
        id: p.id,
        name: p.name,
        nameEn: p.name_en,
      }));
      return c.json(
        {
          active: c.get("deps").profile().id,
          profiles,
          policies: { change: can(actor, "update", "profile_setting", null) },
        },
        200,
      );
    },
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/profile/clauses/{id}",
      summary: "条項の本文と対応 (a clause's text and how Sekimori meets it)",
      security: SESSION_ROUTE,
      request: { params: z.object({ id: z.string().min(1).max(300) }) },
      responses: {
        200: { description: "The clause", content: { "application/json": { schema: ClauseRes } } },
        ...errorResponses,
      },
    }),
    (c) => {
      authorize(c.get("actor"), "read", "profile", null);
      const { id } = c.req.valid("param");
      const deps = c.get("deps");
      const clause = getClause(deps.profile().id, id, { dir: deps.config.profileDir });
      if (!clause) throw notFound({ ja: "条項", en: "The clause" });
      return c.json(clause as z.infer<typeof ClauseRes>, 200);
    },
  );

  router.openapi(
    createRoute({
      method: "put",
      path: "/api/settings/profile",
      summary: "有効なプロファイルの変更 (switch the active profile)",
      security: SESSION_ROUTE,
      request: { body: { required: true, content: { "application/json": { schema: ProfileSettingReq } } } },
      responses: {
        200: {
          description: "The new active profile",
          content: { "application/json": { schema: ProfileRes } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { profileId } = c.req.valid("json");
      const deps = c.get("deps");
      const actor = authorize(c.get("actor"), "update", "profile_setting", null);
      const dir = deps.config.profileDir;
      if (!listProfiles({ dir }).some((p) => p.id === profileId))
        throw fieldError("profileId", "そのプロファイルはありません。", "There is no such profile.");
      let profile: ReturnType<typeof loadProfile>;
      try {
        profile = loadProfile(profileId, { dir });
      } catch (err) {
        if (err instanceof ProfileError)
          throw fieldError(
            "profileId",
            `プロファイルに誤りがあるため切り替えられません: ${err.message}`,
            `The profile has errors and cannot be activated: ${err.message}`,
          );
        throw err;
      }
      const previous = deps.profile().id;
      const now = deps.now();
      await deps.database.db.transaction(async (tx) => {
        await tx
          .insert(settings)
          .values({ key: "active_profile", value: profileId, updatedAt: now })
          .onConflictDoUpdate({ target: settings.key, set: { value: profileId, updatedAt: now } });
        await recordEvent(
          tx,
          { actor, ip: c.get("ip"), requestId: c.get("requestId") },
          {
            type: "settings.profile_changed",
            targetType: "setting",
            targetId: "active_profile",
            data: { changes: { profileId: { from: previous, to: profileId } } },
          },
          now,
        );
      });
      deps.setProfile(profile);
      const askedInOpenCampaigns = await clausesInActiveCampaigns(deps.database.db, profile.id);
      return c.json(
        presentProfile(profile, { dir, askedInOpenCampaigns }) as z.infer<typeof ProfileRes>,
        200,
      );
    },
  );

  return router;
}
