import { useEffect, useState } from 'react';
import { blankDraft, draftOf, tipDrafts } from '@/lib/authoring/draft';
import { loadDraft } from '@/lib/drafts/drafts';
import { LOCAL_PACK_ID } from '@/lib/packs/pack-ids';
import { getDb } from '@/lib/db/db';
import { NEW_DRAFT_ID, type TipDraft } from '@/lib/schemas/draft';
import { useFollowedTab } from '../shell/FollowedTab';
import { useI18n } from '../ui/I18nProvider';
import { useOnReset } from '../ui/useOnReset';
import { TipEditor } from './TipEditor';

/** `#write` writes a new tip, `#write/<id>` edits one of mine. */
function draftIdFromHash(): string {
  const id = location.hash.replace(/^#/, '').split('/')[1];
  return id ? decodeURIComponent(id) : NEW_DRAFT_ID;
}

type Loaded = { id: string; generation: number } & ({ draft: TipDraft; stored: boolean } | { missing: true });

/**
 * The "Write a tip" view: resumes the autosaved draft, or starts one prefilled with the tool and
 * page the mentor is on (following the tab until the first keystroke).
 */
export function WriteTipView() {
  const { t, lang } = useI18n();
  const active = useFollowedTab();
  const [id, setId] = useState(draftIdFromHash);
  const [loaded, setLoaded] = useState<Loaded>();
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState('');

  // Everything was restored or deleted: start again from what is stored now.
  useOnReset(() => setGeneration((g) => g + 1));

  useEffect(() => {
    const onHash = () => setId(draftIdFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const db = getDb();
      const stored = await loadDraft(db, tipDrafts, id);
      if (stored) return alive && setLoaded({ id, generation, draft: stored, stored: true });
      if (id === NEW_DRAFT_ID) return alive && setLoaded({ id, generation, draft: blankDraft(null, lang), stored: false });
      const tip = await db.tips.get(id);
      if (!alive) return;
      setLoaded(tip && tip.packId === LOCAL_PACK_ID && tip.deletedAt === undefined ? { id, generation, draft: draftOf(tip), stored: true } : { id, generation, missing: true });
    })();
    return () => {
      alive = false;
    };
    // The language only matters for a fresh draft; switching it must not reload the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, generation]);

  if (active === undefined || loaded === undefined || loaded.id !== id || loaded.generation !== generation) {
    return (
      <p className="muted" role="status">
        {t('panel.loading')}
      </p>
    );
  }
  if ('missing' in loaded) {
    return (
      <p className="alert" role="alert">
        {t('editor.notFound')}
      </p>
    );
  }
  const draft = loaded.stored ? loaded.draft : blankDraft(active.detected, lang, loaded.draft.updatedAt);

  const startOver = (text: string) => {
    setMessage(text);
    if (id !== NEW_DRAFT_ID) location.hash = '#write';
    setGeneration((g) => g + 1);
  };

  return (
    <>
      <p className="status-message" role="status" aria-live="polite" data-testid="editor-status">
        {message}
      </p>
      <TipEditor key={`${generation}|${id}`} initial={draft} follow={loaded.stored ? undefined : active.detected} onSaved={(title) => startOver(t('editor.saved', { title }))} onDiscarded={() => startOver(t('editor.discarded'))} />
    </>
  );
}
