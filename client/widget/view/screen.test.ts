import { describe, expect, it } from "vitest";
import type { ChatState, WidgetConfig } from "../../../shared/schemas/chat.ts";
import type { OutboxEntry } from "../outbox.ts";
import { screenOf } from "./screen.ts";

const config = (preChatForm: WidgetConfig["preChatForm"], online = true): WidgetConfig => ({
  brand: { name: "Lumen Fibre", color: "#0F766E", accentColor: "#155E75", logoSvg: null, greeting: "Hi!" },
  preChatForm,
  availability: { online, reason: online ? null : "closed" },
});
const chat = (phase: ChatState["phase"]) => ({ phase }) as ChatState;
const starting: OutboxEntry = { clientId: "c", body: "hi", start: {}, refusal: null };

describe("screenOf", () => {
  it.each<[string, Parameters<typeof screenOf>[0], string]>([
    ["nothing before the hello", { connection: "connecting", config: null, chat: null, outbox: [] }, "loading"],
    ["a refused key before any hello", { connection: "refused", config: null, chat: null, outbox: [] }, "unavailable"],
    ["the brand's form for a new visitor", { connection: "connected", config: config("name"), chat: null, outbox: [] }, "preChat"],
    ["straight to the composer when the brand asks nothing", { connection: "connected", config: config("none"), chat: null, outbox: [] }, "chat"],
    ["the transcript while the first message is on its way", { connection: "reconnecting", config: config("nameEmail"), chat: null, outbox: [starting] }, "chat"],
    ["a message by email when closed", { connection: "connected", config: config("name", false), chat: null, outbox: [] }, "offline"],
    ["the chat in progress even after closing time", { connection: "connected", config: config("name", false), chat: chat("active"), outbox: [] }, "chat"],
    ["the queue is a chat", { connection: "connected", config: config("name"), chat: chat("queued"), outbox: [] }, "chat"],
    ["the rating after the end", { connection: "connected", config: config("name"), chat: chat("ended"), outbox: [] }, "ended"],
  ])("%s", (_, state, expected) => {
    expect(screenOf(state)).toBe(expected);
  });
});
