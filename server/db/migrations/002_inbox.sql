-- The inbox: who has read what, who is waiting, the "needs attention" order, and full-text search.

-- when the oldest customer message that no agent has answered arrived; null when nobody waits
ALTER TABLE conversations ADD COLUMN waiting_since timestamptz;

-- the next deadline that matters: first response while unanswered, then resolution; the attention sort's key
ALTER TABLE conversations ADD COLUMN attention_at timestamptz GENERATED ALWAYS AS (
  coalesce(CASE WHEN first_responded_at IS NULL THEN first_response_due_at END, resolution_due_at, waiting_since, last_activity_at)
) STORED;

CREATE INDEX conversations_brand_status_attention ON conversations (brand_id, status, attention_at, id);
CREATE INDEX conversations_open_assignee_attention ON conversations (assignee_id, attention_at, id) WHERE status = 'open';
CREATE INDEX conversations_updated ON conversations (brand_id, updated_at);

CREATE TABLE conversation_reads (
  user_id uuid NOT NULL REFERENCES users(id),
  conversation_id uuid NOT NULL REFERENCES conversations(id),
  last_read_seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, conversation_id)
);

CREATE INDEX timeline_items_body_search ON timeline_items USING gin (to_tsvector('english', body)) WHERE kind IN ('message', 'note');
CREATE INDEX conversations_subject_search ON conversations USING gin (to_tsvector('english', coalesce(subject, '')));
CREATE INDEX contacts_search ON contacts USING gin (to_tsvector('simple', name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '')));
