CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"event_id" bigint NOT NULL,
	"hash" text NOT NULL,
	"signed_at" timestamp (3) with time zone NOT NULL,
	"sig" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"event_id" bigint NOT NULL,
	"hash" text NOT NULL,
	"sig" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "sig" text;--> statement-breakpoint
-- Events written before signing: number them 1..N in id order (the one sanctioned update of
-- the append-only table, inside this migration); their signatures stay null.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update_delete";
--> statement-breakpoint
UPDATE "audit_events" AS e SET "seq" = n.rn
  FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS rn FROM "audit_events") AS n
  WHERE e."id" = n."id";
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update_delete";
