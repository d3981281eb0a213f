import type { ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n/en';
import type { Settings } from '@/lib/settings/settings';
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

/** A top-level view of the side panel, reachable from its navigation and as `#<id>`. */
export interface PanelView {
  id: string;
  label: MessageKey;
  /** Whether this user sees the view (e.g. only mentors write tips). */
  isVisible?: (settings: Settings) => boolean;
  render: () => ReactNode;
}

/** The side panel's views in navigation order; the first is the default. */
export const panelViews: PanelView[] = [
  { id: 'tips', label: 'nav.tips', render: () => <TipsPanel /> },
  { id: 'notes', label: 'nav.notes', render: () => <OnDemand load={loadNotesView}>{(m) => <m.NotesView />}</OnDemand> },
  { id: 'review', label: 'nav.review', render: () => <OnDemand load={loadReviewView}>{(m) => <m.ReviewView />}</OnDemand> },
  { id: 'meeting', label: 'nav.meeting', render: () => <OnDemand load={loadMeetingView}>{(m) => <m.MeetingView />}</OnDemand> },
  { id: 'goals', label: 'nav.goals', render: () => <OnDemand load={loadGoalsView}>{(m) => <m.GoalsView />}</OnDemand> },
  { id: 'exchange', label: 'nav.exchange', render: () => <OnDemand load={loadExchangeView}>{(m) => <m.ExchangeView />}</OnDemand> },
];

// Mentors write tips; everyone has settings.
const writesTips = (settings: Settings) => settings.role !== 'mentee';
panelViews.push(
  { id: 'write', label: 'nav.write', isVisible: writesTips, render: () => <OnDemand load={loadWriteTipView}>{(m) => <m.WriteTipView />}</OnDemand> },
  { id: 'mytips', label: 'nav.myTips', isVisible: writesTips, render: () => <OnDemand load={loadMyTipsView}>{(m) => <m.MyTipsView />}</OnDemand> },
  { id: 'settings', label: 'nav.settings', render: () => <OnDemand load={loadSettingsView}>{(m) => <m.SettingsView />}</OnDemand> },
);
