/**
 * About a hundred conversations per brand over the last two weeks: mostly resolved, a quarter open (some only
 * seconds old, so SLA clocks are running when the demo opens), a few pending or snoozed. Each follows one of the
 * brand's stories, with SLA due times from the brand's policy for the channel, counted on the brand's calendar.
 */
import { v7 as uuidv7 } from "uuid";
import { computeSlaDueTimes } from "../../../shared/domain/sla/dueAt.ts";
import type { Channel } from "../../../shared/schemas/brand.ts";
import type { ConversationStatus, Priority } from "../../../shared/schemas/conversation.ts";
import type { BrandSlug, SeedBrand } from "./brands.ts";
import { missing } from "./checks.ts";
import { contactsOf, type SeedContact } from "./contacts.ts";
import type { SeedDisposition } from "./dispositions.ts";
import type { Random } from "./random.ts";
import type { SeedSlaPolicy } from "./slaPolicies.ts";
import { HARBOR_INSURANCE_STORIES } from "./stories/harborInsurance.ts";
import { LUMEN_FIBRE_STORIES } from "./stories/lumenFibre.ts";
import type { BrandStories, Story } from "./stories/story.ts";
import { THREADLINE_STORIES } from "./stories/threadline.ts";
import type { SeedConversation, SeedTimelineItem } from "./conversationRows.ts";
import { composeTimeline, type TimelineDraft } from "./timelines.ts";
import { agentsOf, type SeedUser } from "./users.ts";
import { DAY, HOUR, MINUTE, SECOND } from "../../../shared/domain/durations.ts";

const CONVERSATIONS_PER_BRAND = 100;
const PREVIEW_MAX_CHARS = 140;

const OLDEST_MS = 14 * DAY;

const STORIES: Record<BrandSlug, BrandStories> = {
  "lumen-fibre": LUMEN_FIBRE_STORIES,
  threadline: THREADLINE_STORIES,
  "harbor-insurance": HARBOR_INSURANCE_STORIES,
};

const CSAT_COMMENTS: Record<number, string[]> = {
  5: ["Quick, friendly and sorted first time.", "Really helpful, thank you!", "Brilliant service.", "Explained everything clearly."],
  4: ["Good help, took a little while to get through.", "Sorted, thanks."],
  3: ["Fine, but I had to explain it twice."],
  2: ["Took too long to get an answer."],
  1: ["Still not happy with the outcome."],
};

export interface ConversationWorld {
  brands: readonly SeedBrand[];
  users: readonly SeedUser[];
  contacts: readonly SeedContact[];
  dispositions: readonly SeedDisposition[];
  slaPolicies: readonly SeedSlaPolicy[];
  random: Random;
  now: Date;
}

export function planConversations(world: ConversationWorld): { conversations: SeedConversation[]; timelineItems: SeedTimelineItem[] } {
  const conversations: SeedConversation[] = [];
  const timelineItems: SeedTimelineItem[] = [];
  // open chats per agent across all brands, so nobody is handed more live chats than their capacity
  const openChats = new Map<string, number>();
  for (const brand of world.brands) {
    const brandStories = STORIES[brand.slug];
    // each channel's stories are dealt from a shuffled deck, so every story (the ones with a card number to mask
    // included) is told before any is told twice
    const decks = new Map<Channel, Story[]>();
    for (let i = 0; i < CONVERSATIONS_PER_BRAND; i++) {
      const channel = world.random.weighted<Channel>([["email", 45], ["chat", 35], ["phone", 20]]);
      const deck = decks.get(channel) ?? [];
      if (deck.length === 0) deck.push(...world.random.shuffle(brandStories.stories.filter((story) => story.channel === channel)));
      decks.set(channel, deck);
      const story = deck.pop() ?? missing(`no ${channel} story for ${brand.slug}`);
      const planned = planConversation(world, brand, brandStories, story, openChats);
      conversations.push(planned.conversation);
      timelineItems.push(...planned.items);
    }
  }
  return { conversations, timelineItems };
}

function planConversation(
  world: ConversationWorld,
  brand: SeedBrand,
  brandStories: BrandStories,
  story: Story,
  openChats: Map<string, number>,
): { conversation: SeedConversation; items: SeedTimelineItem[] } {
  const { random, now } = world;
  const channel = story.channel;
  const status = random.weighted<ConversationStatus>([["resolved", 58], ["open", 27], ["pending", 10], ["snoozed", 5]]);
  const assignee = chooseAssignee(world, brand, channel, status, openChats);
  const contacts = contactsOf(world.contacts, brand.id).filter((contact) => channel !== "phone" || contact.phone !== null);
  const contact = random.pick(contacts);
  const policy = slaPolicyOf(world.slaPolicies, brand.id, channel);

  const details: Record<string, string> = { ...brandStories.details(random), first: contact.firstName };
  if (assignee) details["agent"] = firstName(assignee);
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => details[key] ?? missing(`no value for {${key}} in a ${brand.slug} story`));

  const drafts = composeTimeline({
    story,
    status,
    brand,
    contact,
    assignee,
    fill,
    replyOpening: brandStories.replyOpening,
    firstResponseTargetMs: policy.firstResponseTargetMs,
    random,
  });
  const spanMs = drafts.at(-1)?.atMs ?? 0;
  const idleMs = Math.max(0, Math.min(idleBeforeNow(status, channel, assignee !== null, random), OLDEST_MS - spanMs));
  const createdAt = new Date(now.getTime() - idleMs - spanMs);
  const timeOf = (draft: TimelineDraft) => new Date(createdAt.getTime() + draft.atMs);

  const id = uuidv7();
  const items = drafts.map(({ atMs, ...draft }, index) => ({
    ...draft,
    id: uuidv7(),
    clientId: uuidv7(),
    conversationId: id,
    brandId: brand.id,
    seq: index + 1,
    createdAt: new Date(createdAt.getTime() + atMs),
  }));
  const firstResponse = drafts.find((draft) => (draft.kind === "message" && draft.direction === "outbound") || draft.kind === "call");
  const resolution = drafts.find((draft) => draft.kind === "statusChange" && draft.data["to"] === "resolved");
  const last = items.at(-1) ?? missing("a conversation without timeline items");
  const due = computeSlaDueTimes(createdAt, { policy, calendar: brand });
  const csatScore = status === "resolved" && channel === "chat" && random.chance(0.55) ? random.weighted([[5, 52], [4, 26], [3, 10], [2, 7], [1, 5]]) : null;

  const conversation: SeedConversation = {
    id,
    brandId: brand.id,
    contactId: contact.id,
    channel,
    subject: story.channel === "email" ? fill(story.subject) : null,
    status,
    snoozedUntil: status === "snoozed" ? new Date(now.getTime() + random.int(3 * HOUR, 3 * DAY)) : null,
    assigneeId: assignee?.id ?? null,
    priority: story.priority ?? random.weighted<Priority>([["normal", 72], ["low", 16], ["high", 10], ["urgent", 2]]),
    tags: story.tags,
    firstResponseDueAt: due.firstResponseDueAt,
    resolutionDueAt: due.resolutionDueAt,
    firstRespondedAt: firstResponse ? timeOf(firstResponse) : null,
    resolvedAt: resolution ? timeOf(resolution) : null,
    dispositionId: status === "resolved" ? dispositionOf(world.dispositions, brand.id, story.disposition).id : null,
    csatScore,
    csatComment: csatScore !== null && random.chance(0.6) ? random.pick(CSAT_COMMENTS[csatScore] ?? []) : null,
    lastSeq: items.length,
    lastActivityAt: last.createdAt,
    lastPreview: previewOf(drafts),
    createdAt,
  };
  return { conversation, items };
}

/** Only the brand's agents take conversations; unassigned ones wait in the queue, and live chats respect capacity. */
function chooseAssignee(world: ConversationWorld, brand: SeedBrand, channel: Channel, status: ConversationStatus, openChats: Map<string, number>): SeedUser | null {
  const { random } = world;
  if (status === "open" && channel !== "phone" && random.chance(0.45)) return null;
  const agents = agentsOf(world.users, brand.id);
  if (status !== "open" || channel !== "chat") return random.pick(agents);
  const load = (agent: SeedUser) => openChats.get(agent.id) ?? 0;
  const free = agents.filter((agent) => load(agent) < agent.chatCapacity);
  if (free.length === 0) return null;
  const lightest = Math.min(...free.map(load));
  const agent = random.pick(free.filter((candidate) => load(candidate) === lightest));
  openChats.set(agent.id, (openChats.get(agent.id) ?? 0) + 1);
  return agent;
}

/** How long ago the conversation's newest item happened. */
function idleBeforeNow(status: ConversationStatus, channel: Channel, assigned: boolean, random: Random): number {
  const between = (min: number, max: number) => random.int(min, max);
  switch (status) {
    case "resolved":
      return between(40 * MINUTE, OLDEST_MS);
    case "pending":
      return between(HOUR, 4 * DAY);
    case "snoozed":
      return between(2 * HOUR, 3 * DAY);
    case "open":
      if (channel === "chat") return assigned ? between(20 * SECOND, 12 * MINUTE) : between(10 * SECOND, 6 * MINUTE);
      if (channel === "email") return assigned ? between(15 * MINUTE, 30 * HOUR) : between(3 * MINUTE, 8 * HOUR);
      return between(30 * MINUTE, 2 * DAY);
  }
}

/** The inbox line: the newest message, or the newest call when there is no message. */
function previewOf(drafts: readonly TimelineDraft[]): string {
  const newest = drafts.findLast((draft) => draft.kind === "message" || draft.kind === "call");
  if (!newest) return "";
  const text = newest.kind === "call" ? `Inbound call · ${Math.round(Number(newest.data["durationMs"]) / MINUTE)} min` : newest.body.replace(/\s+/g, " ").trim();
  return text.length <= PREVIEW_MAX_CHARS ? text : `${text.slice(0, PREVIEW_MAX_CHARS - 1).trimEnd()}…`;
}

function slaPolicyOf(policies: readonly SeedSlaPolicy[], brandId: string, channel: Channel): SeedSlaPolicy {
  return policies.find((p) => p.brandId === brandId && p.channel === channel) ?? missing(`no ${channel} SLA policy for brand ${brandId}`);
}

function dispositionOf(dispositions: readonly SeedDisposition[], brandId: string, code: string): SeedDisposition {
  return dispositions.find((d) => d.brandId === brandId && d.code === code) ?? missing(`no disposition ${code} for brand ${brandId}`);
}

const firstName = (user: SeedUser) => user.name.split(" ")[0] ?? user.name;
