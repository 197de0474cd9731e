/** Longest preview of a message, in characters: inbox rows and notifications show one line of it. */
const PREVIEW_CHARS = 140;

export const previewOf = (body: string) => body.replace(/\s+/g, " ").trim().slice(0, PREVIEW_CHARS);
