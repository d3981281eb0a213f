import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DetectedContext } from '@/lib/contexts/types';
import { getDb } from '@/lib/db/db';
import { tipDrafts } from '@/lib/authoring/draft';
import { discardDraft, saveDraft } from '@/lib/drafts/drafts';
import { saveTipFromDraft } from '@/lib/authoring/my-tips';
import { tipFromDraft, type FieldErrors } from '@/lib/authoring/tip-form';
import { issueMessage } from '@/lib/i18n/issues';
import { NEW_DRAFT_ID, type TipDraft } from '@/lib/schemas/draft';
import { STEP_MAX, STEPS_MAX, TITLE_MAX, WHY_MAX, levelSchema, type StepTarget } from '@/lib/schemas/tip';
import { useI18n } from '../ui/I18nProvider';
import { useToolChoices } from '../shell/TaughtTools';
import { Spotlight } from '../welcome/Spotlight';
import { ElementField } from './ElementField';
import { RecordSteps } from './RecordSteps';
import { StepPictureField } from './StepPictureField';
import { describeElement } from './describe-element';
import { addStep, appendRecorded, mergeWithNext, moveStep, removeStep, setStepPicture, setStepText, type StepList } from '@/lib/authoring/step-list';
import { PagesField } from './PagesField';
import { TipPreview } from './TipPreview';
import { useMe } from './useMe';
import '../ui/forms.css';
import { messageOf } from '@/lib/errors/message-of';
import { useOnReset } from '../ui/useOnReset';
import { StyleScope } from '../ui/StyleScope';

/** The element id of a form field, for labels, error links and focus. */
const fieldId = (key: string) => `tip-${key.replace('.', '-')}`;
const errorId = (key: string) => `${fieldId(key)}-error`;

function FieldError({ name, errors }: { name: string; errors: FieldErrors }) {
  const { t } = useI18n();
  const issue = errors[name];
  if (!issue) return null;
  return (
    <p className="field-error" id={errorId(name)}>
      {issueMessage(t, issue)}
    </p>
  );
}

/** Props that tie an input to its error message. */
function invalid(name: string, errors: FieldErrors, hint?: string) {
  const described = [errors[name] ? errorId(name) : '', hint ?? ''].filter(Boolean).join(' ');
  return { id: fieldId(name), 'aria-invalid': errors[name] ? true : undefined, 'aria-describedby': described || undefined } as const;
}

function Field({ label, name, children, hint, counter }: { label: string; name: string; children: ReactNode; hint?: string; counter?: string }) {
  return (
    <div className="field">
      <label htmlFor={fieldId(name)}>{label}</label>
      {children}
      {(hint || counter) && (
        <p className="hint" id={`${fieldId(name)}-hint`}>
          {hint} {counter && <span aria-hidden="true">{counter}</span>}
        </p>
      )}
    </div>
  );
}

interface Props {
  initial: TipDraft;
  /** Where the mentor is: an untouched new draft follows it (tool and page). */
  follow?: DetectedContext | null;
  /** Called after the tip was saved (the form starts over). */
  onSaved: (title: string) => void;
  onDiscarded: () => void;
}

/**
 * The tip editor: every field of a tip card, validated by the tip schema with translated
 * field-level messages; every change is autosaved as a draft; a safe Markdown preview.
 */
export function TipEditor({ initial, follow, onSaved, onDiscarded }: Props) {
  const { t } = useI18n();
  const choices = useToolChoices();
  const me = useMe();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [preview, setPreview] = useState(false);
  const [problem, setProblem] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const saving = useRef(Promise.resolve());
  // After a restore or Delete all, writes still queued must not bring this draft back.
  const dropped = useRef(false);
  useOnReset(() => {
    dropped.current = true;
  });
  const editing = draft.id !== NEW_DRAFT_ID;
  const touched = useRef(follow === undefined);
  // The newest draft, also between a change and the next render (recorded steps arrive quickly).
  const latest = useRef(draft);

  useEffect(() => {
    if (touched.current || !follow) return;
    const next = { ...latest.current, tool: follow.tool, contexts: follow.contexts[0] ? [follow.contexts[0]] : [] };
    latest.current = next;
    setDraft(next);
  }, [follow]);

  // After a first save attempt, errors follow the typing (the same check the save makes).
  const errors: FieldErrors = useMemo(() => {
    if (!tried) return {};
    const result = tipFromDraft(draft, { id: 'check', author: me.name, createdAt: 0, now: 1 });
    return result.ok ? {} : result.errors;
  }, [draft, tried, me.name]);

  const update = (patch: Partial<TipDraft>) => {
    touched.current = true;
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    // Autosave every change, one write after the other, so closing the panel loses nothing.
    saving.current = saving.current.then(() => (dropped.current ? undefined : saveDraft(getDb(), tipDrafts, next.id, next))).catch(() => setProblem(t('error.generic', { message: 'draft' })));
  };

  const errorCount = Object.keys(errors).length;

  const save = async () => {
    setTried(true);
    setProblem('');
    await saving.current;
    try {
      const result = await saveTipFromDraft(getDb(), draft, me);
      if (!result.ok) {
        requestAnimationFrame(() => {
          const first = Object.keys(result.errors)[0];
          const target = first ? document.getElementById(fieldId(first)) : null;
          (target ?? summaryRef.current)?.focus();
        });
        return;
      }
      onSaved(result.tip.title);
    } catch (error) {
      setProblem(t('error.generic', { message: messageOf(error) }));
    }
  };

  const discard = async () => {
    await saving.current;
    await discardDraft(getDb(), tipDrafts, draft.id);
    onDiscarded();
  };

  const steps = (change: (list: StepList) => StepList) => {
    const { steps: texts, stepTargets } = change({ steps: latest.current.steps, stepTargets: latest.current.stepTargets });
    update({ steps: texts, stepTargets });
  };
  const setStep = (i: number, value: string) => steps((list) => setStepText(list, i, value));
  const addRecorded = (text: string, target: StepTarget): boolean => {
    const added = appendRecorded(latest.current, text, target);
    if (!added.ok) return false;
    // The page it was done on is one the tip is for.
    const { context } = target;
    const contexts = context && context.startsWith(`${latest.current.tool}.`) && !latest.current.contexts.includes(context) ? [...latest.current.contexts, context] : latest.current.contexts;
    update({ ...added.list, contexts });
    return true;
  };
  const last = draft.steps.length - 1;
  const hasRecorded = Boolean(draft.stepTargets?.some(Boolean));

  return (
    <StyleScope name="forms">
      <section aria-labelledby="editor-heading" className="editor">
        <h1 id="editor-heading">{editing ? t('editor.heading.edit') : t('editor.heading.new')}</h1>
        <p className="hint">{t('editor.autosave')}</p>
        {tried && errorCount > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} data-testid="error-summary">
            <strong>{t('editor.errors', { count: errorCount })}</strong>
            <ul>
              {Object.entries(errors).map(([key, issue]) => (
                <li key={key}>
                  <a href={`#${fieldId(key)}`} onClick={(e) => (e.preventDefault(), document.getElementById(fieldId(key))?.focus())}>
                    {issueMessage(t, issue)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="actions" style={{ margin: '10px 0' }}>
          <button type="button" className="link-button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
            {preview ? t('editor.backToForm') : t('editor.preview')}
          </button>
        </div>
        {preview ? (
          <TipPreview draft={draft} />
        ) : (
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {/* The picker comes first: its page is the one the mentor is looking at now. */}
            <Spotlight id="write" note={t('spotlight.write')}>
              <ElementField locator={draft.locator} title={draft.title} hasRecorded={hasRecorded} onChange={(locator) => update({ locator })} />
            </Spotlight>
            <Field label={t('field.title')} name="title" counter={t('editor.counter', { count: draft.title.length, max: TITLE_MAX })}>
              <input type="text" value={draft.title} onChange={(e) => update({ title: e.target.value })} {...invalid('title', errors)} />
              <FieldError name="title" errors={errors} />
            </Field>
            <Field label={t('field.why')} name="why" hint={t('editor.why.hint')} counter={t('editor.counter', { count: draft.why.length, max: WHY_MAX })}>
              <textarea rows={3} value={draft.why} onChange={(e) => update({ why: e.target.value })} {...invalid('why', errors, `${fieldId('why')}-hint`)} />
              <FieldError name="why" errors={errors} />
            </Field>
            <fieldset>
              <legend>{t('field.steps')}</legend>
              <p className="hint">{t('editor.steps.hint')}</p>
              <RecordSteps lang={draft.lang} hasRecorded={hasRecorded} onStep={addRecorded} />
              {draft.stepTargets?.some((target) => target?.picture) && <p className="hint">{t('picture.hint')}</p>}
              {draft.steps.map((step, i) => {
                const target = draft.stepTargets?.[i];
                return (
                  <div className="field" key={i} data-testid="step-row">
                    <div className="step">
                      <span className="step-number" aria-hidden="true">
                        {i + 1}.
                      </span>
                      <label htmlFor={fieldId(`steps.${i}`)} className="visually-hidden">
                        {t('field.step', { n: i + 1 })}
                      </label>
                      <textarea rows={2} value={step} maxLength={STEP_MAX * 4} onChange={(e) => setStep(i, e.target.value)} {...invalid(`steps.${i}`, errors, target ? `${fieldId(`steps.${i}`)}-target` : undefined)} />
                    </div>
                    {target && (
                      <p className="hint step-target" id={`${fieldId(`steps.${i}`)}-target`}>
                        {t('record.recordedAt', { what: describeElement(t, target.locator) })}
                      </p>
                    )}
                    {target?.picture && <StepPictureField n={i + 1} target={target} onChange={(picture) => steps((list) => setStepPicture(list, i, picture))} />}
                    {draft.steps.length > 1 && (
                      <div className="step-tools">
                        <button type="button" className="icon-button" aria-label={t('editor.step.up', { n: i + 1 })} title={t('editor.step.up', { n: i + 1 })} disabled={i === 0} onClick={() => steps((list) => moveStep(list, i, i - 1))}>
                          ↑
                        </button>
                        <button type="button" className="icon-button" aria-label={t('editor.step.down', { n: i + 1 })} title={t('editor.step.down', { n: i + 1 })} disabled={i === last} onClick={() => steps((list) => moveStep(list, i, i + 1))}>
                          ↓
                        </button>
                        <button type="button" className="icon-button" aria-label={t('editor.step.merge', { n: i + 1 })} title={t('editor.step.merge', { n: i + 1 })} disabled={i === last} onClick={() => steps((list) => mergeWithNext(list, i))}>
                          ⤓
                        </button>
                        <button type="button" className="icon-button" aria-label={t('editor.step.remove', { n: i + 1 })} title={t('editor.step.remove', { n: i + 1 })} onClick={() => steps((list) => removeStep(list, i))}>
                          ✕
                        </button>
                      </div>
                    )}
                    <FieldError name={`steps.${i}`} errors={errors} />
                  </div>
                );
              })}
              <FieldError name="steps" errors={errors} />
              {draft.steps.length < STEPS_MAX && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    steps(addStep);
                    requestAnimationFrame(() => document.getElementById(fieldId(`steps.${draft.steps.length}`))?.focus());
                  }}
                >
                  + {t('editor.step.add')}
                </button>
              )}
            </fieldset>
            <div className="row">
              <Field label={t('field.minutes')} name="minutes">
                <input type="number" inputMode="numeric" min={1} max={15} value={draft.minutes} onChange={(e) => update({ minutes: e.target.value })} {...invalid('minutes', errors)} />
                <FieldError name="minutes" errors={errors} />
              </Field>
              <Field label={t('field.level')} name="level">
                <select value={draft.level} onChange={(e) => update({ level: levelSchema.parse(e.target.value) })} {...invalid('level', errors)}>
                  {levelSchema.options.map((level) => (
                    <option key={level} value={level}>
                      {t(`tip.level.${level}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('field.lang')} name="lang">
                <select value={draft.lang} onChange={(e) => update({ lang: e.target.value === 'de' ? 'de' : 'en' })} {...invalid('lang', errors)}>
                  <option value="de">Deutsch</option>
                  <option value="en">English</option>
                </select>
              </Field>
            </div>
            <Field label={t('field.tags')} name="tags" hint={t('editor.tags.hint')}>
              <input type="text" value={draft.tags} onChange={(e) => update({ tags: e.target.value })} {...invalid('tags', errors, `${fieldId('tags')}-hint`)} />
              {Object.keys(errors)
                .filter((k) => k === 'tags' || k.startsWith('tags.'))
                .map((k) => (
                  <FieldError key={k} name={k} errors={errors} />
                ))}
            </Field>
            <Field label={t('field.source')} name="source" hint={t('source.editor.hint')}>
              <input
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://"
                value={draft.source ?? ''}
                onChange={(e) => update({ source: e.target.value })}
                {...invalid('source', errors, `${fieldId('source')}-hint`)}
              />
              <FieldError name="source" errors={errors} />
            </Field>
            <Field label={t('field.tool')} name="tool">
              <select
                value={draft.tool}
                onChange={(e) => {
                  const tool = choices.find((c) => c.id === e.target.value)?.id ?? draft.tool;
                  update({ tool, contexts: draft.contexts.filter((c) => c.startsWith(`${tool}.`)) });
                }}
                {...invalid('tool', errors)}
              >
                {choices.map(({ id, name }) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </Field>
            <PagesField key={draft.tool} tool={draft.tool} contexts={draft.contexts} onChange={(contexts) => update({ contexts })} error={<FieldError name="contexts" errors={errors} />} />
            {problem && (
              <p className="alert" role="alert">
                {problem}
              </p>
            )}
            <div className="actions">
              <button type="submit" className="primary">
                {t('editor.save')}
              </button>
              <button type="button" className="secondary" onClick={() => void discard()}>
                {t('editor.discard')}
              </button>
            </div>
          </form>
        )}
      </section>
    </StyleScope>
  );
}
