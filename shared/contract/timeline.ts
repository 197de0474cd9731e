import { AppendTimelineItem, ListTimeline, ListTimelineBefore, TimelineItem, TimelinePage } from "../schemas/timeline.ts";
import { action, query } from "./define.ts";

export const timelineRequests = {
  /** Add an agent's reply or internal note; acknowledged after commit, with the item and its seq. */
  "timeline:append": action(AppendTimelineItem, TimelineItem),
  /** Items after a seq, oldest first: first load and catch-up after a reconnect. */
  "timeline:list": query(ListTimeline, TimelinePage),
  /** The page of items just before a seq, oldest first: loading history upwards. hasMore: older items exist. */
  "timeline:before": query(ListTimelineBefore, TimelinePage),
};

export const timelinePushes = {
  /** A committed item, to everyone watching its conversation. */
  "timeline:appended": TimelineItem,
};
