import type { ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n/en';
import type { Settings } from '@/lib/settings/settings';
import { TipsPanel } from '../tips/TipsPanel';
import { ExchangeView } from '../exchange/ExchangeView';
import { GoalsView } from '../goals/GoalsView';
import { MeetingView } from '../meeting/MeetingView';

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
  // issue 5: meeting prep, goals, exchange files
  { id: 'meeting', label: 'nav.meeting', render: () => <MeetingView /> },
  { id: 'goals', label: 'nav.goals', render: () => <GoalsView /> },
  { id: 'exchange', label: 'nav.exchange', render: () => <ExchangeView /> },
];
