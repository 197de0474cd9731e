-- Live chat: the brand's pre-chat form, the chat queue, routing's memory of who got a chat last, and the visitor's
-- end of a chat.

-- 'none', 'name' or 'nameEmail': what the widget asks before a chat starts
ALTER TABLE brands ADD COLUMN widget_pre_chat text NOT NULL DEFAULT 'none' CHECK (widget_pre_chat IN ('none', 'name', 'nameEmail'));

-- when the chat joined its brand's queue; null when it is not waiting for an agent
ALTER TABLE conversations ADD COLUMN queued_at timestamptz;
-- a chat that lost its agent goes back first in line: the queue is ordered by this, then queued_at
ALTER TABLE conversations ADD COLUMN queue_priority smallint NOT NULL DEFAULT 0;
-- the agent who put the chat back in the queue: routing gives it to someone else
ALTER TABLE conversations ADD COLUMN released_by uuid REFERENCES users(id);
-- the visitor left or the agent resolved it: the widget shows the chat as over
ALTER TABLE conversations ADD COLUMN chat_ended_at timestamptz;
-- 'visitor' or 'agent'
ALTER TABLE conversations ADD COLUMN chat_ended_by text CHECK (chat_ended_by IN ('visitor', 'agent'));
-- the highest seq the visitor has seen: the read mark of the agents' messages on their side
ALTER TABLE conversations ADD COLUMN visitor_read_seq bigint NOT NULL DEFAULT 0;
CREATE INDEX conversations_chat_queue ON conversations (brand_id, queue_priority DESC, queued_at, id) WHERE queued_at IS NOT NULL;
CREATE INDEX conversations_open_chats ON conversations (assignee_id) WHERE channel = 'chat' AND status = 'open' AND chat_ended_at IS NULL;

-- routing's tie-break: the agent idle longest gets the chat
ALTER TABLE users ADD COLUMN last_chat_assigned_at timestamptz;
ALTER TABLE users ADD COLUMN status_changed_at timestamptz;

-- keys the server makes once and every process shares, e.g. the one that signs visitor tokens
CREATE TABLE app_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL
);
