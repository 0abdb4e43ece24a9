/**
 * Group sync: `request()` resolves once a run of `sync` that *started after the call* has finished.
 * One run is in flight at a time; every request made while it runs shares the next one, so a
 * burst of commits pays for one sync (as a database's group commit does).
 */
export class CoalescedSync {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly sync: () => Promise<void>) {}

  request(): Promise<void> {
    if (!this.running) {
      this.running = this.sync().finally(() => (this.running = null));
      return this.running;
    }
    // The run in flight may have started before the caller's commit: take the next one.
    if (!this.next) {
      this.next = this.running
        .catch(() => undefined)
        .then(() => {
          this.next = null;
          return this.request();
        });
    }
    return this.next;
  }

  /** Resolves once no run is in flight or queued (whatever their outcome). */
  async settled(): Promise<void> {
    while (this.running || this.next) {
      await (this.next ?? this.running)?.catch(() => undefined);
    }
  }
}
