/** The session's HTTP routes: the cookie is set and cleared over HTTP, everything after that goes over the socket. */
import type { Credentials } from "../../../shared/schemas/user.ts";
import type { Result } from "../../../shared/result.ts";
import { failure, isResult } from "../../realtime/request.ts";

export function postSession(credentials: Credentials): Promise<Result<{ userId: string }>> {
  return sendSession("POST", JSON.stringify(credentials));
}

export function deleteSession(): Promise<Result<object>> {
  return sendSession("DELETE");
}

async function sendSession<T>(method: "POST" | "DELETE", body?: string): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch("/api/session", {
      method,
      body,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      credentials: "same-origin",
    });
  } catch {
    return failure("unavailable", "Could not reach Switchboard. Check your connection and try again.");
  }
  const answer: unknown = await response.json().catch(() => null);
  if (isResult(answer)) return answer as Result<T>;
  return failure("internal", `Switchboard answered with an unexpected response (HTTP ${response.status}).`);
}
