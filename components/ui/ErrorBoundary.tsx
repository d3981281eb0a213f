import { Component, type ReactNode } from 'react';
import { useI18n } from './I18nProvider';

function ErrorMessage({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="error">
      {t('error.generic', { message: error.message })}
    </p>
  );
}

/** Shows a translated message instead of a blank panel when rendering fails. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render() {
    return this.state.error ? <ErrorMessage error={this.state.error} /> : this.props.children;
  }
}
