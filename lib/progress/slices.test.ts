import { describe, expect, it } from 'vitest';
import { enterPhase, isCancelled, mapInSlices, startSlices, type Progress } from './slices';

/** A record that takes `ms` to check. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // checking
  }
};

describe('mapInSlices', () => {
  it('maps every item in order and reports the start and the end', async () => {
    const seen: Progress[] = [];
    const out = await mapInSlices([1, 2, 3], (n, i) => n * 10 + i, { onProgress: (p) => seen.push(p) });
    expect(out).toEqual([10, 21, 32]);
    expect(seen[0]).toEqual({ phase: 'check', done: 0, total: 3 });
    expect(seen.at(-1)).toEqual({ phase: 'check', done: 3, total: 3 });
  });

  it('yields during long work, so a cancel made meanwhile stops it before the end', async () => {
    const controller = new AbortController();
    const items = Array.from({ length: 200 }, (_, i) => i);
    let worked = 0;
    setTimeout(() => controller.abort(), 0);
    const run = mapInSlices(
      items,
      () => {
        worked++;
        busy(1);
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toSatisfy(isCancelled);
    expect(worked).toBeGreaterThan(0);
    expect(worked).toBeLessThan(items.length);
  });

  it('lets timers run between slices (the panel stays responsive)', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await mapInSlices(Array.from({ length: 60 }, (_, i) => i), () => busy(1));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(2);
  });

  it('reports counts that only grow, ending at the total', async () => {
    const dones: number[] = [];
    await mapInSlices(Array.from({ length: 100 }, (_, i) => i), () => busy(0.5), { onProgress: (p) => dones.push(p.done) });
    expect(dones.length).toBeGreaterThan(2);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
    expect(dones.at(-1)).toBe(100);
  });

  it('refuses to start once cancelled, whatever reason the cancel gave', async () => {
    const controller = new AbortController();
    controller.abort(new Error('closed the panel'));
    let worked = 0;
    await expect(mapInSlices([1], () => worked++, { signal: controller.signal })).rejects.toSatisfy(isCancelled);
    expect(worked).toBe(0);
  });
});

describe('startSlices', () => {
  it('counts across several loops (the tables of one file) as one total', async () => {
    const seen: Progress[] = [];
    const slices = startSlices(6, { onProgress: (p) => seen.push(p) });
    for (const table of [2, 4]) {
      for (let row = 0; row < table; row++) {
        busy(5);
        await slices.step();
      }
    }
    slices.finish();
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toEqual({ phase: 'check', done: 6, total: 6 });
  });

  it('a cancel between the last slice and the end still stops the work', async () => {
    const controller = new AbortController();
    const slices = startSlices(1, { signal: controller.signal });
    await slices.step();
    controller.abort();
    expect(() => slices.finish()).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
});

describe('enterPhase', () => {
  it('reports an uncounted phase, and stops when cancelled', () => {
    const seen: Progress[] = [];
    enterPhase({ onProgress: (p) => seen.push(p) }, 'compare');
    expect(seen).toEqual([{ phase: 'compare', done: 0, total: 0 }]);
    const controller = new AbortController();
    controller.abort();
    expect(() => enterPhase({ signal: controller.signal }, 'compare')).toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(enterPhase(undefined, 'read')).toBeUndefined();
  });
});
