import { useEffect, useRef } from 'react';
import { onReset } from '@/lib/db/reset-signal';

/** Runs `onReset` when all data was replaced or deleted (a restore or "Delete all" in any window). */
export function useOnReset(onResetNow: () => void): void {
  const ref = useRef(onResetNow);
  useEffect(() => {
    ref.current = onResetNow;
  });
  useEffect(() => onReset(() => ref.current()), []);
}
