import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { FrameExplanation, PartResult } from '@/lib/contexts/explain';
import { isBuiltinToolId, type DetectedContext } from '@/lib/contexts/types';
import { rulesInUse } from '@/lib/rules/install';
import { buildDiagnostics, explainTab } from '@/lib/rules/why';
import { downloadJson } from '../ui/download';
import { useI18n } from '../ui/I18nProvider';
import { useNames } from '../shell/TaughtTools';
import type { Translate } from '@/lib/i18n/translator';
import { StyleScope } from '../ui/StyleScope';
import './why.css';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; frames: FrameExplanation[]; rules: Awaited<ReturnType<typeof rulesInUse>> };

function partLabel(t: Translate, part: PartResult): string {
  if (part.kind === 'host') return t('why.part.host');
  if (part.kind === 'path') return t('why.part.path');
  return t(part.kind === 'any' ? 'why.part.any' : 'why.part.none', { selector: part.selector ?? '' });
}

/**
 * For mentors: which tool and places the rules recognise on the followed tab, condition by
 * condition, and a diagnostics file to send when the page was recognised wrongly.
 */
export function WhyThisPage({ tabId, detected }: { tabId: number; detected: DetectedContext | null }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [saved, setSaved] = useState('');

  const load = async () => {
    setState({ kind: 'loading' });
    try {
      const [frames, rules] = await Promise.all([explainTab(tabId), rulesInUse()]);
      setState({ kind: 'done', frames, rules });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const report = () => {
    if (state.kind !== 'done') return;
    const now = Date.now();
    const file = buildDiagnostics(state.frames, state.rules, detected ? { tool: detected.tool, contexts: detected.contexts } : null, {
      extensionVersion: browser.runtime.getManifest().version,
      browser: navigator.userAgent.includes('Firefox') ? 'firefox' : 'chromium',
      now,
    });
    const name = `tandem-tips-diagnostics-${new Date(now).toISOString().slice(0, 10)}.json`;
    downloadJson(name, JSON.stringify(file, null, 2));
    setSaved(t('why.report.saved', { file: name }));
  };

  return (
    <StyleScope name="why">
      <section className="why-page" data-testid="why-this-page">
        <button
          type="button"
          className="why-toggle"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
            if (!open) void load();
          }}
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {t('why.open')}
        </button>
        {open && <WhyDetails state={state} saved={saved} onReport={report} />}
      </section>
    </StyleScope>
  );
}

function WhyDetails({ state, saved, onReport }: { state: State; saved: string; onReport: () => void }) {
  const { t } = useI18n();
  const names = useNames();
  return (
    <>
      {state.kind === 'loading' && <p className="muted" role="status">{t('why.loading')}</p>}
      {state.kind === 'error' && <p className="alert" role="alert">{t('why.error', { message: state.message })}</p>}
      {state.kind === 'done' && state.frames.length === 0 && <p className="muted">{t('why.none')}</p>}
      {state.kind === 'done' &&
        state.frames.map((frame, i) => {
          const rules = isBuiltinToolId(frame.tool) ? state.rules[frame.tool] : undefined;
          const source = !rules
            ? t('why.source.taught')
            : rules.source === 'builtin'
              ? t('why.source.builtin')
              : rules.source === 'pack'
                ? t('why.source.pack', { from: rules.from ?? '' })
                : t('why.source.policy');
          return (
            <section key={i} className="why-frame" data-testid="why-frame">
              <h3>
                {frame.top ? t('why.frame.top') : t('why.frame.sub', { host: frame.host })}: {names.tool(frame.tool)}
              </h3>
              <p className="muted">
                <code>{frame.url}</code>
                <br />
                {t('why.rules', { version: frame.rulesVersion, source })}
              </p>
              <ul className="why-contexts">
                {[...frame.contexts]
                  .sort((a, b) => Number(b.active) - Number(a.active))
                  .map((c) => (
                    <li key={c.id} data-context={c.id} data-active={c.active}>
                      <details open={c.active}>
                        <summary>
                          <span aria-hidden="true">{c.active ? '✓ ' : '✗ '}</span>
                          {names.place(c.id)} — {c.active ? t('why.active') : t('why.inactive')}
                        </summary>
                        <ol>
                          {c.conditions.map((cond, n) => (
                            <li key={n}>
                              {t('why.way', { n: n + 1 })}: {cond.held ? t('why.held') : t('why.failed')}
                              <ul>
                                {cond.parts.map((part, k) => (
                                  <li key={k} className={part.held ? 'held' : 'failed'}>
                                    <span aria-hidden="true">{part.held ? '✓ ' : '✗ '}</span>
                                    {partLabel(t, part)} ({part.held ? t('why.held') : t('why.failed')})
                                  </li>
                                ))}
                              </ul>
                            </li>
                          ))}
                        </ol>
                      </details>
                    </li>
                  ))}
              </ul>
            </section>
          );
        })}
      {state.kind === 'done' && (
        <div className="actions">
          <button type="button" className="secondary" onClick={onReport}>
            {t('why.report')}
          </button>
        </div>
      )}
      <p className="status-message" role="status" aria-live="polite">
        {saved}
      </p>
    </>
  );
}
