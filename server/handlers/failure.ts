import type { ErrorCode, RequestError } from "../../shared/contract/errors.ts";

/** Thrown by services to refuse a request with a typed code; bindHandlers turns it into the acknowledgement. */
export class RequestFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: RequestError["issues"],
  ) {
    super(message);
  }

  toError(): RequestError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new RequestFailure("not_found", `${what} not found.`);
export const forbidden = (message = "You do not have access to do that.") => new RequestFailure("forbidden", message);
