import { useEffect, useState } from 'react';

const read = () => location.hash.replace(/^#/, '').split('/').slice(1).join('/');

/** The part of the URL hash after the view id (`#meeting/setup` → `setup`), live. */
export function useSubRoute(): string {
  const [sub, setSub] = useState(read);
  useEffect(() => {
    const onHash = () => setSub(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return sub;
}
