-- A chat the visitor left before anyone answered can no longer be answered in it: its next deadline is the
-- wrap-up (resolution), as the console's SLA badge shows (client/features/sla/clock.ts). Postgres 15 cannot
-- change a generated column's expression in place, so the column and the indexes on it are made again.
ALTER TABLE conversations DROP COLUMN attention_at;
ALTER TABLE conversations ADD COLUMN attention_at timestamptz GENERATED ALWAYS AS (
  coalesce(CASE WHEN first_responded_at IS NULL AND chat_ended_at IS NULL THEN first_response_due_at END, resolution_due_at, waiting_since, last_activity_at)
) STORED;
CREATE INDEX conversations_brand_status_attention ON conversations (brand_id, status, attention_at, id);
CREATE INDEX conversations_open_assignee_attention ON conversations (assignee_id, attention_at, id) WHERE status = 'open';
CREATE INDEX conversations_unassigned_attention ON conversations (brand_id, attention_at, id) WHERE assignee_id IS NULL AND status = 'open';
