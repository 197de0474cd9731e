-- The Unassigned view in the "needs attention" order: without it that view sorts every unassigned open
-- conversation of each brand for every page, as 002 only orders unassigned ones by last activity.
CREATE INDEX conversations_unassigned_attention ON conversations (brand_id, attention_at, id) WHERE assignee_id IS NULL AND status = 'open';
