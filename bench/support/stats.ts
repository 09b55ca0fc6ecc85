/** Summaries of repeated measurements. */

export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

/** Runs `measure` `runs` times, one after the other. */
export async function repeat(runs: number, measure: (run: number) => Promise<number> | number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measure(run));
  return samples;
}

/** Runs the app and its floor in turn, `runs` times each, so that both see the same machine. */
export async function alternate(runs: number, app: () => Promise<number>, floor: () => Promise<number>): Promise<{ value: Summary; floor: Summary }> {
  const samples = { app: [] as number[], floor: [] as number[] };
  for (let run = 0; run < runs; run++) {
    samples.app.push(await app());
    samples.floor.push(await floor());
  }
  return { value: summarise(samples.app), floor: summarise(samples.floor) };
}
