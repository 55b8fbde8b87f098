import { mailOutbox } from "../../notify/tables";
import {
  assetOfB,
  carryOutFields,
  emergencyException,
  makeAsset,
  notification,
  request,
  topLevelAssetOfA,
  type World,
} from "../matrix-world";
import { ALL, type Prepared, twin, type WriteFixture } from "./shared";

export const REQUESTS_FIXTURES: Record<string, WriteFixture> = {
  "PUT /api/settings/profile": {
    allow: ["admin"],
    rule: "profile_setting.update: administer_system (organization)",
    async prepare() {
      return { url: "/api/settings/profile", body: { profileId: "nishihara" }, watch: [["settings"]] };
    },
  },

  // ── requests ─────────────────────────────────────────────────────────────────────────────────
  "POST /api/requests/preview": {
    allow: ["staffA", "managerA"],
    bodyIds: { "assetIds[]": [{ hidden: assetOfB }, { hidden: topLevelAssetOfA }] },
    refusal: {
      statuses: [400],
      why: "an asset the requester's department may not request is answered exactly like an unknown id (assetIds.0), so existence does not leak",
    },
    rule: "a request (and its preview) about an asset is made by its own department; any other asset is answered like an unknown id",
    async prepare(w) {
      return {
        url: "/api/requests/preview",
        body: { kind: "carry_out", assetIds: [w.base.asset] },
        watch: [["requests"]],
      };
    },
  },
  "POST /api/requests": {
    allow: ["staffA", "managerA"],
    bodyIds: { "assetIds[]": [{ hidden: assetOfB }, { hidden: topLevelAssetOfA }] },
    refusal: {
      statuses: [400],
      why: "an asset the requester's department may not request is answered exactly like an unknown id (assetIds.0), so existence does not leak",
    },
    rule: "a request about an asset is made by its own department; any other asset is answered like an unknown id",
    async prepare(w) {
      const asset = await makeAsset(w);
      return {
        url: "/api/requests",
        body: { kind: "carry_out", assetIds: [asset], fields: carryOutFields() },
        watch: [["requests"]],
      };
    },
  },
  "POST /api/requests/notifications/{id}/read": {
    allow: ["managerA"],
    rule: "a notification is read by the person it was sent to (the approver managerA)",
    async prepare(w) {
      const id = await notification(w);
      return { url: `/api/requests/notifications/${id}/read`, watch: [["notifications", id]] };
    },
  },
  "POST /api/notifications/{id}/read": {
    allow: ["managerA"],
    rule: "notification.read: a notification is read by the person it was sent to (the approver managerA)",
    async prepare(w) {
      const id = await notification(w);
      return { url: `/api/notifications/${id}/read`, watch: [["notifications", id]] };
    },
  },
  "PUT /api/notifications/preferences": {
    allow: ALL,
    self: true,
    rule: "notification_preferences.update: everyone chooses their own mail mode (no id in the path)",
    async prepare(w, as) {
      const tw = await twin(w, as);
      return {
        url: "/api/notifications/preferences",
        body: { mailMode: "digest" },
        client: tw?.client,
        watch: [["notification_preferences"]],
      };
    },
  },
  "POST /api/mail/outbox/{id}/resend": {
    allow: ["admin"],
    rule: "mail_outbox.resend: administrators (administer_system) send an unknown/failed/rejected mail again",
    async prepare(w) {
      const [row] = await w.t.database.db
        .insert(mailOutbox)
        .values({
          toAddress: "matrix@example.lg.jp",
          kind: "immediate",
          module: "requests",
          subject: "[Sekimori] test",
          body: "test",
          status: "unknown",
          nextAttemptAt: w.t.clock.now,
          createdAt: w.t.clock.now,
        })
        .returning();
      return { url: `/api/mail/outbox/${row.id}/resend`, watch: [["mail_outbox", row.id]] };
    },
  },
  "PATCH /api/requests/{id}": {
    allow: ["staffA"],
    rule: "request.update: the requester, while a draft",
    async prepare(w) {
      const id = await request(w, "draft");
      return {
        url: `/api/requests/${id}`,
        body: { fields: { ...carryOutFields(), destination: "県庁" } },
        watch: [["requests", id]],
      };
    },
  },
  "POST /api/requests/{id}/submit": {
    allow: ["staffA"],
    rule: "request.submit: the requester",
    async prepare(w) {
      const id = await request(w, "draft");
      return { url: `/api/requests/${id}/submit`, body: {}, watch: [["requests", id]] };
    },
  },
  ...Object.fromEntries(
    (["approve", "reject", "return"] as const).map((act) => [
      `POST /api/requests/{id}/${act}`,
      {
        allow: ["managerA"],
        rule: `request.${act}: holder of the waiting step's duty (approve_carry_out over A), not the requester`,
        async prepare(w: World): Promise<Prepared> {
          const id = await request(w, "submitted");
          return {
            url: `/api/requests/${id}/${act}`,
            body: act === "approve" ? { comment: "確認" } : { comment: "記載不備" },
            watch: [["requests", id]],
          };
        },
      } satisfies WriteFixture,
    ]),
  ),
  "POST /api/requests/{id}/start": {
    allow: ["staffA"],
    rule: "request.start: the requester, once approved",
    async prepare(w) {
      const id = await request(w, "approved");
      return { url: `/api/requests/${id}/start`, body: {}, watch: [["requests", id]] };
    },
  },
  "POST /api/requests/{id}/return-report": {
    allow: ["staffA"],
    rule: "request.returnReport: the requester of a carry-out in effect",
    async prepare(w) {
      const id = await request(w, "in_effect");
      return {
        url: `/api/requests/${id}/return-report`,
        body: { returnedAt: w.t.clock.now.toISOString() },
        watch: [["requests", id]],
      };
    },
  },
  "POST /api/requests/{id}/complete": {
    allow: ["managerA"],
    rule: "request.complete: for a carry-out, the approver (not the requester) confirms the return",
    async prepare(w) {
      const id = await request(w, "returned");
      return {
        url: `/api/requests/${id}/complete`,
        body: { nothingMissing: true },
        watch: [["requests", id]],
      };
    },
  },
  "POST /api/requests/{id}/cancel": {
    allow: ["staffA"],
    rule: "request.cancel: the requester",
    async prepare(w) {
      const id = await request(w, "draft");
      return {
        url: `/api/requests/${id}/cancel`,
        body: { reason: "不要になった" },
        watch: [["requests", id]],
      };
    },
  },
  "POST /api/requests/{id}/post-report": {
    allow: ["managerA"],
    rule: "request.postReport: the requester of an exception",
    async prepare(w) {
      const id = await emergencyException(w);
      return {
        url: `/api/requests/${id}/post-report`,
        body: { report: "導入後に削除した" },
        watch: [["requests", id]],
      };
    },
  },

  // ── registers ────────────────────────────────────────────────────────────────────────────────
};
