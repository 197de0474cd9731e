-- Days a brand's support is closed whatever its weekly hours say, as dates on the brand's own calendar (its
-- time_zone). They close the chat widget and stop business-time SLA clocks (shared/domain/sla/dueAt.ts).
ALTER TABLE brands ADD COLUMN holidays date[] NOT NULL DEFAULT '{}';
