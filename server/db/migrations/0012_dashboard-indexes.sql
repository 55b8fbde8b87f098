CREATE INDEX "register_entries_corrects_idx" ON "register_entries" USING btree ("corrects_id");--> statement-breakpoint
CREATE INDEX "register_entries_second_person_idx" ON "register_entries" USING btree ((data->>'secondPersonId')) WHERE register = 'work_log';--> statement-breakpoint
CREATE INDEX "requests_bureau_idx" ON "requests" USING btree ("bureau_id","status");