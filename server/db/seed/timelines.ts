/**
 * Turns a story into the timeline items of one conversation: customer messages, agent replies, notes, calls and
 * system events, each at an offset from the conversation's start. How much of the story has happened depends on
 * the conversation's status: an open one stops where the customer is waiting, a pending one where the agent is.
 */
import type { ConversationStatus } from "../../../shared/schemas/conversation.ts";
import type { TimelineKind } from "../../../shared/schemas/timeline.ts";
import { maskCardNumbers } from "../../../shared/domain/redaction/cardNumbers.ts";
import type { SeedBrand } from "./brands.ts";
import type { SeedContact } from "./contacts.ts";
import { at, missing } from "./checks.ts";
import type { Random } from "./random.ts";
import type { CallStory, MessageStory, Story, Turn } from "./stories/story.ts";
import type { SeedUser } from "./users.ts";
import { SECOND, MINUTE, HOUR } from "../../../shared/domain/durations.ts";

export interface TimelineDraft {
  kind: TimelineKind;
  direction: "inbound" | "outbound" | null;
  authorType: "contact" | "user" | "system";
  authorUserId: string | null;
  authorContactId: string | null;
  body: string;
  data: Record<string, unknown>;
  /** ms after the conversation started */
  atMs: number;
}

export interface TimelineScene {
  story: Story;
  status: ConversationStatus;
  brand: SeedBrand;
  contact: SeedContact;
  assignee: SeedUser | null;
  /** fills the story's {placeholders} for this conversation */
  fill: (text: string) => string;
  replyOpening: string;
  /** the brand's first-response target for the channel: most conversations are picked up within it, some are not */
  firstResponseTargetMs: number;
  random: Random;
}


type Range = readonly [min: number, max: number];

/** As a share of the first-response target: about one conversation in seven misses it, as on a real floor. */
const PICK_UP_OF_TARGET: Range = [0.1, 1.15];

/** How long people take between steps, per channel: chats move in seconds, emails in hours. */
const PACE: Record<MessageStory["channel"], Record<"reply" | "customer" | "followUp" | "note" | "wrapUp", Range>> = {
  chat: {
    reply: [30 * SECOND, 3 * MINUTE],
    customer: [20 * SECOND, 4 * MINUTE],
    followUp: [15 * SECOND, 90 * SECOND],
    note: [10 * SECOND, MINUTE],
    wrapUp: [30 * SECOND, 3 * MINUTE],
  },
  email: {
    reply: [20 * MINUTE, 5 * HOUR],
    customer: [HOUR, 20 * HOUR],
    followUp: [10 * MINUTE, 2 * HOUR],
    note: [MINUTE, 10 * MINUTE],
    wrapUp: [10 * MINUTE, 6 * HOUR],
  },
};

const CUSTOMER_GREETINGS = ["Hi,\n\n", "Hello,\n\n", "Hi there,\n\n", "Dear team,\n\n", ""];
const CUSTOMER_SIGN_OFFS = ["Thanks", "Many thanks", "Cheers", "Regards", "Best"];

export function composeTimeline(scene: TimelineScene): TimelineDraft[] {
  return scene.story.channel === "phone" ? composeCall(scene, scene.story) : composeMessages(scene, scene.story);
}

function composeMessages(scene: TimelineScene, story: MessageStory): TimelineDraft[] {
  const { random, contact, assignee, fill } = scene;
  const pace = PACE[story.channel];
  const within = (range: Range) => random.int(range[0], range[1]);
  const pickUpMs = () => Math.round(scene.firstResponseTargetMs * (PICK_UP_OF_TARGET[0] + random.next() * (PICK_UP_OF_TARGET[1] - PICK_UP_OF_TARGET[0])));
  const lastAgentTurn = story.turns.findLastIndex(([from]) => from === "agent");
  const timeline = newTimeline();
  let replied = false;
  let assigned = false;
  const assign = (gapMs: number) => {
    if (!assignee || assigned) return;
    timeline.add(gapMs, system("assignment", "", { from: null, to: assignee.id }));
    assigned = true;
  };

  if (story.channel === "chat") timeline.add(0, system("system", "Chat started from the website widget", { source: "widget" }));
  const turns = story.turns.slice(0, visibleTurnCount(story.turns, scene.status, assignee !== null, random));
  turns.forEach(([from, text], index) => {
    const previous = index > 0 ? at(turns, index - 1)[0] : null;
    if (from === "contact") {
      const firstGapMs = story.channel === "chat" ? random.int(5 * SECOND, 20 * SECOND) : 0;
      const gapMs = previous === null ? firstGapMs : within(previous === "agent" ? pace.customer : pace.followUp);
      timeline.add(gapMs, { ...fromContact(contact), kind: "message", direction: "inbound", body: customerBody(scene, story, text) });
      if (story.channel === "email" && index === 0) timeline.add(random.int(2 * SECOND, 8 * SECOND), autoReply(scene));
      return;
    }
    const agent = assignee ?? missing("an agent reply needs an assignee");
    let gapMs = previous === "agent" ? within(pace.followUp) : replied ? within(pace.reply) : pickUpMs();
    if (!assigned) {
      const assignedAfterMs = Math.floor(gapMs * 0.6);
      assign(assignedAfterMs);
      gapMs -= assignedAfterMs;
    }
    timeline.add(gapMs, { ...fromUser(agent), kind: "message", direction: "outbound", body: agentBody(scene, story, agent, text) });
    // the note records the outcome, so it follows the agent's last reply
    if (index === lastAgentTurn && story.note) timeline.add(within(pace.note), note(agent, fill(story.note)));
    replied = true;
  });
  assign(pickUpMs());
  closeWith(scene, timeline, within(pace.wrapUp));
  return timeline.items;
}

function composeCall(scene: TimelineScene, story: CallStory): TimelineDraft[] {
  const { random, contact, fill } = scene;
  const agent = scene.assignee ?? missing("a call needs the agent who took it");
  const durationMs = random.int(story.callMinutes[0] * MINUTE, story.callMinutes[1] * MINUTE);
  const timeline = newTimeline();
  const ringMs = Math.round(scene.firstResponseTargetMs * (0.2 + random.next()));
  timeline.add(ringMs, system("assignment", "", { from: null, to: agent.id }));
  timeline.add(500, { ...fromContact(contact), kind: "call", direction: "inbound", body: "", data: { direction: "inbound", durationMs, recording: false } });
  timeline.add(durationMs + random.int(MINUTE, 4 * MINUTE), note(agent, fill(story.summary)));
  closeWith(scene, timeline, random.int(20 * SECOND, 2 * MINUTE));
  return timeline.items;
}

interface Timeline {
  items: TimelineDraft[];
  add(gapMs: number, draft: Omit<TimelineDraft, "atMs">): void;
}

function newTimeline(): Timeline {
  const items: TimelineDraft[] = [];
  let atMs = 0;
  return {
    items,
    add: (gapMs, draft) => {
      atMs += gapMs;
      items.push({ ...draft, atMs });
    },
  };
}

/** Where the story stops for this status: the whole of it once resolved, the customer's turn while open. */
function visibleTurnCount(turns: readonly Turn[], status: ConversationStatus, assigned: boolean, random: Random): number {
  if (status === "resolved") return turns.length;
  if (!assigned) return 1;
  // an open conversation waits on the agent, not on the customer's closing thanks
  const customerWaiting = turns.flatMap(([from], index) => (from === "contact" && index < turns.length - 1 ? [index + 1] : []));
  if (status === "open") return random.pick(customerWaiting);
  return random.pick(turns.flatMap(([from], index) => (from === "agent" ? [index + 1] : [])));
}

function closeWith(scene: TimelineScene, timeline: Timeline, wrapUpMs: number): void {
  if (scene.status === "open") return;
  const agent = scene.assignee ?? missing(`a ${scene.status} conversation needs an assignee`);
  const gapMs = scene.status === "resolved" ? wrapUpMs : scene.random.int(5 * SECOND, MINUTE);
  timeline.add(gapMs, { ...fromUser(agent), kind: "statusChange", direction: null, body: "", data: { from: "open", to: scene.status } });
}

function customerBody(scene: TimelineScene, story: MessageStory, text: string): string {
  const body = scene.fill(text);
  if (story.channel === "chat") return maskCardNumbers(body);
  const greeting = scene.random.pick(CUSTOMER_GREETINGS);
  const signOff = scene.random.pick(CUSTOMER_SIGN_OFFS);
  return maskCardNumbers(`${greeting}${body}\n\n${signOff},\n${scene.contact.firstName}`);
}

function agentBody(scene: TimelineScene, story: MessageStory, agent: SeedUser, text: string): string {
  const body = scene.fill(text);
  if (story.channel === "chat") return maskCardNumbers(body);
  const opening = scene.replyOpening.replace("{first}", scene.contact.firstName);
  const signature = scene.brand.signature.replace("{{agent.name}}", agent.name);
  return maskCardNumbers(`${opening}\n\n${body}\n\n${signature}`);
}

function autoReply(scene: TimelineScene): Omit<TimelineDraft, "atMs"> {
  const hours = Math.round(scene.firstResponseTargetMs / HOUR);
  return system("system", `Auto-reply sent: "Thanks for contacting ${scene.brand.name}. We've received your email and will reply within ${hours} hours."`, { event: "autoReply" });
}

function system(kind: TimelineKind, body: string, data: Record<string, unknown>): Omit<TimelineDraft, "atMs"> {
  return { kind, direction: null, authorType: "system", authorUserId: null, authorContactId: null, body, data };
}

function note(author: SeedUser, body: string): Omit<TimelineDraft, "atMs"> {
  return { ...fromUser(author), kind: "note", direction: null, body: maskCardNumbers(body) };
}

function fromContact(contact: SeedContact) {
  return { authorType: "contact", authorUserId: null, authorContactId: contact.id, data: {} } as const;
}

function fromUser(user: SeedUser) {
  return { authorType: "user", authorUserId: user.id, authorContactId: null, data: {} } as const;
}
