import { useEffect, useRef, useState } from 'react';
import type { ToolId } from '@/lib/contexts/types';
import { getDb } from '@/lib/db/db';
import { toolName } from '@/lib/i18n/names';
import { localizeTip } from '@/lib/tips/localize';
import { unsnoozeTips } from '@/lib/tips/progress';
import type { RankedTip } from '@/lib/tips/rank';
import { useI18n } from '../ui/I18nProvider';
import { StatusPill } from './StatusPill';

interface Props {
  result: { ranked: RankedTip[]; snoozed: number; snoozedIds: string[] };
  tool: ToolId;
  onOpen: (id: string) => void;
  lastOpened: string | null;
}

/** Tips shown per group before "Show more": the best ones first, and a list a person can take in. */
export const TIPS_PER_PAGE = 25;

/** The ranked tips, grouped into "for this page" and "anywhere in the tool". */
export function TipList({ result, tool, onOpen, lastOpened }: Props) {
  const { t } = useI18n();
  const here = result.ranked.filter((r) => r.match !== 'tool');
  const anywhere = result.ranked.filter((r) => r.match === 'tool');

  return (
    <section aria-labelledby="tips-heading" className="tips">
      <h1 id="tips-heading" className="section-title">
        {t('panel.tipsHeading')} <span className="count" data-testid="tip-count">{t('panel.tipCount', { count: result.ranked.length })}</span>
      </h1>
      {result.ranked.length === 0 && <p className="muted">{t('panel.noTips')}</p>}
      {here.length > 0 && <TipGroup title={t('tip.match.exact')} items={here} onOpen={onOpen} lastOpened={lastOpened} />}
      {anywhere.length > 0 && (
        <TipGroup title={t('tip.match.tool', { tool: toolName(t, tool) })} items={anywhere} onOpen={onOpen} lastOpened={lastOpened} />
      )}
      {result.snoozed > 0 && (
        <p className="snoozed muted">
          {t('panel.hiddenTips', { count: result.snoozed })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void unsnoozeTips(getDb(), result.snoozedIds);
            }}
          >
            {t('panel.showHidden')}
          </button>
        </p>
      )}
    </section>
  );
}

function TipGroup({
  title,
  items,
  onOpen,
  lastOpened,
}: {
  title: string;
  items: RankedTip[];
  onOpen: (id: string) => void;
  lastOpened: string | null;
}) {
  const { t, lang } = useI18n();
  const lastRef = useRef<HTMLButtonElement>(null);
  const firstNewRef = useRef<HTMLButtonElement>(null);
  // The tip the mentee comes back from stays in view, however far down the list it is.
  const lastIndex = items.findIndex((r) => r.tip.id === lastOpened);
  const [limit, setLimit] = useState(() => Math.max(TIPS_PER_PAGE, lastIndex + 1));
  const [grown, setGrown] = useState<number | null>(null);
  useEffect(() => lastRef.current?.focus(), []);
  // After "Show more", focus moves to the first tip that appeared (not back to the top).
  useEffect(() => {
    if (grown !== null) firstNewRef.current?.focus();
  }, [grown]);
  const visible = items.slice(0, limit);
  const more = items.length - visible.length;
  return (
    <>
      <h2 className="group-title">{title}</h2>
      <ul className="tip-list" data-testid="tip-list">
        {visible.map(({ tip, progress, due }, index) => {
          const text = localizeTip(tip, lang);
          return (
            <li key={tip.id}>
              <button
                type="button"
                className="tip-item"
                data-tip-id={tip.id}
                ref={tip.id === lastOpened ? lastRef : index === grown ? firstNewRef : undefined}
                onClick={() => onOpen(tip.id)}
              >
                <span className="tip-title" lang={text.lang}>
                  {text.title}
                </span>
                <span className="tip-meta">
                  {t('tip.minutes', { count: tip.minutes })} · {t(`tip.level.${tip.level}`)}
                  {due && <span className="pill pill-due" data-testid="review-due">{t('review.dueBadge')}</span>}
                  <StatusPill status={progress?.status ?? 'new'} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {more > 0 && (
        <button
          type="button"
          className="secondary show-more"
          data-testid="show-more-tips"
          onClick={() => {
            setGrown(limit);
            setLimit(limit + TIPS_PER_PAGE);
          }}
        >
          {t('panel.showMore', { count: Math.min(more, TIPS_PER_PAGE) })}
        </button>
      )}
    </>
  );
}
