import { useState } from 'react';
import { getDb } from '@/lib/db/db';
import { dueAt, isOverdue, linkableTips, notesFor, type GoalBoard } from '@/lib/goals/board';
import { advanceByWin, linkNote, toggleTip, updateGoal } from '@/lib/goals/goals';
import { formatDateTime } from '@/lib/i18n/dates';
import type { Goal } from '@/lib/schemas/goal';
import { localizeTip } from '@/lib/tips/localize';
import { useI18n } from '../ui/I18nProvider';
import { GoalBar } from './GoalBar';
import { GoalEditor } from './GoalForms';

/** One goal: its progress, the buttons that move it, and its linked notes and tips. */
export function GoalCard({ goal, board, announce }: { goal: Goal; board: GoalBoard; announce: (m: string) => void }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const db = getDb();
  const { linked, linkable } = notesFor(goal, board.notes);
  const tipsById = new Map(board.tips.map((x) => [x.id, x]));
  const tipTitle = (id: string) => {
    const tip = tipsById.get(id);
    return tip ? localizeTip(tip, lang).title : id;
  };
  const due = dueAt(goal);
  const overdue = isOverdue(goal, board.now);
  const change = (patch: Partial<Goal>) => void updateGoal(db, goal.id, patch);

  if (editing) return <GoalEditor goal={goal} onDone={() => setEditing(false)} announce={announce} />;
  return (
    <li className="card goal" data-goal-id={goal.id} data-status={goal.status}>
      <div className="card-head">
        <h2>{goal.title}</h2>
        {goal.status !== 'active' && <span className={`pill pill-${goal.status === 'done' ? 'mastered' : 'dismissed'}`}>{t(goal.status === 'done' ? 'goals.done' : 'goals.dropped')}</span>}
      </div>
      <GoalBar goal={goal} />
      {due !== undefined && <p className={`small ${overdue ? 'warning' : 'muted'}`}>{t(overdue ? 'goals.overdue' : 'goals.dueOn', { date: formatDateTime(lang, due).date })}</p>}
      <div className="row">
        <button type="button" className="icon-button" aria-label={t('goals.decrease', { title: goal.title })} disabled={goal.current <= 0} onClick={() => change({ current: Math.max(0, goal.current - 1) })}>
          −
        </button>
        <button type="button" className="icon-button" aria-label={t('goals.increase', { title: goal.title })} onClick={() => change({ current: goal.current + 1 })}>
          +
        </button>
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t('goals.edit')}
        </button>
        <button type="button" className="link-button" onClick={() => change({ status: goal.status === 'dropped' ? 'active' : 'dropped' })}>
          {t(goal.status === 'dropped' ? 'goals.reopen' : 'goals.drop')}
        </button>
      </div>

      <h3>{t('goals.linkedNotes')}</h3>
      {linked.length === 0 ? <p className="muted small">{t('goals.noNotes')}</p> : null}
      <ul className="plain-list">
        {linked.map((n) => (
          <li key={n.id} className="linked">
            <span className="tag">{t(`goals.kind.${n.kind}`)}</span> <span className="clip">{n.body}</span>
            {n.kind === 'win' &&
              (goal.countedNoteIds?.includes(n.id) ? (
                <span className="muted small"> ✓ {t('goals.counted')}</span>
              ) : (
                <button
                  type="button"
                  className="secondary small-button"
                  onClick={() =>
                    void advanceByWin(db, goal.id, n.id).then((g) => {
                      if (g) announce(t('goals.advanced', { current: g.current, target: g.target }));
                    })
                  }
                >
                  {t('goals.advance')}
                </button>
              ))}
            <button type="button" className="link-button small" onClick={() => void linkNote(db, n.id, undefined)}>
              {t('goals.unlink')}
            </button>
          </li>
        ))}
      </ul>
      {linkable.length > 0 && (
        <label className="block small">
          {t('goals.linkNote')}
          <select value="" onChange={(e) => e.target.value && void linkNote(db, e.target.value, goal.id)}>
            <option value="">{t('goals.choose')}</option>
            {linkable.map((n) => (
              <option key={n.id} value={n.id}>
                {t(`goals.kind.${n.kind}`)}: {n.body.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
      )}

      <h3>{t('goals.linkedTips')}</h3>
      {(goal.tipIds ?? []).length === 0 && <p className="muted small">{t('goals.noTips')}</p>}
      <ul className="plain-list">
        {(goal.tipIds ?? []).map((id) => (
          <li key={id} className="linked">
            {tipTitle(id)}{' '}
            <button type="button" className="link-button small" onClick={() => void toggleTip(db, goal.id, id)}>
              {t('goals.unlink')}
            </button>
          </li>
        ))}
      </ul>
      <label className="block small">
        {t('goals.linkTip')}
        <select value="" onChange={(e) => e.target.value && void toggleTip(db, goal.id, e.target.value)}>
          <option value="">{t('goals.choose')}</option>
          {linkableTips(goal, board.tips, (tip) => localizeTip(tip, lang).title, lang).map(({ tool, tips }) => (
            <optgroup key={tool} label={t(`tool.${tool}`)}>
              {tips.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
    </li>
  );
}
