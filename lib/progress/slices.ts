/** What long work is doing: reading a file, checking its records, comparing them with the database, writing; or sync sending local changes. */
export type Phase = 'read' | 'check' | 'compare' | 'write' | 'send';

/** How far a long piece of work is: its phase, and how many of how many items are done (0 of 0 while not counted). */
export interface Progress {
  phase: Phase;
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

/** The one optional argument every long import takes: where to report how far it is, and a way to stop it before it writes. */
export interface LongWork {
  onProgress?: OnProgress;
  signal?: AbortSignal;
}

/** Work this long between yields leaves the rest of a frame for the panel's own input and paint. */
export const SLICE_MS = 8;

/**
 * Gives the event loop a turn with a message to ourselves, queued behind the tasks already
 * waiting: React's render of the new count (React schedules its work the same way) and the
 * person's click on Cancel. Not `scheduler.yield()`: its continuation jumps that queue, so the
 * bar would not move until the end. Not `setTimeout(0)`: nested timeouts wait at least 4 ms.
 */
export function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Throws an AbortError once the person has cancelled (always that error, whatever reason the signal carries). */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
}

/** Is this the error a cancelled piece of work ends with (not a failure to report)? */
export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Reports an uncounted phase (reading, comparing, writing) and stops here if the person has cancelled. */
export function enterPhase(work: LongWork | undefined, phase: Phase): void {
  throwIfCancelled(work?.signal);
  work?.onProgress?.({ phase, done: 0, total: 0 });
}

/** A counter for records checked one at a time, possibly over several loops (the tables of a file). */
export interface Slices {
  /** One more item done: every few milliseconds reports the count, yields to the browser and stops on a cancel. */
  step(): Promise<void>;
  /** All items done: reports the total. */
  finish(): void;
}

/**
 * Starts counting `total` items of checking work. `await slices.step()` after each item keeps the
 * panel answering clicks (Cancel among them) and painting its progress bar while 10,000 records
 * are checked; a cancel ends the work at the next step with an AbortError.
 */
export function startSlices(total: number, work: LongWork = {}, phase: Phase = 'check'): Slices {
  const { onProgress, signal } = work;
  throwIfCancelled(signal);
  onProgress?.({ phase, done: 0, total });
  let done = 0;
  let sliceStart = performance.now();
  return {
    async step() {
      done++;
      if (performance.now() - sliceStart < SLICE_MS) return;
      onProgress?.({ phase, done, total });
      await yieldToBrowser();
      throwIfCancelled(signal);
      sliceStart = performance.now();
    },
    finish() {
      throwIfCancelled(signal);
      onProgress?.({ phase, done: total, total });
    },
  };
}

/** Maps `items` with `work` a slice at a time (see `startSlices`), in order. */
export async function mapInSlices<T, R>(items: readonly T[], work: (item: T, index: number) => R, options: LongWork & { phase?: Phase } = {}): Promise<R[]> {
  const slices = startSlices(items.length, options, options.phase);
  const results: R[] = [];
  for (let i = 0; i < items.length; i++) {
    results.push(work(items[i] as T, i));
    await slices.step();
  }
  slices.finish();
  return results;
}
