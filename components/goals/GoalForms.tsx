import { useState, type ReactNode } from 'react';
import { getDb } from '@/lib/db/db';
import { goalForm, NEW_GOAL_FORM, parseGoalForm, type GoalForm } from '@/lib/goals/board';
import { createGoal, deleteGoal, updateGoal, type GoalInput } from '@/lib/goals/goals';
import { explainFailure } from '@/lib/files/messages';
import type { Goal } from '@/lib/schemas/goal';
import { useI18n } from '../ui/I18nProvider';
import { DraftNote } from '../ui/DraftNote';
import { useDraft } from '../ui/useDraft';

function GoalFields({ value, update }: { value: GoalForm; update: (p: Partial<GoalForm>) => void }) {
  const { t } = useI18n();
  return (
    <>
      <label className="block">
        {t('goals.title')}
        <input type="text" required maxLength={120} placeholder={t('goals.titlePlaceholder')} value={value.title} onChange={(e) => update({ title: e.target.value })} />
      </label>
      <div className="inline-form">
        <label>
          {t('goals.current')}
          <input type="number" min={0} step="any" value={value.current} onChange={(e) => update({ current: e.target.value })} />
        </label>
        <label>
          {t('goals.target')}
          <input type="number" min={0} step="any" required value={value.target} onChange={(e) => update({ target: e.target.value })} />
        </label>
        <label>
          {t('goals.measure')}
          <input type="text" maxLength={120} placeholder={t('goals.measurePlaceholder')} value={value.measure} onChange={(e) => update({ measure: e.target.value })} />
        </label>
      </div>
      <label className="block">
        {t('goals.due')}
        <input type="date" value={value.dueDate} onChange={(e) => update({ dueDate: e.target.value })} />
      </label>
    </>
  );
}

interface GoalFormProps {
  draftId: string;
  initial: GoalForm;
  /** Saves the checked input; `reset` forgets the draft. */
  save: (input: GoalInput, reset: () => Promise<void>) => Promise<void>;
  heading?: ReactNode;
  /** Says that typed text is kept as a draft (a failure to keep it is always said). */
  explainDraft?: boolean;
  className?: string;
  labelledBy?: string;
  children: (reset: () => Promise<void>) => ReactNode;
}

/** The goal fields as a form kept as a draft; a failure to save is shown naming the field. */
function GoalFormBody({ draftId, initial, save, heading, explainDraft, className, labelledBy, children }: GoalFormProps) {
  const { t } = useI18n();
  const draft = useDraft(draftId, initial);
  const [error, setError] = useState('');
  const reset = () => draft.reset();
  return (
    <form
      className={className}
      aria-labelledby={labelledBy}
      onSubmit={(e) => {
        e.preventDefault();
        void (async () => {
          try {
            await save(parseGoalForm(draft.value), reset);
            setError('');
          } catch (err) {
            setError(explainFailure(t, err, 'error.storage'));
          }
        })();
      }}
    >
      {heading}
      <GoalFields value={draft.value} update={draft.update} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <DraftNote writeError={draft.writeError} explain={explainDraft} />
      {children(reset)}
    </form>
  );
}

/** Adding a goal. */
export function NewGoalForm({ announce }: { announce: (m: string) => void }) {
  const { t } = useI18n();
  return (
    <GoalFormBody
      className="card new-goal"
      labelledBy="new-goal-heading"
      heading={<h2 id="new-goal-heading">{t('goals.new')}</h2>}
      draftId="goal-new"
      explainDraft
      initial={NEW_GOAL_FORM}
      save={async (input, reset) => {
        const goal = await createGoal(getDb(), input);
        await reset();
        announce(t('goals.added', { title: goal.title }));
      }}
    >
      {() => (
        <button type="submit" className="primary">
          {t('goals.add')}
        </button>
      )}
    </GoalFormBody>
  );
}

/** Editing or deleting a goal, in place of its card. */
export function GoalEditor({ goal, onDone, announce }: { goal: Goal; onDone: () => void; announce: (m: string) => void }) {
  const { t } = useI18n();
  return (
    <li className="card goal">
      <GoalFormBody
        draftId={`goal:${goal.id}`}
        initial={goalForm(goal)}
        save={async (input, reset) => {
          await updateGoal(getDb(), goal.id, input);
          await reset();
          announce(t('common.saved'));
          onDone();
        }}
      >
        {(reset) => (
          <div className="row">
            <button type="submit" className="primary">
              {t('goals.save')}
            </button>
            <button type="button" className="secondary" onClick={() => void reset().then(onDone)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                void deleteGoal(getDb(), goal.id).then(async () => {
                  await reset();
                  announce(t('goals.deleted'));
                })
              }
            >
              {t('goals.delete')}
            </button>
          </div>
        )}
      </GoalFormBody>
    </li>
  );
}
