import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { contextName, toolName } from '@/lib/i18n/names';
import { gradeTip, loadDueReviews, nextReviewAt, type DueReview } from '@/lib/review/queue';
import { daysUntil, previewReview, reviewGrades, type ReviewGrade } from '@/lib/review/schedule';
import { localizeTip } from '@/lib/tips/localize';
import { ToolIcon } from '../ui/ToolIcon';
import { useI18n } from '../ui/I18nProvider';
import { Markdown } from '../ui/Markdown';
import { HelpfulButtons } from './HelpfulButtons';
import './review.css';
import { messageOf } from '@/lib/errors/message-of';
import { formatDate } from '@/lib/i18n/dates';
import { StyleScope } from '../ui/StyleScope';

/** The review queue: tips tried or got whose spaced-repetition date has come, oldest first. */
export function ReviewView() {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const queue = useLiveQuery(async () => {
    const now = Date.now();
    const db = getDb();
    const [due, next] = await Promise.all([loadDueReviews(db, now), nextReviewAt(db, now)]);
    return { due, next, now };
  }, []);

  return (
    <StyleScope name="review">
      <section className="review" aria-labelledby="review-heading" data-testid="review-view">
        <h1 id="review-heading" className="section-title">
          {t('review.heading')}
          {queue && (
            <span className="count" data-testid="review-count">
              {t('review.dueCount', { count: queue.due.length })}
            </span>
          )}
        </h1>
        <p className="muted">{t('review.intro')}</p>
        <p className="status-line" role="status" aria-live="polite" data-testid="review-status">
          {message}
        </p>
        {queue === undefined ? (
          <p className="muted">{t('panel.loading')}</p>
        ) : queue.due.length === 0 ? (
          <div className="review-empty" data-testid="review-empty">
            {queue.next === undefined ? (
              // Nothing was ever tried: what to do first.
              <>
                <p>{t('review.noneYet')}</p>
                <p className="muted">{t('review.firstTry')}</p>
                <a className="secondary button-link" href="#tips">
                  {t('review.goTips')}
                </a>
              </>
            ) : (
              <>
                <p>{t('review.none')}</p>
                <p className="muted">{daysUntil(queue.next, queue.now) === 0 ? t('review.nextToday') : t('review.next', { count: daysUntil(queue.next, queue.now) })}</p>
              </>
            )}
          </div>
        ) : (
          <>
            <ReviewCard key={queue.due[0]!.tip.id} item={queue.due[0]!} now={queue.now} onGraded={setMessage} />
            {queue.due.length > 1 && (
              <>
                <h2 className="group-title">{t('review.alsoDue')}</h2>
                <ul className="review-rest">
                  {queue.due.slice(1).map(({ tip }) => (
                    <li key={tip.id} data-tip-id={tip.id}>
                      <ToolIcon tool={tip.tool} size={18} /> <LocalTitle item={tip} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
    </StyleScope>
  );
}

function LocalTitle({ item }: { item: DueReview['tip'] }) {
  const { lang } = useI18n();
  const text = localizeTip(item, lang);
  return <span lang={text.lang}>{text.title}</span>;
}

/** One tip to review: its title and place, the steps on demand, and the four answers with their next dates. */
function ReviewCard({ item, now, onGraded }: { item: DueReview; now: number; onGraded: (message: string) => void }) {
  const { t, lang } = useI18n();
  const { tip, progress } = item;
  const text = localizeTip(tip, lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const preview = previewReview(progress.review, now);
  const context = tip.contexts[0];

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const grade = async (answer: ReviewGrade) => {
    try {
      const graded = await gradeTip(getDb(), tip.id, answer);
      onGraded(t('review.graded', { title: text.title, count: daysUntil(graded.review!.due, graded.updatedAt) }));
    } catch (error) {
      onGraded(t('error.storage', { message: messageOf(error) }));
    }
  };

  return (
    <article className="review-card" aria-labelledby="review-tip-title" data-testid="review-card" data-tip-id={tip.id} lang={text.lang}>
      <p className="review-where muted">
        <ToolIcon tool={tip.tool} size={18} /> {toolName(t, tip.tool)}
        {context ? ` › ${contextName(t, context)}` : ''} · {t('review.dueSince', { date: formatDate(lang, progress.review.due) })}
      </p>
      <h2 id="review-tip-title" ref={headingRef} tabIndex={-1}>
        {text.title}
      </h2>
      <details className="review-steps">
        <summary>{t('review.showSteps')}</summary>
        <ol className="steps">
          {text.steps.map((step, i) => (
            <li key={i}>
              <Markdown text={step} inline />
            </li>
          ))}
        </ol>
      </details>
      <p className="review-question">{t('review.question')}</p>
      <div className="grades" role="group" aria-label={t('review.grades')}>
        {reviewGrades.map((g) => (
          <button key={g} type="button" className={`grade grade-${g}`} data-grade={g} onClick={() => void grade(g)}>
            <span className="grade-name">{t(`review.grade.${g}`)}</span>
            <span className="grade-when">{t('review.in', { count: Math.max(1, daysUntil(preview[g], now)) })}</span>
          </button>
        ))}
      </div>
      <HelpfulButtons tipId={tip.id} progress={progress} />
    </article>
  );
}
