import { useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { ContextRuleData, SignalData } from '@/lib/contexts/rule-format';
import type { CustomToolId } from '@/lib/contexts/types';
import { startPicking, stopPicking } from '@/lib/authoring/picker-control';
import { getDb } from '@/lib/db/db';
import { originOf } from '@/lib/hosts/custom-hosts';
import type { Translate } from '@/lib/i18n/translator';
import { onMessage, type ActiveContext } from '@/lib/messaging/protocol';
import { rulesProblemMessage } from '@/lib/packs/messages';
import { elementPickedSchema } from '@/lib/messaging/validate';
import { hostsOf, type CustomTool } from '@/lib/tools/custom-tool';
import { describeSignal, isPattern, patternMatches, patternToRegex, proposePattern, regexToPattern, signalFromLocator } from '@/lib/tools/place-condition';
import { forgetTaughtTool, removePlace, savePlace } from '@/lib/tools/tool-store';
import { roleNames } from '../authoring/describe-element';
import { useI18n } from '../ui/I18nProvider';
import '../ui/forms.css';
import { StyleScope } from '../ui/StyleScope';

type Specificity = ContextRuleData['specificity'];

/** "a dialog named “New expense”", from a place's element condition. */
export function signalInWords(t: Translate, signal: SignalData): string {
  const words = describeSignal(signal);
  switch (words.kind) {
    case 'named': {
      const key = `signal.role.${words.role}` as const;
      const known = ['dialog', 'alertdialog', 'heading', 'button', 'link', 'form', 'region', 'tab', 'textbox', 'table'].includes(words.role);
      return t('signal.named', { role: known ? t(key as 'signal.role.dialog') : t('signal.role.other'), name: words.name });
    }
    case 'attr':
      return t('signal.attr', { attr: words.attr, value: words.value });
    case 'id':
      return t('signal.id', { id: words.id });
    default:
      return t('signal.css', { selector: words.selector });
  }
}

/** A place's condition in words: its address pattern, or what is on the page. */
function placeInWords(t: Translate, place: ContextRuleData): string {
  const when = place.when[0];
  const parts: string[] = [];
  if (when?.path) parts.push(t('places.url', { pattern: regexToPattern(when.path) ?? when.path }));
  const signal = when?.any?.[0];
  if (signal) parts.push(t('places.element', { what: signalInWords(t, signal) }));
  return parts.join(' · ');
}

/** The open tabs on the tool's sites (comma-separated) whose address the pattern matches (the only tabs Tandem Tips may see there). */
function useTabsMatching(sites: string, pattern: string): number | undefined {
  // The count with the pattern it was taken for: a count for an older pattern is never shown.
  const [counted, setCounted] = useState<{ pattern: string; count: number }>();
  useEffect(() => {
    if (!isPattern(pattern)) return;
    let alive = true;
    void browser.tabs
      .query({ url: sites.split(',').map(originOf) })
      .then((tabs) => alive && setCounted({ pattern, count: tabs.filter((tab) => tab.url && patternMatches(pattern, tab.url)).length }))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [sites, pattern]);
  return counted?.pattern === pattern ? counted.count : undefined;
}

/** The place form: a new place, or `editing` the place with that id (its name, kind and condition). */
type Form = ({ kind: 'url'; pattern: string } | { kind: 'element'; signal?: SignalData }) & { editing?: string };

/**
 * For the mentor who taught the tool open in the followed tab: its places, and two ways to add
 * one — "This page" (an address pattern proposed from this page, with a live check) and "When
 * this is on the page" (an element picked on the page, said in words).
 */
export function PlacesEditor({ tool, active }: { tool: CustomTool; active: ActiveContext }) {
  const { t } = useI18n();
  const id = useId();
  const name = tool.rules.name ?? '';
  const hosts = hostsOf(tool);
  const [form, setForm] = useState<Form | null>(null);
  const [placeName, setPlaceName] = useState('');
  const [specificity, setSpecificity] = useState<Specificity>(3);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [picking, setPicking] = useState<number | null>(null);
  const [forgetting, setForgetting] = useState(false);
  const [giveBack, setGiveBack] = useState(true);
  const pattern = form?.kind === 'url' ? form.pattern : '';
  const tabs = useTabsMatching(hosts.join(','), pattern);
  const matchesThis = form?.kind === 'url' && active.url !== null && patternMatches(pattern, active.url);

  useEffect(() => {
    if (picking === null) return;
    // One listener per message type in this page: only this form listens while it picks.
    const offPicked = onMessage('elementPicked', ({ data, sender }) => {
      if (sender.tab?.id !== picking) return;
      void stopPicking(picking).catch(() => undefined);
      setPicking(null);
      const parsed = elementPickedSchema.safeParse(data);
      const signal = parsed.success ? signalFromLocator(parsed.data.locator) : undefined;
      if (!signal) return setError(t('places.element.unusable'));
      setError('');
      setForm((f) => ({ kind: 'element', signal, editing: f?.editing }));
      if (!placeName && parsed.success && parsed.data.locator.name) setPlaceName(parsed.data.locator.name.slice(0, 60));
    });
    const offCancelled = onMessage('pickCancelled', ({ sender }) => {
      if (sender.tab?.id !== picking) return;
      void stopPicking(picking).catch(() => undefined);
      setPicking(null);
    });
    return () => {
      offPicked();
      offCancelled();
    };
  }, [picking, placeName, t]);

  const startUrl = () => {
    setError('');
    setStatus('');
    setSpecificity(3);
    setForm({ kind: 'url', pattern: active.url ? proposePattern(active.url) : '/' });
  };

  const pick = async () => {
    setError('');
    setStatus('');
    setSpecificity((n) => (form?.editing ? n : 4));
    setForm((f) => ({ kind: 'element', signal: f?.kind === 'element' ? f.signal : undefined, editing: f?.editing }));
    if (active.tabId === null) return;
    try {
      setPicking(active.tabId);
      await startPicking(active.tabId, { hint: t('places.element.picking'), announce: t('page.pick.announce'), roles: roleNames(t) });
    } catch (e) {
      setPicking(null);
      setError(t('error.generic', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const close = () => {
    if (picking !== null) void stopPicking(picking).catch(() => undefined);
    setPicking(null);
    setForm(null);
    setPlaceName('');
    setError('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    if (!placeName.trim()) return setError(t('places.error.name'));
    if (form.kind === 'url' && !isPattern(form.pattern)) return setError(t('places.url.invalid'));
    if (form.kind === 'element' && !form.signal) return setError(t('places.error.condition'));
    const condition = form.kind === 'url' ? { path: patternToRegex(form.pattern) } : { any: [form.signal!] };
    const result = await savePlace(getDb(), tool.id as CustomToolId, { name: placeName, specificity, condition }, form.editing);
    if (!result.ok) return setError(t('places.error.problem', { problem: rulesProblemMessage(t, result.problem) }));
    setStatus(t('places.saved', { name: placeName.trim() }));
    close();
  };

  const forget = () => {
    // Given back first, inside the click; a site the browser must keep (granted by policy) stays.
    if (giveBack) void browser.permissions.remove({ origins: hosts.map(originOf) }).catch(() => false);
    void forgetTaughtTool(getDb(), tool.id as CustomToolId).catch((e: unknown) => setError(t('error.generic', { message: e instanceof Error ? e.message : String(e) })));
  };

  /** Opens a saved place in the form; a hand-written address pattern is shown as its regex would read. */
  const edit = (place: ContextRuleData) => {
    const when = place.when[0];
    setError('');
    setStatus('');
    setPlaceName(place.name ?? '');
    setSpecificity(place.specificity);
    if (when?.path !== undefined) setForm({ kind: 'url', pattern: regexToPattern(when.path) ?? '/', editing: place.id });
    else setForm({ kind: 'element', signal: when?.any?.[0], editing: place.id });
  };

  const remove = async (place: ContextRuleData) => {
    await removePlace(getDb(), tool.id as CustomToolId, place.id);
    setStatus(t('places.removed', { name: place.name ?? place.id }));
  };

  return (
    <StyleScope name="forms">
      <section className="card places" aria-labelledby={`${id}-h`} data-testid="places-editor">
        <h2 id={`${id}-h`}>{t('places.heading', { tool: name })}</h2>
        <p className="muted">{t('places.intro', { tool: name })}</p>
        {tool.rules.contexts.length === 0 ? (
          <p>{t('places.none', { tool: name, host: hosts.join(', ') })}</p>
        ) : (
          <ul className="list" data-testid="places">
            {tool.rules.contexts.map((place) => (
              <li key={place.id} data-place={place.id}>
                <strong>{place.name}</strong>
                <span className="muted"> – {placeInWords(t, place)}</span>{' '}
                <button type="button" className="link-button" aria-label={t('places.editLabel', { name: place.name ?? place.id })} onClick={() => edit(place)}>
                  {t('places.edit')}
                </button>{' '}
                <button type="button" className="link-button" aria-label={t('places.removeLabel', { name: place.name ?? place.id })} onClick={() => void remove(place)}>
                  {t('places.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {!form && (
          <div className="actions">
            <button type="button" className="secondary" onClick={startUrl}>
              {t('places.add.url')}
            </button>
            <button type="button" className="secondary" onClick={() => void pick()}>
              {t('places.add.element')}
            </button>
          </div>
        )}
        {form && (
          <form onSubmit={(e) => void save(e)} noValidate aria-label={t(form.kind === 'url' ? 'places.url.heading' : 'places.element.heading')}>
            <h3>{t(form.kind === 'url' ? 'places.url.heading' : 'places.element.heading')}</h3>
            {form.kind === 'url' ? (
              <div className="field">
                <label htmlFor={`${id}-pattern`}>{t('places.url.pattern')}</label>
                <input
                  id={`${id}-pattern`}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={form.pattern}
                  aria-describedby={`${id}-pattern-hint ${id}-pattern-check`}
                  onChange={(e) => setForm({ kind: 'url', pattern: e.target.value, editing: form.editing })}
                />
                <p className="hint" id={`${id}-pattern-hint`}>
                  {t('places.url.hint')}
                </p>
                <p id={`${id}-pattern-check`} role="status" aria-live="polite" data-testid="pattern-check">
                  {!isPattern(form.pattern) ? (
                    t('places.url.invalid')
                  ) : (
                    <>
                      {matchesThis ? `✓ ${t('places.url.matchesThis')}` : `✗ ${t('places.url.notThis')}`}
                      {tabs !== undefined && ` ${t('places.url.tabs', { count: tabs, host: hosts.join(', ') })}`}
                    </>
                  )}
                </p>
              </div>
            ) : (
              <div className="field">
                <p data-testid="picked-condition">{form.signal ? t('places.element', { what: signalInWords(t, form.signal) }) : picking !== null ? t('places.element.picking') : t('places.element.none')}</p>
                <button type="button" className="secondary" onClick={() => void pick()} disabled={picking !== null}>
                  {form.signal ? t('places.element.again') : t('places.element.pick')}
                </button>
              </div>
            )}
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('places.name')}</label>
              <input id={`${id}-name`} type="text" maxLength={60} value={placeName} aria-describedby={`${id}-name-hint`} onChange={(e) => setPlaceName(e.target.value)} />
              <p className="hint" id={`${id}-name-hint`}>
                {t('places.name.hint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor={`${id}-spec`}>{t('places.specificity')}</label>
              <select id={`${id}-spec`} value={specificity} onChange={(e) => setSpecificity(Number(e.target.value) as Specificity)}>
                {([1, 2, 3, 4] as const).map((n) => (
                  <option key={n} value={n}>
                    {t(`places.specificity.${n}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="actions">
              <button type="submit" className="primary">
                {t('places.save')}
              </button>
              <button type="button" className="secondary" onClick={close}>
                {t('places.cancel')}
              </button>
            </div>
          </form>
        )}
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        {!form &&
          (forgetting ? (
            <div role="group" aria-label={t('places.tool.forgetConfirm', { tool: name })} data-testid="forget-tool" className="forget-tool">
              <p>{t('places.tool.confirm', { tool: name })}</p>
              <label className="check">
                <input type="checkbox" checked={giveBack} onChange={(e) => setGiveBack(e.target.checked)} />
                {t('places.tool.giveBack', { hosts: hosts.join(', ') })}
              </label>
              <div className="actions">
                <button type="button" className="danger" onClick={forget}>
                  {t('places.tool.forgetConfirm', { tool: name })}
                </button>
                <button type="button" className="secondary" onClick={() => setForgetting(false)} autoFocus>
                  {t('places.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <p>
              <button type="button" className="link-button" onClick={() => setForgetting(true)}>
                {t('places.tool.forget')}
              </button>
            </p>
          ))}
        <p className="status-message" role="status" aria-live="polite">
          {status}
          {status && (
            <>
              {' '}
              <a href="#write">{t('places.writeTip')}</a>
            </>
          )}
        </p>
      </section>
    </StyleScope>
  );
}
