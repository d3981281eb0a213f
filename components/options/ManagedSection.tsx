import { useEffect, useId, useState } from 'react';
import { loadManagedHosts } from '@/lib/hosts/host-store';
import { useI18n } from '../ui/I18nProvider';

/** What a programme coordinator preconfigured through enterprise policy, if anything. */
export function ManagedSection() {
  const { t } = useI18n();
  const id = useId();
  const [count, setCount] = useState<number>();
  useEffect(() => {
    void loadManagedHosts().then((hosts) => setCount(hosts.length));
  }, []);
  if (count === undefined) return null;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.managed.heading')}</h2>
      <p>{count === 0 ? t('options.managed.none') : t('options.managed.hosts', { count })}</p>
    </section>
  );
}
