/** Limits both ends enforce, in a module without zod so the console can import them without the schemas. */

/** Longest text an agent may put in one reply or note, in characters. */
export const MAX_BODY_CHARS = 20_000;
