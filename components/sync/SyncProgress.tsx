import { useState } from 'react';
import type { SyncStatus } from '@/lib/sync/config';
import { ProgressBar } from '../ui/ProgressBar';

/**
 * Sync's own long work (the first sync sends every shared record) as a bar, counted from what the
 * background already reports: the most changes seen waiting since it started syncing is the total,
 * and each one that left the queue is done. Runs in the background, so there is nothing to cancel.
 */
export function SyncProgress({ status }: { status: SyncStatus }) {
  const syncing = status.state === 'syncing' || status.state === 'connecting';
  const [most, setMost] = useState(0);
  // A new round of sending starts counting afresh; new edits while sending raise the total.
  const total = syncing ? Math.max(most, status.waiting) : 0;
  if (total !== most) setMost(total);
  if (total === 0) return null;
  return <ProgressBar progress={{ phase: 'send', done: total - status.waiting, total }} />;
}
