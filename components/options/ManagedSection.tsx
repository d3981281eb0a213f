import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadManagedHosts } from '@/lib/hosts/host-store';
import { MANAGED_PACK_KEYS, managedPackFrom, managedPackName } from '@/lib/packs/managed-pack';
import { rulesInUse } from '@/lib/rules/install';
import type { BuiltinToolId } from '@/lib/contexts/types';
import { useI18n } from '../ui/I18nProvider';

/** What a programme coordinator preconfigured through enterprise policy, if anything. */
export function ManagedSection() {
  const { t } = useI18n();
  const id = useId();
  const [count, setCount] = useState<number>();
  const [packName, setPackName] = useState<string>();
  // Tools whose page rules the programme updated (and to which version): detection follows those.
  const [rules, setRules] = useState<{ tool: BuiltinToolId; version: number }[]>([]);
  useEffect(() => {
    void loadManagedHosts().then((hosts) => setCount(hosts.length));
    void browser.storage.managed
      .get([...MANAGED_PACK_KEYS])
      .then((policy) => setPackName(managedPackName(managedPackFrom(policy))))
      // No policy storage (Firefox without a managed manifest): there is simply no programme pack.
      .catch(() => undefined);
    void rulesInUse().then((inUse) =>
      setRules(
        Object.entries(inUse)
          .filter(([, r]) => r.source === 'policy')
          .map(([tool, r]) => ({ tool: tool as BuiltinToolId, version: r.version })),
      ),
    );
  }, []);
  if (count === undefined) return null;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.managed.heading')}</h2>
      {count === 0 && !packName && rules.length === 0 && <p>{t('options.managed.none')}</p>}
      {count > 0 && <p>{t('options.managed.hosts', { count })}</p>}
      {packName && <p>{t('options.managed.pack', { name: packName })}</p>}
      {rules.map((r) => (
        <p key={r.tool}>{t('options.managed.rules', { tool: t(`tool.${r.tool}`), version: r.version })}</p>
      ))}
    </section>
  );
}
