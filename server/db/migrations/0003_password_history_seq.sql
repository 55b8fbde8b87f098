DROP INDEX "password_history_user_idx";--> statement-breakpoint
ALTER TABLE "password_history" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "password_history_user_idx" ON "password_history" USING btree ("user_id","seq");