import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DetectedContext } from '../contexts/types';
import type { StepChange } from '../page/highlight';
import type { ElementLocator } from '../page/locator/types';
import type { RecordedStep } from '../page/recorder';

/** What one frame reports about itself. */
export interface ContextReport {
  detected: DetectedContext | null;
  url: string;
  title: string;
}

/** What the side panel needs to know about the tab it follows. */
export interface ActiveContext {
  windowId: number;
  tabId: number | null;
  detected: DetectedContext | null;
  url: string | null;
  title: string | null;
}

/**
 * Every message of the extension, grouped by direction. Data from pages is untrusted: the
 * background validates it with `validate.ts` (kept apart so page code stays free of zod).
 */
export interface ProtocolMap {
  // page (content script) → background
  /** A frame's detected context or URL changed; `detected: null` means "not in a tool". */
  contextDetected(report: ContextReport): void;
  /** A frame is being unloaded or hidden; forget what it reported. */
  frameUnloaded(): void;

  // extension pages → background
  /** The context of the tab a side panel in this window follows (excluding the panel's own tab). */
  getActiveContext(query: { windowId: number; excludeTabId?: number }): ActiveContext;
  /** Tips or progress changed: recount the badges. */
  tipsChanged(): void;

  // background → extension pages
  /** A tab's merged context changed. */
  tabContextChanged(active: ActiveContext): void;
  /** A window's active tab changed; carries the new active tab's context. */
  activeTabChanged(active: ActiveContext): void;

  // ── the element picker, injected on demand (page → the side panel that started it) ──
  /** The mentor clicked (or pressed Enter on) an element: how to find it again. Validated on arrival. */
  elementPicked(picked: { locator: ElementLocator }): void;
  /** The mentor pressed Esc or left the page: picking is over without an element. */
  pickCancelled(): void;

  // ── recording a tip's steps, injected on demand (page → the side panel that started it) ──
  /** The mentor clicked, chose, typed in or pressed Enter in a control: one step (never what was typed). Validated on arrival. */
  stepRecorded(step: RecordedStep): void;
  /** The mentor pressed Esc on the page: recording is over. */
  recordingEnded(): void;

  // ── "show me", injected on demand (page → the side panel that asked for it) ──
  /** The person moved through a tip's steps on the page, or closed the highlight. Validated on arrival. */
  showStepChanged(change: StepChange): void;

  // ── notes ──
  // background → extension pages
  /** Selected text was saved from the context menu (the note is already in the database). */
  noteCaptured(capture: { kind: 'question' | 'note'; quote: string }): void;
  // ── meeting reminders: extension pages → background ──
  /** The meeting date, the agreement or the agenda changed (also after an import): recompute the reminder alarms. */
  meetingChanged(): void;

  // ── tandem sync: extension pages → background ──
  /** Sync was turned on or off, or a panel is open and wants sync running (also keeps the worker awake). */
  syncKick(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
