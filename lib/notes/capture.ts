import type { DetectedContext } from '../contexts/types';
import { noteSchema, type Note } from '../schemas/note';

/** The longest quote kept from a selection. */
export const QUOTE_MAX = 2_000;

/** What the context menu on selected text saves: a question for the mentor, or a note. */
export type CaptureKind = 'question' | 'note';

/** Selected text tidied for a quote: whitespace collapsed, cut at QUOTE_MAX with an ellipsis. */
export function tidyQuote(selection: string): string {
  const text = selection.replace(/\s+/g, ' ').trim();
  return text.length <= QUOTE_MAX ? text : `${text.slice(0, QUOTE_MAX - 1)}…`;
}

/**
 * The note for text selected in a tool page: the quote with the page's URL, title and detected
 * context; private, finished (not a draft). Null when the selection is empty.
 */
export function noteFromSelection(
  capture: { kind: CaptureKind; selection: string; url?: string; title?: string; detected: DetectedContext | null },
  now: number,
  id: string = crypto.randomUUID(),
): Note | null {
  const quote = tidyQuote(capture.selection);
  if (quote === '') return null;
  const detected = capture.detected;
  return noteSchema.parse({
    id,
    kind: capture.kind,
    body: '',
    quote,
    ...(detected ? { tool: detected.tool } : {}),
    ...(detected?.contexts[0] ? { context: detected.contexts[0] } : {}),
    ...(capture.url && /^https?:/.test(capture.url) ? { url: capture.url.slice(0, 2_000) } : {}),
    ...(capture.title ? { pageTitle: capture.title.slice(0, 300) } : {}),
    tags: [],
    visibility: 'private',
    forMeeting: capture.kind === 'question',
    createdAt: now,
    updatedAt: now,
  });
}
