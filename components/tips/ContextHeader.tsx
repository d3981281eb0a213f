import type { DetectedContext } from '@/lib/contexts/types';
import { useI18n } from '../ui/I18nProvider';
import { ToolIcon } from '../ui/ToolIcon';
import { useNames } from '../shell/TaughtTools';

/** "You are in LinkedIn › Editing your profile". */
export function ContextHeader({ detected }: { detected: DetectedContext }) {
  const { t } = useI18n();
  const names = useNames();
  const primary = detected.contexts[0];
  return (
    <header className="context-header" aria-live="polite" data-testid="context-header">
      <ToolIcon tool={detected.tool} />
      <div>
        <p className="eyebrow">{t('panel.youAreIn')}</p>
        <p className="context-line">
          <strong data-testid="tool-name">{names.tool(detected.tool)}</strong>
          {primary && (
            <>
              <span aria-hidden="true"> › </span>
              <span className="visually-hidden">, </span>
              <span data-testid="context-name">{names.place(primary)}</span>
            </>
          )}
        </p>
      </div>
    </header>
  );
}
