-- Custom SQL migration file, put your code below! --
-- The emergency response plan (緊急時対応計画) becomes a document of the documents module: every
-- saved version of incidents' emergency_plans is copied as a version of one document (origin
-- 'incidents.emergency_plan'), the newest published, the older ones superseded; the sections stay
-- in `content` and are rendered as the text the same way server/modules/documents/emergency-plan.ts
-- renders a new save. emergency_plans is left in place, no longer written.
INSERT INTO "documents" ("kind", "title", "department_id", "audience", "origin", "created_by_person_id", "created_at", "updated_at")
SELECT 'emergency_plan', '緊急時対応計画', NULL, '{"everyone": true, "roles": [], "departments": []}'::jsonb,
       'incidents.emergency_plan',
       (SELECT p1."created_by_person_id" FROM "emergency_plans" p1 ORDER BY p1."version" LIMIT 1),
       min("created_at"), max("created_at")
  FROM "emergency_plans"
HAVING count(*) > 0;
--> statement-breakpoint
INSERT INTO "document_versions" ("document_id", "number", "body", "change_summary", "material_change", "state",
  "effective_on", "approved_at", "approved_by_person_id", "published_at", "published_by_person_id", "superseded_at",
  "content", "created_by_person_id", "created_at", "updated_at")
SELECT d."id", p."version",
       '1 関係者の連絡先' || E'\n' ||
       coalesce((SELECT string_agg('・' || coalesce(c->>'role', '') || ' ' || coalesce(c->>'name', '') ||
                                   CASE WHEN coalesce(c->>'phone', '') <> '' THEN ' ' || (c->>'phone') ELSE '' END, E'\n')
                   FROM jsonb_array_elements(coalesce(p."content"->'contacts', '[]'::jsonb)) c), '') ||
       E'\n2 発生した事案に係る報告すべき事項\n' ||
       coalesce((SELECT string_agg('・' || x, E'\n') FROM jsonb_array_elements_text(coalesce(p."content"->'whatToReport', '[]'::jsonb)) x), '') ||
       E'\n3 発生した事案への対応措置\n' ||
       coalesce((SELECT string_agg('・' || x, E'\n') FROM jsonb_array_elements_text(coalesce(p."content"->'responseMeasures', '[]'::jsonb)) x), '') ||
       E'\n4 再発防止措置\n' ||
       coalesce((SELECT string_agg('・' || x, E'\n') FROM jsonb_array_elements_text(coalesce(p."content"->'recurrencePrevention', '[]'::jsonb)) x), ''),
       p."note", true,
       CASE WHEN p."version" = (SELECT max(m."version") FROM "emergency_plans" m) THEN 'published' ELSE 'superseded' END,
       ((p."created_at" AT TIME ZONE 'UTC') + interval '9 hours')::date,
       p."created_at", p."created_by_person_id", p."created_at", p."created_by_person_id",
       (SELECT min(n."created_at") FROM "emergency_plans" n WHERE n."version" > p."version"),
       p."content", p."created_by_person_id", p."created_at", p."created_at"
  FROM "emergency_plans" p
  JOIN "documents" d ON d."origin" = 'incidents.emergency_plan';
