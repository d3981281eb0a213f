import type { TipDraft } from '@/lib/schemas/draft';
import { parseTags } from '@/lib/authoring/tip-form';
import { contextName, toolName } from '@/lib/i18n/names';
import type { ContextId } from '@/lib/contexts/types';
import { useI18n } from '../ui/I18nProvider';
import { Markdown } from '../ui/Markdown';
import { SourceLink } from '../tips/SourceLink';

/** The draft as the mentee will see it, rendered through the same safe Markdown. */
export function TipPreview({ draft }: { draft: TipDraft }) {
  const { t } = useI18n();
  const minutes = Number(draft.minutes);
  const steps = draft.steps.filter((s) => s.trim() !== '');
  return (
    <article className="card preview-card tip-detail" aria-labelledby="preview-title" lang={draft.lang} data-testid="tip-preview">
      <p className="eyebrow">{t('editor.preview')}</p>
      <h2 id="preview-title">{draft.title.trim() || '—'}</h2>
      <p className="tip-meta">
        {Number.isInteger(minutes) && minutes > 0 && `${t('tip.minutes', { count: minutes })} · `}
        {t(`tip.level.${draft.level}`)} · {toolName(t, draft.tool)}
        {draft.contexts.length > 0 && ` › ${draft.contexts.map((c) => contextName(t, c as ContextId)).join(', ')}`}
      </p>
      {draft.why.trim() && (
        <section>
          <h3>{t('tip.why')}</h3>
          <Markdown text={draft.why} />
        </section>
      )}
      <section>
        <h3>{t('tip.steps')}</h3>
        <ol className="steps">
          {steps.map((step, i) => (
            <li key={i}>
              <Markdown text={step} inline />
            </li>
          ))}
        </ol>
      </section>
      <SourceLink tip={{ source: draft.source }} />
      {parseTags(draft.tags).length > 0 && <p className="meta">{parseTags(draft.tags).map((tag) => `#${tag}`).join(' ')}</p>}
    </article>
  );
}
