/**
 * The one event catalog. Both ends compile against these maps; the server validates every payload with the
 * schemas here before anything else runs. Event names are typed only in the feature files beside this one.
 */
import type { z } from "zod";
import { chatPushes, chatRequests } from "./chat.ts";
import { contactRequests } from "./contacts.ts";
import { conversationPushes, conversationRequests } from "./conversations.ts";
import { inboxPushes, inboxRequests } from "./inbox.ts";
import type { Ack } from "./define.ts";
import { sessionPushes, sessionRequests } from "./session.ts";
import { timelinePushes, timelineRequests } from "./timeline.ts";
import { userPushes, userRequests } from "./users.ts";

export const requests = {
  ...sessionRequests,
  ...conversationRequests,
  ...inboxRequests,
  ...contactRequests,
  ...timelineRequests,
  ...userRequests,
  ...chatRequests,
};

export const pushes = {
  ...sessionPushes,
  ...conversationPushes,
  ...inboxPushes,
  ...timelinePushes,
  ...userPushes,
  ...chatPushes,
};

export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type RequestInput<E extends RequestName> = z.input<Requests[E]["input"]>;
export type ParsedInput<E extends RequestName> = z.output<Requests[E]["input"]>;
export type RequestOutput<E extends RequestName> = z.output<Requests[E]["output"]>;

export type Pushes = typeof pushes;
export type PushName = keyof Pushes;
export type PushPayload<E extends PushName> = z.output<Pushes[E]>;

export type ClientToServerEvents = {
  [E in RequestName]: (payload: RequestInput<E>, ack: (response: Ack<RequestOutput<E>>) => void) => void;
};
export type ServerToClientEvents = {
  [E in PushName]: (payload: PushPayload<E>) => void;
};

export function isRequestName(name: string): name is RequestName {
  return Object.hasOwn(requests, name);
}

export type { Ack } from "./define.ts";
export { ErrorCode, RequestError } from "./errors.ts";
