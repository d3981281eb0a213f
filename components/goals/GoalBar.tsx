import { goalProgress } from '@/lib/goals/goals';
import type { Goal } from '@/lib/schemas/goal';
import { useI18n } from '../ui/I18nProvider';

/** A goal's progress as a bar, with the numbers written out for everyone. */
export function GoalBar({ goal }: { goal: Goal }) {
  const { t } = useI18n();
  const percent = Math.round(goalProgress(goal) * 100);
  const text = t('goals.progress', { current: goal.current, target: goal.target, measure: goal.measure });
  return (
    <div className="goal-bar">
      <div
        className="bar"
        role="progressbar"
        aria-label={t('goals.progressLabel', { title: goal.title })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${text} (${percent} %)`}
      >
        <span style={{ width: `${percent}%` }} data-done={percent >= 100} />
      </div>
      <span className="bar-text" data-testid="goal-progress">
        {text} · {percent} %
      </span>
    </div>
  );
}
