import type { Lang } from '../schemas/common';
import type { Goal } from '../schemas/goal';
import type { Note } from '../schemas/note';
import type { Progress } from '../schemas/progress';
import type { AgendaDoc, PartnerProgress } from '../schemas/tandem';
import type { Tip } from '../schemas/tip';
import { isListed } from '../notes/notes';
import { localizeTip } from '../tips/localize';

export type AgendaSource = 'question' | 'note' | 'tip' | 'goal' | 'custom';

/** One point of the agenda. `key` is stable across both partners' computers. */
export interface AgendaItem {
  key: string;
  source: AgendaSource;
  title: string;
  minutes: number;
  /** The note, tip or goal the point is about. */
  refId?: string;
}

/** A tip tried or mastered in the window, by me or by my partner. */
export interface TipActivity {
  tipId: string;
  title: string;
  status: 'tried' | 'mastered';
  by: 'me' | 'partner';
  at: number;
}

/** What happened since the last meeting. */
export interface WindowContents {
  openQuestions: Note[];
  flagged: Note[];
  tips: TipActivity[];
  goals: Goal[];
  /** Conflict copies that still need a look, with the note they belong to. */
  conflicts: { copy: Note; original: Note | undefined }[];
}

export interface WindowInput {
  notes: readonly Note[];
  goals: readonly Goal[];
  tips: ReadonlyMap<string, Tip>;
  progress: readonly Progress[];
  partnerProgress: readonly PartnerProgress[];
  windowStart: number;
  lang: Lang;
}

const live = <T extends { deletedAt?: number }>(r: T) => r.deletedAt === undefined;

/** Collects the window since the last meeting: open questions, flagged notes, tips tried, goals. */
export function windowContents(input: WindowInput): WindowContents {
  const notes = input.notes.filter(isListed);
  const byTime = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
  const tipTitle = (tipId: string, fallback: string) => {
    const tip = input.tips.get(tipId);
    return tip ? localizeTip(tip, input.lang).title : fallback;
  };
  const tips: TipActivity[] = [];
  for (const p of input.progress) {
    if ((p.status === 'tried' || p.status === 'mastered') && p.updatedAt >= input.windowStart) {
      tips.push({ tipId: p.tipId, title: tipTitle(p.tipId, p.tipId), status: p.status, by: 'me', at: p.updatedAt });
    }
  }
  for (const p of input.partnerProgress) {
    if (p.updatedAt >= input.windowStart) tips.push({ tipId: p.tipId, title: tipTitle(p.tipId, p.title), status: p.status, by: 'partner', at: p.updatedAt });
  }
  tips.sort((a, b) => a.at - b.at || (a.tipId < b.tipId ? -1 : 1));
  return {
    openQuestions: notes.filter((n) => n.kind === 'question' && n.resolvedAt === undefined && !n.conflictOf).sort(byTime),
    flagged: notes
      .filter((n) => n.forMeeting && n.kind !== 'question' && !n.conflictOf && Math.max(n.createdAt, n.updatedAt) >= input.windowStart)
      .sort(byTime),
    tips,
    goals: input.goals.filter((g) => live(g) && g.status === 'active').sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
    // A second version of a private note is never shown beside it (nor can it be kept into it).
    conflicts: notes
      .filter((n) => n.conflictOf !== undefined)
      .sort(byTime)
      .map((copy) => ({ copy, original: notes.find((n) => n.id === copy.conflictOf) }))
      .filter(({ original }) => original?.visibility !== 'private'),
  };
}

/** Minutes a suggested point gets until the pair changes it. */
export const DEFAULT_MINUTES: Record<Exclude<AgendaSource, 'custom'>, number> = { question: 5, note: 3, tip: 5, goal: 3 };

const firstLine = (text: string) => {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
};

/**
 * The suggested agenda: shared open questions, shared notes flagged for the meeting, tips tried
 * (mastered ones briefly), then goals. Private notes never appear on it: the agenda is what both
 * partners see.
 */
export function suggestAgenda(w: WindowContents): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const n of w.openQuestions) {
    if (n.visibility === 'shared') items.push({ key: `q:${n.id}`, source: 'question', title: firstLine(n.body), minutes: DEFAULT_MINUTES.question, refId: n.id });
  }
  for (const n of w.flagged) {
    if (n.visibility === 'shared') items.push({ key: `n:${n.id}`, source: 'note', title: firstLine(n.body), minutes: DEFAULT_MINUTES.note, refId: n.id });
  }
  const best = new Map<string, TipActivity>();
  for (const t of w.tips) {
    const seen = best.get(t.tipId);
    if (!seen || (seen.status === 'tried' && t.status === 'mastered')) best.set(t.tipId, t);
  }
  for (const t of [...best.values()].sort((a, b) => (a.tipId < b.tipId ? -1 : 1))) {
    items.push({ key: `t:${t.tipId}`, source: 'tip', title: t.title, minutes: t.status === 'mastered' ? 2 : DEFAULT_MINUTES.tip, refId: t.tipId });
  }
  for (const g of w.goals) items.push({ key: `g:${g.id}`, source: 'goal', title: g.title, minutes: DEFAULT_MINUTES.goal, refId: g.id });
  return items;
}

/** The agenda after the pair's edits: points removed, minutes changed, own points added, reordered. */
export function applyAgendaEdits(suggested: readonly AgendaItem[], doc: AgendaDoc | undefined): AgendaItem[] {
  if (!doc || doc.deletedAt !== undefined) return [...suggested];
  const removed = new Set(doc.removed);
  const custom: AgendaItem[] = doc.custom.map((c) => ({ key: c.key, source: 'custom', title: c.title, minutes: c.minutes }));
  const items = [...suggested, ...custom]
    .filter((i) => !removed.has(i.key))
    .map((i) => (doc.minutes[i.key] === undefined ? i : { ...i, minutes: doc.minutes[i.key]! }));
  const position = new Map(doc.order.map((key, i) => [key, i]));
  const natural = new Map(items.map((item, i) => [item.key, i]));
  // Ordered points first in their order; new suggestions after them, in suggestion order.
  return items.sort((a, b) => {
    const pa = position.get(a.key) ?? Infinity;
    const pb = position.get(b.key) ?? Infinity;
    return pa !== pb ? pa - pb : natural.get(a.key)! - natural.get(b.key)!;
  });
}

/** Total minutes of an agenda. */
export function agendaMinutes(items: readonly AgendaItem[]): number {
  return items.reduce((sum, i) => sum + i.minutes, 0);
}

/** The agenda keys after moving one point up (-1) or down (+1); unchanged at either end. */
export function moveAgendaItem(items: readonly AgendaItem[], key: string, delta: -1 | 1): string[] {
  const keys = items.map((i) => i.key);
  const from = keys.indexOf(key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= keys.length) return keys;
  [keys[from], keys[to]] = [keys[to]!, keys[from]!];
  return keys;
}
