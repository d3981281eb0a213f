import MiniSearch from 'minisearch';
import type { ToolId } from '../contexts/types';
import type { Note, NoteKind } from '../schemas/note';
import { isListed } from './notes';

/** The all-notes view's filters; an unset filter lets everything through. */
export interface NoteFilters {
  kind?: NoteKind;
  tool?: ToolId;
  tag?: string;
  /** Questions not yet marked answered. */
  openQuestions?: boolean;
  /** Flagged "for the next meeting". */
  forMeeting?: boolean;
}

/** Lower case and without accents, so "uberschrift" finds "Überschrift" and "CAFÉ" finds "cafe". */
function normalize(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lets the page handle input and render between slices of work. */
function giveBack(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Does a note pass the filters? */
export function matchesFilters(note: Note, f: NoteFilters): boolean {
  if (f.kind && note.kind !== f.kind) return false;
  if (f.tool && note.tool !== f.tool) return false;
  if (f.tag && !note.tags.includes(f.tag)) return false;
  if (f.openQuestions && (note.kind !== 'question' || note.resolvedAt !== undefined)) return false;
  if (f.forMeeting && !note.forMeeting) return false;
  return true;
}

/**
 * A full-text index of the listed notes (MiniSearch): body, quote, page title and tags, prefix
 * and typo-tolerant matching, accents ignored. Kept up to date incrementally with `sync`, so a
 * changed note costs one re-index, not a rebuild.
 */
export class NoteSearch {
  private readonly index = new MiniSearch<Note>({
    fields: ['body', 'quote', 'pageTitle', 'tags'],
    extractField: (note, field) => {
      const value = note[field as keyof Note];
      return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    },
    processTerm: (term) => normalize(term),
    // Typos are forgiven in words of four letters or more; shorter ones would match half the notes.
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 3 ? 0.2 : false), combineWith: 'AND', boost: { tags: 2, quote: 1.5 } },
  });
  private readonly notes = new Map<string, Note>();

  /** Brings the index in line with these notes: new ones added, changed ones replaced, gone ones removed. */
  sync(all: readonly Note[]): void {
    const start = performance.now();
    const seen = this.upsert(all);
    for (const id of [...this.notes.keys()]) {
      if (seen.has(id)) continue;
      this.index.discard(id);
      this.notes.delete(id);
    }
    performance.measure('tandem:notes-index', { start, detail: { size: this.notes.size } });
  }

  /**
   * `sync` in slices of `slice` notes, giving the page back between them (`pause`), so typing and
   * the first results stay responsive while thousands of notes are indexed. Returns false, with
   * the index partly updated (still correct for what it holds), when `stopped` says to stop;
   * the next complete run finishes it.
   */
  async syncInSlices(all: readonly Note[], options: { slice?: number; pause?: () => Promise<void>; stopped?: () => boolean } = {}): Promise<boolean> {
    const { slice = 500, pause = giveBack, stopped = () => false } = options;
    const start = performance.now();
    const seen = new Set<string>();
    for (let from = 0; from < all.length; from += slice) {
      for (const id of this.upsert(all.slice(from, from + slice))) seen.add(id);
      await pause();
      if (stopped()) return false;
    }
    for (const id of [...this.notes.keys()]) {
      if (seen.has(id)) continue;
      this.index.discard(id);
      this.notes.delete(id);
    }
    performance.measure('tandem:notes-index', { start, detail: { size: this.notes.size } });
    return true;
  }

  /**
   * Indexes some of the notes (the newest, read first) without removing any others, so search
   * can answer from them while the rest is still being read; `sync` with all notes completes it.
   */
  addSome(some: readonly Note[]): void {
    this.upsert(some);
  }

  /** Adds new and replaces changed listed notes; returns the ids of the listed ones. */
  private upsert(notes: readonly Note[]): Set<string> {
    const seen = new Set<string>();
    const added: Note[] = [];
    for (const note of notes) {
      if (!isListed(note)) continue;
      seen.add(note.id);
      const known = this.notes.get(note.id);
      if (known?.updatedAt === note.updatedAt) continue;
      if (known) this.index.replace(note);
      else added.push(note);
      this.notes.set(note.id, note);
    }
    if (added.length > 0) this.index.addAll(added);
    return seen;
  }

  /** How many notes are indexed. */
  get size(): number {
    return this.notes.size;
  }

  /**
   * Notes matching the query and filters: best matches first, or newest first without a query.
   * Returns at most `limit` notes and how many matched in all.
   */
  query(text: string, filters: NoteFilters = {}, limit = Infinity): { notes: Note[]; total: number } {
    const start = performance.now();
    const query = text.trim();
    let matches: Note[];
    if (query === '') {
      matches = [...this.notes.values()].filter((n) => matchesFilters(n, filters)).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
    } else {
      matches = this.index
        .search(query, { filter: (hit) => matchesFilters(this.notes.get(hit.id as string)!, filters) })
        .map((hit) => this.notes.get(hit.id as string)!);
    }
    // A User Timing entry (stays in the page): the scale benchmark separates search from rendering.
    performance.measure('tandem:notes-search', { start, detail: { query, total: matches.length } });
    return { notes: matches.slice(0, limit), total: matches.length };
  }

  /** Every tag in use, alphabetically (for the tag filter). */
  tags(): string[] {
    const tags = new Set<string>();
    for (const note of this.notes.values()) for (const tag of note.tags) tags.add(tag);
    return [...tags].sort((a, b) => a.localeCompare(b));
  }
}
