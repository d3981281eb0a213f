import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { messageOf } from '@/lib/errors/message-of';
import { REMOVABLE_SOURCES, removePack } from '@/lib/packs/import-pack';
import type { Pack } from '@/lib/schemas/pack';
import { useI18n } from '../ui/I18nProvider';
import { PackImport } from './PackImport';
import { TaughtToolAccess } from '../teach/TaughtToolAccess';
import { originOf } from '@/lib/hosts/custom-hosts';
import { hostsOf } from '@/lib/tools/custom-tool';
import { taughtToolsOfPack } from '@/lib/tools/pack-tools';
import '../ui/forms.css';
import { StyleScope } from '../ui/StyleScope';

async function loadPacks(): Promise<{ pack: Pack; count: number }[]> {
  const db = getDb();
  const packs = await db.packs.toArray();
  const order: Record<Pack['source'], number> = { builtin: 0, policy: 1, local: 2, partner: 3, imported: 4 };
  const rows = await Promise.all(
    packs.map(async (pack) => ({ pack, count: await db.tips.where('packId').equals(pack.id).filter((t) => t.deletedAt === undefined).count() })),
  );
  return rows.sort((a, b) => order[a.pack.source] - order[b.pack.source] || a.pack.name.localeCompare(b.pack.name));
}

/** The installed tip packs; imported ones can be removed (their tips go, notes and progress stay). */
export function PacksSection() {
  const { t } = useI18n();
  const packs = useLiveQuery(loadPacks, []);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // Sites the removed pack's tools were allowed on that nothing else here uses: offered back.
  const [giveBack, setGiveBack] = useState<string[]>([]);

  const remove = async (pack: Pack) => {
    setConfirming(null);
    try {
      const db = getDb();
      const allowed = (await taughtToolsOfPack(db, pack.id)).flatMap((tool) => tool.allowed);
      const count = await removePack(db, pack.id);
      const stillUsed = new Set((await db.tools.toArray()).flatMap(hostsOf));
      setGiveBack([...new Set(allowed)].filter((host) => !stillUsed.has(host)));
      setMessage(t('packs.removed', { name: pack.name, count }));
    } catch (error) {
      setMessage(t('error.generic', { message: messageOf(error) }));
    }
  };

  return (
    <StyleScope name="forms">
      <section className="section" aria-labelledby="packs-heading">
        <h2 id="packs-heading">{t('packs.heading')}</h2>
        <ul className="list" data-testid="packs">
          {packs?.map(({ pack, count }) => (
            <li key={pack.id} className="card" data-pack-id={pack.id}>
              <div className="list-title">{pack.name}</div>
              <div className="meta">
                {t(`packs.source.${pack.source}`)} · {t('packs.tipCount', { count })}
                {pack.author && ` · ${t('packs.by', { author: pack.author })}`}
              </div>
              {pack.source === 'imported' && <TaughtToolAccess packId={pack.id} />}
              {REMOVABLE_SOURCES.includes(pack.source) &&
                (confirming === pack.id ? (
                  <div className="actions" role="group" aria-label={t('packs.confirmRemove', { name: pack.name })} style={{ marginTop: 8 }}>
                    <p style={{ margin: 0, flexBasis: '100%' }}>{t('packs.confirmRemove', { name: pack.name })}</p>
                    <button type="button" className="danger" onClick={() => void remove(pack)}>
                      {t('packs.confirm')}
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirming(null)} autoFocus>
                      {t('packs.cancel')}
                    </button>
                  </div>
                ) : (
                  <div className="actions" style={{ marginTop: 8 }}>
                    <button type="button" className="link-button" aria-label={t('packs.removeLabel', { name: pack.name })} onClick={() => setConfirming(pack.id)}>
                      {t('packs.remove')}
                    </button>
                  </div>
                ))}
            </li>
          ))}
        </ul>
        <p className="status-message" role="status" aria-live="polite">
          {message}
        </p>
        {giveBack.length > 0 && (
          <div className="card actions" role="group" aria-label={t('packs.tools.giveBack', { hosts: giveBack.join(', ') })} data-testid="give-back">
            <p style={{ margin: 0, flexBasis: '100%' }}>{t('packs.tools.giveBack', { hosts: giveBack.join(', ') })}</p>
            <button
              type="button"
              className="primary"
              onClick={() => {
                const hosts = giveBack.join(', ');
                setGiveBack([]);
                // A site the browser must keep (granted by policy or at install) stays granted: say so.
                void browser.permissions.remove({ origins: giveBack.map(originOf) }).then(
                  (removed) => setMessage(t(removed ? 'packs.tools.givenBack' : 'packs.tools.kept', { hosts })),
                  () => setMessage(t('packs.tools.kept', { hosts })),
                );
              }}
            >
              {t('packs.tools.giveBack.yes')}
            </button>
            <button type="button" className="secondary" onClick={() => setGiveBack([])}>
              {t('packs.tools.giveBack.no')}
            </button>
          </div>
        )}
        <PackImport />
      </section>
    </StyleScope>
  );
}
