DROP INDEX "requests_return_due_idx";--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "return_report_due_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "requests_return_due_idx" ON "requests" USING btree ("kind","return_report_due_at") WHERE "requests"."status" = 'in_effect' and "requests"."returned_at" is null;--> statement-breakpoint
-- A carry-out's return report is due at its return due time unless the profile states days after it
-- (川崎市 第4章1(5)エ(オ): 1); requests filed before keep the due they were filed with.
UPDATE "requests" SET "return_report_due_at" = "ends_at" WHERE "kind" = 'carry_out' AND "return_report_due_at" IS NULL;
