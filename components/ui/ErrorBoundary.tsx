import { Component, type ReactNode } from 'react';
import { messageOf } from '@/lib/errors/message-of';
import { useI18n } from './I18nProvider';

function ErrorMessage({ error, item }: { error: unknown; item: boolean }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="error" data-testid={item ? 'item-error' : 'view-error'}>
      {t(item ? 'error.item' : 'error.generic', { message: messageOf(error) })}
    </p>
  );
}

/**
 * Shows a translated message instead of what failed to render. Around each view (one broken view
 * leaves the navigation working) and each card (`item`: one bad record shows as one bad card).
 */
export class ErrorBoundary extends Component<{ children: ReactNode; item?: boolean }, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };
  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }
  override render() {
    return this.state.failed ? <ErrorMessage error={this.state.error} item={this.props.item ?? false} /> : this.props.children;
  }
}
