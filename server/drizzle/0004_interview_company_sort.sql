ALTER TABLE "interview_schema"."interviews" ADD COLUMN "company_sort" text;--> statement-breakpoint
CREATE INDEX "interviews_company_sort_asc_idx" ON "interview_schema"."interviews" USING btree ("company_sort","interview_id") WHERE "interview_schema"."interviews"."user_id" is null;--> statement-breakpoint
CREATE INDEX "interviews_company_sort_desc_idx" ON "interview_schema"."interviews" USING btree ("company_sort" DESC NULLS LAST,"interview_id" DESC NULLS FIRST) WHERE "interview_schema"."interviews"."user_id" is null;--> statement-breakpoint
CREATE INDEX "interviews_user_company_sort_asc_idx" ON "interview_schema"."interviews" USING btree ("user_id","company_sort","interview_id") WHERE "interview_schema"."interviews"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "interviews_user_company_sort_desc_idx" ON "interview_schema"."interviews" USING btree ("user_id","company_sort" DESC NULLS LAST,"interview_id" DESC NULLS FIRST) WHERE "interview_schema"."interviews"."user_id" is not null;--> statement-breakpoint
-- hand-written below: keep when regenerating
-- interviews.company_sort follows the company's name: set when an interview is written with a
-- company, and rewritten for all its interviews when a company is renamed.
CREATE OR REPLACE FUNCTION "interview_schema"."interviews_set_company_sort"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.company_sort := (
    SELECT lower(c.company_name) FROM "interview_schema"."companies" c
    WHERE c.company_id = NEW.company_id
  );
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "interviews_company_sort" BEFORE INSERT OR UPDATE OF "company_id"
ON "interview_schema"."interviews"
FOR EACH ROW EXECUTE FUNCTION "interview_schema"."interviews_set_company_sort"();--> statement-breakpoint
CREATE OR REPLACE FUNCTION "interview_schema"."companies_spread_company_sort"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "interview_schema"."interviews" SET company_sort = lower(NEW.company_name)
  WHERE company_id = NEW.company_id AND company_sort IS DISTINCT FROM lower(NEW.company_name);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "companies_company_sort" AFTER UPDATE OF "company_name"
ON "interview_schema"."companies"
FOR EACH ROW WHEN (lower(OLD.company_name) IS DISTINCT FROM lower(NEW.company_name))
EXECUTE FUNCTION "interview_schema"."companies_spread_company_sort"();--> statement-breakpoint
UPDATE "interview_schema"."interviews" i SET company_sort = lower(c.company_name)
FROM "interview_schema"."companies" c WHERE c.company_id = i.company_id;
