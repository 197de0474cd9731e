-- The whole domain of the brief, so that later features add behaviour, not tables.
-- Every row that belongs to a brand carries brand_id: access checks and inbox queries scope on it directly.

CREATE TABLE brands (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  short_name text NOT NULL,
  kind text NOT NULL,
  color text NOT NULL,
  accent_color text NOT NULL,
  logo_svg text,
  time_zone text NOT NULL,
  -- {"mon": [["09:00","18:00"]], ...} in the brand's time zone; a missing day is closed
  business_hours jsonb NOT NULL,
  support_addresses text[] NOT NULL DEFAULT '{}',
  widget_key text NOT NULL UNIQUE,
  widget_allowed_origins text[] NOT NULL DEFAULT '{}',
  widget_greeting text NOT NULL DEFAULT '',
  phone_numbers text[] NOT NULL DEFAULT '{}',
  signature text NOT NULL DEFAULT '',
  tone_notes text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  password_hash text NOT NULL,
  time_zone text NOT NULL DEFAULT 'UTC',
  status text NOT NULL DEFAULT 'offline' CHECK (status IN ('available', 'away', 'offline')),
  away_reason text,
  chat_capacity integer NOT NULL DEFAULT 3 CHECK (chat_capacity BETWEEN 0 AND 20),
  disabled_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE brand_memberships (
  user_id uuid NOT NULL REFERENCES users(id),
  brand_id uuid NOT NULL REFERENCES brands(id),
  role text NOT NULL CHECK (role IN ('agent', 'trainer', 'supervisor', 'admin')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, brand_id)
);
CREATE INDEX brand_memberships_brand ON brand_memberships (brand_id);

CREATE TABLE sessions (
  -- sha-256 of the cookie token: a leaked table does not hand out live sessions
  token_hash text PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE ended_at IS NULL;

CREATE TABLE contacts (
  id uuid PRIMARY KEY,
  brand_id uuid NOT NULL REFERENCES brands(id),
  name text NOT NULL,
  email text,
  phone text,
  time_zone text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX contacts_brand_email ON contacts (brand_id, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX contacts_brand_phone ON contacts (brand_id, phone) WHERE phone IS NOT NULL;

CREATE TABLE dispositions (
  id uuid PRIMARY KEY,
  brand_id uuid NOT NULL REFERENCES brands(id),
  code text NOT NULL,
  label text NOT NULL,
  archived_at timestamptz,
  UNIQUE (brand_id, code)
);

CREATE TABLE sla_policies (
  id uuid PRIMARY KEY,
  brand_id uuid NOT NULL REFERENCES brands(id),
  channel text NOT NULL CHECK (channel IN ('chat', 'email', 'phone')),
  first_response_target_ms bigint NOT NULL,
  resolution_target_ms bigint NOT NULL,
  business_hours_only boolean NOT NULL DEFAULT false,
  UNIQUE (brand_id, channel)
);

CREATE TABLE conversations (
  id uuid PRIMARY KEY,
  brand_id uuid NOT NULL REFERENCES brands(id),
  contact_id uuid NOT NULL REFERENCES contacts(id),
  channel text NOT NULL CHECK (channel IN ('chat', 'email', 'phone')),
  subject text,
  status text NOT NULL CHECK (status IN ('open', 'pending', 'snoozed', 'resolved')),
  snoozed_until timestamptz,
  assignee_id uuid REFERENCES users(id),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  tags text[] NOT NULL DEFAULT '{}',
  first_response_due_at timestamptz,
  resolution_due_at timestamptz,
  first_responded_at timestamptz,
  resolved_at timestamptz,
  disposition_id uuid REFERENCES dispositions(id),
  csat_score smallint CHECK (csat_score BETWEEN 1 AND 5),
  csat_comment text,
  -- the seq of the newest timeline item; bumped in the same statement that inserts the item
  last_seq bigint NOT NULL DEFAULT 0,
  last_activity_at timestamptz NOT NULL,
  last_preview text NOT NULL DEFAULT '',
  -- optimistic concurrency for conversation changes: versions only grow
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX conversations_brand_status_activity ON conversations (brand_id, status, last_activity_at DESC, id DESC);
CREATE INDEX conversations_open_activity ON conversations (last_activity_at DESC, id DESC) WHERE status = 'open';
CREATE INDEX conversations_open_assignee ON conversations (assignee_id, last_activity_at DESC, id DESC) WHERE status = 'open';
CREATE INDEX conversations_unassigned ON conversations (brand_id, last_activity_at DESC, id DESC) WHERE assignee_id IS NULL AND status = 'open';
CREATE INDEX conversations_contact ON conversations (contact_id, last_activity_at DESC);

CREATE TABLE timeline_items (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations(id),
  brand_id uuid NOT NULL REFERENCES brands(id),
  seq bigint NOT NULL,
  -- the client's id for the action that made the item: a replayed action finds its item instead of adding one
  client_id uuid NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('message', 'note', 'call', 'scriptRun', 'statusChange', 'assignment', 'system')),
  direction text CHECK (direction IN ('inbound', 'outbound')),
  author_type text NOT NULL CHECK (author_type IN ('contact', 'user', 'system')),
  author_user_id uuid REFERENCES users(id),
  author_contact_id uuid REFERENCES contacts(id),
  body text NOT NULL DEFAULT '',
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  UNIQUE (conversation_id, seq)
);

CREATE TABLE scripts (
  id uuid PRIMARY KEY,
  brand_id uuid NOT NULL REFERENCES brands(id),
  slug text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('call', 'troubleshooting')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (brand_id, slug)
);

CREATE TABLE script_versions (
  id uuid PRIMARY KEY,
  script_id uuid NOT NULL REFERENCES scripts(id),
  brand_id uuid NOT NULL REFERENCES brands(id),
  version integer NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
  -- { "start": stepId, "steps": { [stepId]: { type, text, choices?, next? } } }
  graph jsonb NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL,
  published_at timestamptz,
  UNIQUE (script_id, version)
);

CREATE TABLE kb_articles (
  id uuid PRIMARY KEY,
  brand_id uuid NOT NULL REFERENCES brands(id),
  slug text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (brand_id, slug)
);

CREATE TABLE kb_article_versions (
  id uuid PRIMARY KEY,
  article_id uuid NOT NULL REFERENCES kb_articles(id),
  brand_id uuid NOT NULL REFERENCES brands(id),
  version integer NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
  title text NOT NULL,
  body_md text NOT NULL,
  tags text[] NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL,
  published_at timestamptz,
  UNIQUE (article_id, version)
);

CREATE TABLE canned_replies (
  id uuid PRIMARY KEY,
  brand_id uuid NOT NULL REFERENCES brands(id),
  shortcut text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (brand_id, shortcut)
);

-- One row per client action: the commit that applied it also stored its result, so a repeat returns that result.
CREATE TABLE actions (
  client_id uuid PRIMARY KEY,
  user_id uuid REFERENCES users(id),
  event text NOT NULL,
  result jsonb,
  created_at timestamptz NOT NULL
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_user_id uuid REFERENCES users(id),
  action text NOT NULL,
  brand_id uuid REFERENCES brands(id),
  target_type text,
  target_id text,
  ip text,
  data jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_brand ON audit_log (brand_id, at DESC);
