/** Limits both ends enforce, in a module without zod so the console can import them without the schemas. */

/** Longest text an agent may put in one reply or note, in characters. */
export const MAX_BODY_CHARS = 20_000;

/** Most chats routing gives one agent at once (the database checks the same bound). */
export const MAX_CHAT_CAPACITY = 20;
