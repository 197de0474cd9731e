import type { Priority } from "../../../../shared/schemas/conversation.ts";
import type { Random } from "../random.ts";

/**
 * A conversation template for a brand: what the customer and the agent say, varied per conversation by filling
 * {first} (the customer's first name), {agent} (the agent's first name) and the brand's details (order numbers, towns).
 */
interface StoryBase {
  tags: string[];
  priority?: Priority;
  /** the disposition code the agent wraps up with */
  disposition: string;
}

/** The exchange starts with the customer; a conversation still open shows only its beginning. */
export type Turn = readonly ["contact" | "agent", string];

interface MessageStoryBase extends StoryBase {
  turns: Turn[];
  /** the agent's internal note after their first reply */
  note?: string;
}

export interface ChatStory extends MessageStoryBase {
  channel: "chat";
}

export interface EmailStory extends MessageStoryBase {
  channel: "email";
  subject: string;
}

export type MessageStory = ChatStory | EmailStory;

export interface CallStory extends StoryBase {
  channel: "phone";
  /** the agent's note written after the call */
  summary: string;
  callMinutes: [min: number, max: number];
}

export type Story = MessageStory | CallStory;

export interface BrandStories {
  stories: Story[];
  /** how the brand's agents open an email reply */
  replyOpening: string;
  /** per-conversation details: the values of the {placeholders} the brand's stories use */
  details(random: Random): Record<string, string>;
}
