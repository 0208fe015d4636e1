-- Full-text search over the question bank, used by the agents to find the user's own notes on
-- a question. A generated column keeps it in step with every write; Drizzle's schema does not
-- declare it, so ordinary selects never carry it.
ALTER TABLE "interview_schema"."questions"
  ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("question_text", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("question_context", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("answer_summary", '')), 'C')
  ) STORED;
--> statement-breakpoint
CREATE INDEX "questions_search_vector_idx" ON "interview_schema"."questions" USING gin ("search_vector");
