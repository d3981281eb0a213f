import { lazy, Suspense, type ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n/en';
import type { Settings } from '@/lib/settings/settings';
import { TipsPanel } from '../tips/TipsPanel';

// Views other than the first load on demand, keeping the panel's start-up small.
const NotesView = lazy(() => import('../notes/NotesView').then((m) => ({ default: m.NotesView })));
const ReviewView = lazy(() => import('../review/ReviewView').then((m) => ({ default: m.ReviewView })));
const MeetingView = lazy(() => import('../meeting/MeetingView').then((m) => ({ default: m.MeetingView })));
const GoalsView = lazy(() => import('../goals/GoalsView').then((m) => ({ default: m.GoalsView })));
const ExchangeView = lazy(() => import('../exchange/ExchangeView').then((m) => ({ default: m.ExchangeView })));
// issue 7: the authoring and settings views (forms, zod, pack import) load on demand as well.
const WriteTipView = lazy(() => import('../authoring/WriteTipView').then((m) => ({ default: m.WriteTipView })));
const MyTipsView = lazy(() => import('../authoring/MyTipsView').then((m) => ({ default: m.MyTipsView })));
const SettingsView = lazy(() => import('../settings/SettingsView').then((m) => ({ default: m.SettingsView })));

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
  // ── issue 4: notes and the review queue ──
  { id: 'notes', label: 'nav.notes', render: () => <Suspense>{<NotesView />}</Suspense> },
  { id: 'review', label: 'nav.review', render: () => <Suspense>{<ReviewView />}</Suspense> },
  // ── issue 5: meeting prep, goals, exchange files ──
  { id: 'meeting', label: 'nav.meeting', render: () => <Suspense>{<MeetingView />}</Suspense> },
  { id: 'goals', label: 'nav.goals', render: () => <Suspense>{<GoalsView />}</Suspense> },
  { id: 'exchange', label: 'nav.exchange', render: () => <Suspense>{<ExchangeView />}</Suspense> },
];

// ── issue 3: mentors write tips; everyone has settings ──
const writesTips = (settings: Settings) => settings.role !== 'mentee';
panelViews.push(
  { id: 'write', label: 'nav.write', isVisible: writesTips, render: () => <Suspense>{<WriteTipView />}</Suspense> },
  { id: 'mytips', label: 'nav.myTips', isVisible: writesTips, render: () => <Suspense>{<MyTipsView />}</Suspense> },
  { id: 'settings', label: 'nav.settings', render: () => <Suspense>{<SettingsView />}</Suspense> },
);
