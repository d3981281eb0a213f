import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { CustomToolId } from '@/lib/contexts/types';
import { getDb } from '@/lib/db/db';
import { originOf } from '@/lib/hosts/custom-hosts';
import { hostsOf } from '@/lib/tools/custom-tool';
import { taughtToolsOfPack, tipsWaitingForAccess } from '@/lib/tools/pack-tools';
import { setAllowed } from '@/lib/tools/tool-store';
import { localizeTip } from '@/lib/tips/localize';
import { useI18n } from '../ui/I18nProvider';

/**
 * The tools a pack taught and, for each of their sites, whether the person allowed it: one
 * button per site asks the browser (its own prompt, inside the click). Tips for a tool allowed
 * nowhere are kept and counted as waiting.
 */
export function TaughtToolAccess({ packId }: { packId: string }) {
  const { t, lang } = useI18n();
  const [problem, setProblem] = useState('');
  const data = useLiveQuery(async () => {
    const db = getDb();
    return { tools: await taughtToolsOfPack(db, packId), waiting: await tipsWaitingForAccess(db, packId) };
  }, [packId]);
  if (!data || data.tools.length === 0) return null;

  const allow = (toolId: CustomToolId, host: string) => {
    setProblem('');
    void browser.permissions.request({ origins: [originOf(host)] }).then(
      async (granted) => {
        if (!granted) return setProblem(t('teach.error.denied', { host }));
        await setAllowed(getDb(), toolId, host, true);
      },
      (e: unknown) => setProblem(t('error.generic', { message: e instanceof Error ? e.message : String(e) })),
    );
  };

  return (
    <div className="taught-access" data-testid="taught-access">
      <p className="eyebrow">{t('packs.tools.heading')}</p>
      <ul className="counts">
        {data.tools.map((tool) => (
          <li key={tool.id} data-tool={tool.id}>
            <strong>{tool.rules.name}</strong>
            <ul>
              {hostsOf(tool).map((host) =>
                tool.allowed.includes(host) ? (
                  <li key={host} data-host={host} data-allowed="true">
                    ✓ {t('packs.tools.allowed', { host })}
                  </li>
                ) : (
                  <li key={host} data-host={host} data-allowed="false">
                    {t('packs.tools.notAllowed', { host })}{' '}
                    <button type="button" className="secondary" onClick={() => allow(tool.id as CustomToolId, host)}>
                      {t('packs.tools.allow', { host })}
                    </button>
                  </li>
                ),
              )}
            </ul>
          </li>
        ))}
      </ul>
      {data.waiting.length > 0 && (
        <details className="notice" data-testid="tips-waiting">
          <summary>{t('packs.tools.tipsWaiting', { count: data.waiting.length })}</summary>
          <ul>
            {data.waiting.map((tip) => {
              const text = localizeTip(tip, lang);
              return (
                <li key={tip.id} lang={text.lang}>
                  {text.title}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
