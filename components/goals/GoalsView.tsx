import '../ui/tandem.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { loadGoalBoard } from '@/lib/goals/board';
import { useI18n } from '../ui/I18nProvider';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useAnnounce } from '../ui/useAnnounce';
import { StyleScope } from '../ui/StyleScope';
import { GoalCard } from './GoalCard';
import { NewGoalForm } from './GoalForms';

/** KPI goals (`#goals`): progress bars, linked notes and tips, wins that advance a goal. */
export function GoalsView() {
  const { t } = useI18n();
  const [status, announce] = useAnnounce();
  const board = useLiveQuery(() => loadGoalBoard(getDb()), []);
  if (!board) {
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
        {board.goals.length === 0 && <p>{t('goals.empty')}</p>}
        <ul className="goal-list">
          {board.goals.map((g) => (
            <ErrorBoundary key={g.id} item>
              <GoalCard goal={g} board={board} announce={announce} />
            </ErrorBoundary>
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
