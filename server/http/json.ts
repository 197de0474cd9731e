import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestError } from "../../shared/contract/errors.ts";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, status: number, error: RequestError, headers: Record<string, string | string[]> = {}): void {
  sendJson(res, status, { ok: false, error }, headers);
}

export class BodyTooLarge extends Error {}

/** The client closed the connection before its body was in: nobody is left to answer, and nothing failed here. */
export class RequestAborted extends Error {}

/** Reads a JSON body up to maxBytes; undefined when it is not JSON. */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new BodyTooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (!(error instanceof BodyTooLarge) && req.destroyed) throw new RequestAborted("the client closed the connection mid-body", { cause: error });
    throw error;
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}
