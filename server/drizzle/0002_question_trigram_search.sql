-- Trigram indexes for the question bank's substring search (ILIKE '%word%'). pg_trgm ships
-- with PostgreSQL (a trusted extension since 13) and with PGlite, which loads it at open.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "questions_text_trgm_idx" ON "interview_schema"."questions" USING gin ("question_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "questions_context_trgm_idx" ON "interview_schema"."questions" USING gin ("question_context" gin_trgm_ops);