/**
 * Entities as they travel on the wire (conversations, inbox rows, timeline items), built for any suite's unit tests.
 * The server's integration suites insert rows with server/testing/fixtures.ts instead, since they need a database.
 */
import type { Conversation, InboxRow } from "../schemas/conversation.ts";
import type { BrandId, ContactId, ConversationId, UserId } from "../schemas/ids.ts";
import type { TimelineItem } from "../schemas/timeline.ts";

export const ids = {
  ana: "0190a5b2-7c3e-7000-8000-0000000000a1" as UserId,
  tom: "0190a5b2-7c3e-7000-8000-0000000000a2" as UserId,
  lumen: "0190a5b2-7c3e-7000-8000-0000000000b1" as BrandId,
  threadline: "0190a5b2-7c3e-7000-8000-0000000000b2" as BrandId,
  contact: "0190a5b2-7c3e-7000-8000-0000000000c1" as ContactId,
};

/** A conversation id that sorts by n, so tests can reason about the id tie-break. */
export function conversationId(n: number): ConversationId {
  return `0190a5b2-7c3e-7000-8000-${n.toString(16).padStart(12, "0")}` as ConversationId;
}

export function aConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: conversationId(1),
    brandId: ids.lumen,
    contactId: ids.contact,
    contactName: "Maeve Byrne",
    contactTimeZone: "Europe/Dublin",
    channel: "chat",
    subject: null,
    status: "open",
    assigneeId: null,
    assigneeName: null,
    snoozedUntil: null,
    priority: "normal",
    tags: [],
    firstResponseDueAt: "2026-03-02T10:10:00.000Z",
    resolutionDueAt: "2026-03-03T10:00:00.000Z",
    firstRespondedAt: null,
    resolvedAt: null,
    waitingSince: "2026-03-02T10:00:00.000Z",
    lastSeq: 3,
    lastActivityAt: "2026-03-02T10:00:00.000Z",
    attentionAt: "2026-03-02T10:10:00.000Z",
    updatedAt: "2026-03-02T10:00:00.000Z",
    lastPreview: "My fibre is down again",
    queuedAt: null,
    chatEndedAt: null,
    rating: null,
    version: 1,
    createdAt: "2026-03-02T10:00:00.000Z",
    ...overrides,
  } as Conversation;
}

export function aRow(overrides: Partial<InboxRow> = {}): InboxRow {
  return { ...aConversation(overrides), lastReadSeq: overrides.lastReadSeq ?? 0 } as InboxRow;
}

export function anItem(seq: number, overrides: Partial<TimelineItem> = {}): TimelineItem {
  return {
    id: `0190a5b2-7c3e-7000-9000-${seq.toString(16).padStart(12, "0")}`,
    conversationId: conversationId(1),
    brandId: ids.lumen,
    seq,
    clientId: `client-${seq}`,
    kind: "message",
    direction: "inbound",
    authorType: "contact",
    authorUserId: null,
    authorContactId: ids.contact,
    body: `message ${seq}`,
    data: {},
    createdAt: new Date(Date.UTC(2026, 2, 2, 10, seq)).toISOString(),
    ...overrides,
  } as TimelineItem;
}
