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

  /** Resolves once nothing is pending, counting work tracked while it waits (a test's barrier: RunningApp.settled). */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  get size(): number {
    return this.#pending.size;
  }

  /**
   * Waits until nothing is pending, or false after timeoutMs. Work tracked while it waits counts too: what an
   * accepted request sets off after its commit (routing, announcements) is tracked only then, after shutdown began.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([this.idle().then(() => true as const), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
