import type { ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n/en';
import type { Role, Settings } from '@/lib/settings/settings';
import { TipsPanel } from '../tips/TipsPanel';
import { OnDemand } from '../ui/OnDemand';

// Views other than the first load on demand, keeping the panel's start-up small (OnDemand, not
// React.lazy: Suspense would hold each view back 300 ms on its first opening).
const loadNotesView = () => import('../notes/NotesView');
const loadReviewView = () => import('../review/ReviewView');
const loadMeetingView = () => import('../meeting/MeetingView');
const loadGoalsView = () => import('../goals/GoalsView');
const loadExchangeView = () => import('../exchange/ExchangeView');
// The authoring and settings views (forms, zod, pack import) load on demand too: the tips view opens fast.
const loadWriteTipView = () => import('../authoring/WriteTipView');
const loadMyTipsView = () => import('../authoring/MyTipsView');
const loadSettingsView = () => import('../settings/SettingsView');

const viewCode: Record<string, () => Promise<unknown>> = {
  notes: loadNotesView,
  review: loadReviewView,
  meeting: loadMeetingView,
  goals: loadGoalsView,
  exchange: loadExchangeView,
  write: loadWriteTipView,
  mytips: loadMyTipsView,
  settings: loadSettingsView,
};

/** Does the page open on the tips view (no view named, or `#tips`)? */
export function opensOnTips(hash: string): boolean {
  const id = hash.replace(/^#/, '').split('/')[0] ?? '';
  return id === '' || id === 'tips' || !(id in viewCode);
}

/** Starts loading the code of the view a page opens on (`#notes`), beside the page's other start-up work. */
export function preloadView(hash: string): void {
  const id = hash.replace(/^#/, '').split('/')[0] ?? '';
  void viewCode[id]?.().catch(() => undefined);
}

/** A top-level view of the side panel, reachable from its navigation and as `#<id>`. */
export interface PanelView {
  id: string;
  label: MessageKey;
  /** Whether this user sees the view (e.g. only mentors write tips). */
  isVisible?: (settings: Settings) => boolean;
  /**
   * The roles that use this view every day: it sits in the navigation bar. Everyone else finds
   * it one step away, under "More" (the bar must fit a 400 px panel in German too).
   */
  daily: readonly Role[];
  render: () => ReactNode;
}

const writesTips = (settings: Settings) => settings.role !== 'mentee';

/** The side panel's views in navigation order; the first is the default. */
export const panelViews: PanelView[] = [
  { id: 'tips', label: 'nav.tips', daily: ['mentee', 'mentor', 'both'], render: () => <TipsPanel /> },
  { id: 'write', label: 'nav.write', daily: ['mentor', 'both'], isVisible: writesTips, render: () => <OnDemand load={loadWriteTipView}>{(m) => <m.WriteTipView />}</OnDemand> },
  { id: 'notes', label: 'nav.notes', daily: ['mentee'], render: () => <OnDemand load={loadNotesView}>{(m) => <m.NotesView />}</OnDemand> },
  { id: 'meeting', label: 'nav.meeting', daily: ['mentee', 'mentor', 'both'], render: () => <OnDemand load={loadMeetingView}>{(m) => <m.MeetingView />}</OnDemand> },
  { id: 'mytips', label: 'nav.myTips', daily: [], isVisible: writesTips, render: () => <OnDemand load={loadMyTipsView}>{(m) => <m.MyTipsView />}</OnDemand> },
  { id: 'review', label: 'nav.review', daily: [], render: () => <OnDemand load={loadReviewView}>{(m) => <m.ReviewView />}</OnDemand> },
  { id: 'goals', label: 'nav.goals', daily: [], render: () => <OnDemand load={loadGoalsView}>{(m) => <m.GoalsView />}</OnDemand> },
  { id: 'exchange', label: 'nav.exchange', daily: [], render: () => <OnDemand load={loadExchangeView}>{(m) => <m.ExchangeView />}</OnDemand> },
  { id: 'settings', label: 'nav.settings', daily: [], render: () => <OnDemand load={loadSettingsView}>{(m) => <m.SettingsView />}</OnDemand> },
];
