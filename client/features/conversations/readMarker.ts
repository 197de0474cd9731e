/**
 * Moves the agent's read marker as they see new items: shortly after the newest seq on screen changes, and only
 * while the page is visible, so a conversation left open in a background tab still counts as unread.
 */
import type { RequestFn } from "../../realtime/request.ts";

const MARK_AFTER_MS = 800;

export function createReadMarker(
  conversationId: string,
  deps: { request: RequestFn; applyRead: (conversationId: string, lastReadSeq: number) => void; visible: () => boolean; initialSeq: number },
) {
  let marked = deps.initialSeq;
  let latest = deps.initialSeq;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function mark(): Promise<void> {
    if (!deps.visible() || latest <= marked) return;
    const seq = latest;
    const result = await deps.request("conversation:markRead", { conversationId, seq });
    if (!result.ok) return; // a later item or a revisit marks it again
    marked = Math.max(marked, result.data.lastReadSeq);
    deps.applyRead(conversationId, result.data.lastReadSeq);
  }

  return {
    /** The newest seq now on screen. */
    seen(seq: number): void {
      if (seq <= latest) return;
      latest = seq;
      clearTimeout(timer);
      timer = setTimeout(() => void mark(), MARK_AFTER_MS);
    },
    /** The page became visible again. */
    visible: () => void mark(),
    dispose: () => clearTimeout(timer),
  };
}
