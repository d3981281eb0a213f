import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/db';
import { messageOf } from '@/lib/errors/message-of';
import { REMOVABLE_SOURCES, removePack } from '@/lib/packs/import-pack';
import type { Pack } from '@/lib/schemas/pack';
import { useI18n } from '../ui/I18nProvider';
import { PackImport } from './PackImport';
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

  const remove = async (pack: Pack) => {
    setConfirming(null);
    try {
      const count = await removePack(getDb(), pack.id);
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
        <PackImport />
      </section>
    </StyleScope>
  );
}
