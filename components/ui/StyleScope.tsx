import type { ReactNode } from 'react';

/** The style sheets nested under a scope class (each sheet says which one). */
export type StyleScopeName = 'forms' | 'notes' | 'review' | 'tandem' | 'data' | 'welcome' | 'why';

/**
 * The part of the page a feature's style sheet applies to. Sheets loaded with a view nest every
 * rule under `.scope-<name>`, so once loaded they cannot restyle the views that did not ask for
 * them (the notes' red "Delete" link turned into a red block once the forms' `.danger` arrived).
 * The wrapper has no box (`display: contents`), so it changes no layout.
 */
export function StyleScope({ name, children }: { name: StyleScopeName | StyleScopeName[]; children: ReactNode }) {
  const names = Array.isArray(name) ? name : [name];
  return <div className={['scope', ...names.map((n) => `scope-${n}`)].join(' ')}>{children}</div>;
}
