/**
 * Counts requests between receipt and acknowledgement, so shutdown can wait for them to finish; once
 * shutdown starts, new requests are refused instead of racing the database's close.
 */
export class InFlight {
  #pending = new Set<Promise<unknown>>();
  #accepting = true;

  get accepting(): boolean {
    return this.#accepting;
  }

  stopAccepting(): void {
    this.#accepting = false;
  }

  track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.#pending.delete(settled));
    this.#pending.add(settled);
  }

  get size(): number {
    return this.#pending.size;
  }

  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    const done = Promise.all([...this.#pending]).then(() => true as const);
    return Promise.race([done, deadline]);
  }
}
