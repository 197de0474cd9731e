import type { RequestError } from "./contract/errors.ts";

export type Result<T> = { ok: true; data: T } | { ok: false; error: RequestError };
