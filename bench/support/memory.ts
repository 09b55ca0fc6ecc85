/** Live memory of this process: the JavaScript heap and the buffers outside it, after a full collection. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function liveBytes(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

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
