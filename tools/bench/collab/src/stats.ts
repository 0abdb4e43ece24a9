import * as hdr from 'hdr-histogram-js';
import pidusage from 'pidusage';

/** Latencies in milliseconds, stored in an HDR histogram at microsecond resolution (3 digits). */
export class Latency {
  private readonly h = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 10 * 60 * 1_000_000,
    numberOfSignificantValueDigits: 3,
    autoResize: true,
    useWebAssembly: false,
  });

  record(ms: number): void {
    this.h.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  get count(): number {
    return this.h.totalCount;
  }

  summary(): LatencySummary | null {
    if (this.h.totalCount === 0) return null;
    const at = (p: number) => round(this.h.getValueAtPercentile(p) / 1000);
    return {
      count: this.h.totalCount,
      mean: round(this.h.mean / 1000),
      p50: at(50),
      p95: at(95),
      p99: at(99),
      p999: at(99.9),
      max: round(this.h.maxValue / 1000),
    };
  }
}

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface ResourceSummary {
  samples: number;
  cpuMean: number;
  cpuMax: number;
  rssMaxMb: number;
  rssMeanMb: number;
  /** PostgreSQL backends of ours' database (ours-pg only): CPU summed over backends. */
  dbCpuMean: number | null;
  dbCpuMax: number | null;
}

/**
 * Samples a process's CPU % (100 = one core) and RSS with pidusage, plus optionally the CPU of a
 * set of helper processes (PostgreSQL backends), every `intervalMs`.
 */
export class ResourceSampler {
  private timer?: NodeJS.Timeout;
  private readonly cpu: number[] = [];
  private readonly rss: number[] = [];
  private readonly dbCpu: number[] = [];
  private busy = false;

  constructor(
    private readonly pid: number,
    private readonly helperPids?: () => Promise<number[]>,
    private readonly intervalMs = 500,
  ) {}

  async start(): Promise<void> {
    // Prime pidusage's history so the first sample is a delta over the interval.
    await pidusage(this.pid).catch(() => undefined);
    const pids = (await this.helperPids?.()) ?? [];
    if (pids.length) await pidusage(pids).catch(() => undefined);
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
  }

  private async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const stat = await pidusage(this.pid);
      this.cpu.push(stat.cpu);
      this.rss.push(stat.memory / 1024 / 1024);
      if (this.helperPids) {
        const pids = await this.helperPids();
        if (pids.length) {
          const stats = await pidusage(pids).catch(() => ({}) as Record<string, { cpu: number }>);
          this.dbCpu.push(Object.values(stats).reduce((n, s) => n + (s?.cpu ?? 0), 0));
        }
      }
    } catch {
      // the process may be gone; the summary shows how many samples were taken
    } finally {
      this.busy = false;
    }
  }

  stop(): ResourceSummary {
    if (this.timer) clearInterval(this.timer);
    pidusage.clear();
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    return {
      samples: this.cpu.length,
      cpuMean: round(mean(this.cpu)),
      cpuMax: round(Math.max(0, ...this.cpu)),
      rssMaxMb: round(Math.max(0, ...this.rss)),
      rssMeanMb: round(mean(this.rss)),
      dbCpuMean: this.helperPids ? round(mean(this.dbCpu)) : null,
      dbCpuMax: this.helperPids ? round(Math.max(0, ...this.dbCpu)) : null,
    };
  }
}
