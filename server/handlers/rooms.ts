/** Every room name is made here, so a typo cannot create a room nobody checks access for. */
export const rooms = {
  brand: (brandId: string) => `brand:${brandId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  /** in the widget namespace: the visitor's tabs of one chat */
  visitorChat: (conversationId: string) => `chat:${conversationId}`,
};

export const CONVERSATION_ROOM_PREFIX = "conversation:";
export const BRAND_ROOM_PREFIX = "brand:";
