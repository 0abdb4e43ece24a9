import { CoalescedSync } from '../coalesced-sync';

/** A sync whose runs are finished by hand. */
function manualSync() {
  const runs: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const sync = new CoalescedSync(
    () => new Promise<void>((resolve, reject) => runs.push({ resolve, reject })),
  );
  return { sync, runs };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('CoalescedSync', () => {
  it('runs at once when idle, and makes every request during a run share the next run', async () => {
    const { sync, runs } = manualSync();
    const done: string[] = [];
    void sync.request().then(() => done.push('a'));
    expect(runs).toHaveLength(1);
    for (const name of ['b', 'c', 'd']) void sync.request().then(() => done.push(name));
    expect(runs).toHaveLength(1);
    runs[0].resolve();
    await flush();
    // 'a' is covered; b–d were made after the run began, so they wait for a second run.
    expect(done).toEqual(['a']);
    expect(runs).toHaveLength(2);
    runs[1].resolve();
    await flush();
    expect(done).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rejects the requests of a failed run only, and runs again for the next', async () => {
    const { sync, runs } = manualSync();
    const first = sync.request();
    const second = sync.request();
    runs[0].reject(new Error('disk'));
    await expect(first).rejects.toThrow('disk');
    await flush();
    expect(runs).toHaveLength(2);
    runs[1].resolve();
    await expect(second).resolves.toBeUndefined();
  });

  it('settles once no run is in flight or queued', async () => {
    const { sync, runs } = manualSync();
    void sync.request();
    void sync.request().catch(() => undefined);
    let settled = false;
    void sync.settled().then(() => (settled = true));
    runs[0].resolve();
    await flush();
    expect(settled).toBe(false);
    runs[1].reject(new Error('late'));
    await flush();
    expect(settled).toBe(true);
  });
});
