import '../ui/tandem.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { z } from 'zod';
import { getDb } from '@/lib/db/db';
import { advanceByWin, createGoal, deleteGoal, linkNote, toggleTip, updateGoal } from '@/lib/goals/goals';
import { setZodLocale } from '@/lib/i18n/zod-locale';
import { formatDateTime } from '@/lib/meeting/brief';
import type { Goal } from '@/lib/schemas/goal';
import type { Note } from '@/lib/schemas/note';
import type { Tip } from '@/lib/schemas/tip';
import { localizeTip } from '@/lib/tips/localize';
import { meetingChanged, messageOf } from '../meeting/notify';
import { useI18n } from '../ui/I18nProvider';
import { useAnnounce } from '../ui/useAnnounce';
import { useDraft } from '../ui/useDraft';
import { GoalBar } from './GoalBar';
import { StyleScope } from '../ui/StyleScope';

interface GoalsData {
  now: number;
  goals: Goal[];
  notes: Note[];
  tips: Tip[];
}

async function loadGoals(): Promise<GoalsData> {
  const db = getDb();
  const [goals, notes, tips] = await Promise.all([db.goals.toArray(), db.notes.toArray(), db.tips.toArray()]);
  return {
    now: Date.now(),
    goals: goals.filter((g) => g.deletedAt === undefined).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
    notes: notes.filter((n) => n.deletedAt === undefined && !n.conflictOf).sort((a, b) => b.updatedAt - a.updatedAt),
    tips: tips.filter((t) => t.deletedAt === undefined),
  };
}

/** KPI goals (`#goals`): progress bars, linked notes and tips, wins that advance a goal. */
export function GoalsView() {
  const { t, lang } = useI18n();
  setZodLocale(lang);
  const [status, announce] = useAnnounce();
  const data = useLiveQuery(loadGoals, []);
  if (!data) {
    return (
      <p className="muted" role="status">
        {t('panel.loading')}
      </p>
    );
  }
  return (
    <StyleScope name="tandem">
      <div className="goals" data-testid="goals-view">
        <h1>{t('goals.heading')}</h1>
        <p className="muted">{t('goals.intro')}</p>
        {data.goals.length === 0 && <p>{t('goals.empty')}</p>}
        <ul className="goal-list">
          {data.goals.map((g) => (
            <GoalCard key={g.id} goal={g} data={data} announce={announce} />
          ))}
        </ul>
        <NewGoalForm announce={announce} />
        <p className="status-message" role="status" aria-live="polite" data-testid="goals-status">
          {status}
        </p>
      </div>
    </StyleScope>
  );
}

function GoalCard({ goal, data, announce }: { goal: Goal; data: GoalsData; announce: (m: string) => void }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const db = getDb();
  const linked = data.notes.filter((n) => n.goalId === goal.id);
  const unlinked = data.notes.filter((n) => n.goalId === undefined).slice(0, 50);
  const tipsById = new Map(data.tips.map((x) => [x.id, x]));
  const tipTitle = (id: string) => {
    const tip = tipsById.get(id);
    return tip ? localizeTip(tip, lang).title : id;
  };
  const due = goal.dueDate ? Date.parse(`${goal.dueDate}T23:59:59`) : undefined;
  const change = (patch: Partial<Goal>) => void updateGoal(db, goal.id, patch).then(meetingChanged);

  if (editing) return <GoalEditor goal={goal} onDone={() => setEditing(false)} announce={announce} />;
  return (
    <li className="card goal" data-goal-id={goal.id} data-status={goal.status}>
      <div className="card-head">
        <h2>{goal.title}</h2>
        {goal.status !== 'active' && <span className={`pill pill-${goal.status === 'done' ? 'mastered' : 'dismissed'}`}>{t(goal.status === 'done' ? 'goals.done' : 'goals.dropped')}</span>}
      </div>
      <GoalBar goal={goal} />
      {due !== undefined && (
        <p className={`small ${due < data.now && goal.status === 'active' ? 'warning' : 'muted'}`}>
          {t(due < data.now && goal.status === 'active' ? 'goals.overdue' : 'goals.dueOn', { date: formatDateTime(lang, due).date })}
        </p>
      )}
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
                      meetingChanged();
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
      {unlinked.length > 0 && (
        <label className="block small">
          {t('goals.linkNote')}
          <select value="" onChange={(e) => e.target.value && void linkNote(db, e.target.value, goal.id)}>
            <option value="">{t('goals.choose')}</option>
            {unlinked.map((n) => (
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
          {(['linkedin', 'excel', 'tableau'] as const).map((tool) => (
            <optgroup key={tool} label={t(`tool.${tool}`)}>
              {data.tips
                .filter((x) => x.tool === tool && !(goal.tipIds ?? []).includes(x.id))
                .map((x) => ({ id: x.id, title: localizeTip(x, lang).title }))
                .sort((a, b) => a.title.localeCompare(b.title, lang))
                .map((x) => (
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

const numberField = z.coerce.number().nonnegative();

function GoalFields({ value, update }: { value: Record<string, unknown>; update: (p: Record<string, unknown>) => void }) {
  const { t } = useI18n();
  return (
    <>
      <label className="block">
        {t('goals.title')}
        <input type="text" required maxLength={120} placeholder={t('goals.titlePlaceholder')} value={String(value.title)} onChange={(e) => update({ title: e.target.value })} />
      </label>
      <div className="inline-form">
        <label>
          {t('goals.current')}
          <input type="number" min={0} step="any" value={String(value.current)} onChange={(e) => update({ current: e.target.value })} />
        </label>
        <label>
          {t('goals.target')}
          <input type="number" min={0} step="any" required value={String(value.target)} onChange={(e) => update({ target: e.target.value })} />
        </label>
        <label>
          {t('goals.measure')}
          <input type="text" maxLength={120} placeholder={t('goals.measurePlaceholder')} value={String(value.measure)} onChange={(e) => update({ measure: e.target.value })} />
        </label>
      </div>
      <label className="block">
        {t('goals.due')}
        <input type="date" value={String(value.dueDate)} onChange={(e) => update({ dueDate: e.target.value })} />
      </label>
    </>
  );
}

function toInput(v: Record<string, unknown>) {
  return {
    title: String(v.title).trim(),
    measure: String(v.measure).trim(),
    target: numberField.parse(v.target || 0),
    current: numberField.parse(v.current || 0),
    dueDate: v.dueDate ? String(v.dueDate) : undefined,
  };
}

function NewGoalForm({ announce }: { announce: (m: string) => void }) {
  const { t } = useI18n();
  const draft = useDraft('goal-new', { title: '', measure: '', target: '1', current: '0', dueDate: '' });
  const [error, setError] = useState('');
  return (
    <form
      className="card new-goal"
      aria-labelledby="new-goal-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void (async () => {
          try {
            const goal = await createGoal(getDb(), toInput(draft.value));
            await draft.reset();
            setError('');
            meetingChanged();
            announce(t('goals.added', { title: goal.title }));
          } catch (err) {
            setError(fieldError(t, err));
          }
        })();
      }}
    >
      <h2 id="new-goal-heading">{t('goals.new')}</h2>
      <GoalFields value={draft.value} update={draft.update} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="muted small">{t('common.draftKept')}</p>
      <button type="submit" className="primary">
        {t('goals.add')}
      </button>
    </form>
  );
}

function GoalEditor({ goal, onDone, announce }: { goal: Goal; onDone: () => void; announce: (m: string) => void }) {
  const { t } = useI18n();
  const draft = useDraft(`goal:${goal.id}`, {
    title: goal.title,
    measure: goal.measure,
    target: String(goal.target),
    current: String(goal.current),
    dueDate: goal.dueDate ?? '',
  });
  const [error, setError] = useState('');
  return (
    <li className="card goal">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void (async () => {
            try {
              await updateGoal(getDb(), goal.id, toInput(draft.value));
              await draft.reset();
              meetingChanged();
              announce(t('common.saved'));
              onDone();
            } catch (err) {
              setError(fieldError(t, err));
            }
          })();
        }}
      >
        <GoalFields value={draft.value} update={draft.update} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">
            {t('goals.save')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void draft.reset().then(onDone)
            }
          >
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void deleteGoal(getDb(), goal.id).then(async () => {
                await draft.reset();
                meetingChanged();
                announce(t('goals.deleted'));
              })
            }
          >
            {t('goals.delete')}
          </button>
        </div>
      </form>
    </li>
  );
}

const fieldLabels: Record<string, 'goals.title' | 'goals.measure' | 'goals.target' | 'goals.current' | 'goals.due'> = {
  title: 'goals.title',
  measure: 'goals.measure',
  target: 'goals.target',
  current: 'goals.current',
  dueDate: 'goals.due',
};

/** A translated "check this field" message for a validation error. */
function fieldError(t: ReturnType<typeof useI18n>['t'], error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0]!;
    const key = fieldLabels[String(issue.path[0])];
    return t('common.fieldError', { field: key ? t(key) : String(issue.path[0] ?? ''), problem: issue.message });
  }
  return t('error.storage', { message: messageOf(error) });
}
