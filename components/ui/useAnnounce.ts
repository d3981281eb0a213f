import { useCallback, useState } from 'react';

/** A message for an aria-live region: confirmations a screen reader should hear. */
export function useAnnounce(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // Clearing first makes a repeated message be read again.
    setMessage('');
    requestAnimationFrame(() => setMessage(next));
  }, []);
  return [message, announce];
}
