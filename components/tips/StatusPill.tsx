import type { ProgressStatus } from '@/lib/schemas/progress';
import { useI18n } from '../ui/I18nProvider';

/** The mentee's progress on a tip, as a small label. */
export function StatusPill({ status }: { status: ProgressStatus }) {
  const { t } = useI18n();
  return (
    <span className={`pill pill-${status}`} data-status={status}>
      {t(`tip.status.${status}`)}
    </span>
  );
}
