/** The peak of this process's live memory (heap and buffers outside it) during some work. */
import { liveBytes } from '../../tests/support/live-memory';

/** The highest live memory seen since it started, above what was live when it started. */
export class PeakMemory {
  private peak: number;

  private constructor(private readonly baseline: number) {
    this.peak = baseline;
  }

  /** Starts from what is live once the garbage is gone: buffers are freed a turn after their collection. */
  static async start(): Promise<PeakMemory> {
    liveBytes();
    await new Promise((resolve) => setImmediate(resolve));
    return new PeakMemory(liveBytes());
  }

  sample(): void {
    this.peak = Math.max(this.peak, liveBytes());
  }

  get growthMegabytes(): number {
    return (this.peak - this.baseline) / 1024 / 1024;
  }
}
