/**
 * A read the page starts before React's first render (from its entry), so the panel's start-up
 * reads run side by side instead of one after another as each component mounts; the component
 * that needs it takes the started read over once, and any later mount reads afresh.
 */
export function earlyRead<T>(read: () => Promise<T>): { start: () => Promise<T>; take: () => Promise<T> } {
  let early: Promise<T> | undefined;
  return {
    start: () => {
      early ??= read();
      // Failures surface where the read is taken.
      early.catch(() => undefined);
      return early;
    },
    take: () => {
      const started = early ?? read();
      early = undefined;
      return started;
    },
  };
}
