import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { getDb } from '@/lib/db/db';
import { defaultAgreement, loadAgreement, saveAgreement, type AgreementInput } from '@/lib/meeting/tandem-store';
import type { Role } from '@/lib/settings/settings';
import { explainFailure } from '@/lib/files/messages';
import { LanguageSelect } from '../options/GeneralSection';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import { StyleScope } from '../ui/StyleScope';
import { pointAt } from './Spotlight';
import './welcome.css';

const STEPS = 3;
const roles: Role[] = ['mentee', 'mentor', 'both'];
const cadences = [7, 14, 28] as const;
const rules = ['voluntary', 'confidential', 'noReportingLine'] as const;

/**
 * The first-run welcome (`#welcome` from Settings brings it back): who I am, my name and my
 * partner's, the language; how we meet (the tandem agreement); and where to start for my role,
 * pointing at the real controls. Everything it asks is saved where Settings and the tandem
 * setup keep it, as it is answered.
 */
export function WelcomeView({ onClose }: { onClose: (how: 'finished' | 'skipped') => void }) {
  const { t } = useI18n();
  const [step, setStep] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Each step starts at its heading, for eyes and screen readers alike.
  useEffect(() => headingRef.current?.focus(), [step]);

  const leave = (how: 'finished' | 'skipped', go: () => void) => {
    onClose(how);
    go();
  };
  // Skipped from Settings, it goes back there; on the first run, to the tips.
  const skip = () => leave('skipped', () => (location.hash = location.hash === '#welcome' ? '#settings' : '#tips'));

  return (
    <StyleScope name="welcome">
      <section className="welcome" aria-labelledby="welcome-heading" data-testid="welcome" data-step={step + 1}>
        <div className="welcome-top">
          <p className="eyebrow">{t('welcome.step', { n: step + 1, total: STEPS })}</p>
          <button type="button" className="link-button" onClick={skip}>
            {t('welcome.skip')}
          </button>
        </div>
        {step === 0 && <AboutYou headingRef={headingRef} onNext={() => setStep(1)} />}
        {step === 1 && <HowYouMeet headingRef={headingRef} onBack={() => setStep(0)} onNext={() => setStep(2)} />}
        {step === 2 && <WhereToStart headingRef={headingRef} onBack={() => setStep(1)} leave={leave} />}
      </section>
    </StyleScope>
  );
}

type HeadingRef = RefObject<HTMLHeadingElement | null>;

function Heading({ headingRef, children }: { headingRef: HeadingRef; children: ReactNode }) {
  return (
    <h1 id="welcome-heading" ref={headingRef} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** Step 1: language, role and names, saved as they are chosen (the language switches at once). */
function AboutYou({ headingRef, onNext }: { headingRef: HeadingRef; onNext: () => void }) {
  const { t } = useI18n();
  const { settings, save } = useSettings();
  const id = useId();
  const [myName, setMyName] = useState(settings.myName);
  const [partnerName, setPartnerName] = useState(settings.partnerName);
  const saveNames = () => save({ myName: myName.trim().slice(0, 80), partnerName: partnerName.trim().slice(0, 80) });
  return (
    <form
      className="welcome-form"
      onSubmit={(e) => {
        e.preventDefault();
        void saveNames();
        onNext();
      }}
    >
      <Heading headingRef={headingRef}>{t('welcome.you.title')}</Heading>
      <p className="muted">{t('welcome.you.intro')}</p>
      <div className="welcome-field">
        <label htmlFor={`${id}-lang`}>{t('options.lang.label')}</label>
        <LanguageSelect id={`${id}-lang`} value={settings.lang} onChange={(lang) => void save({ lang })} />
      </div>
      <fieldset className="welcome-roles">
        <legend>{t('welcome.role.label')}</legend>
        {roles.map((role) => (
          <label key={role} className="welcome-choice">
            <input type="radio" name={`${id}-role`} value={role} checked={settings.role === role} onChange={() => void save({ role })} />
            <span>
              <span className="welcome-choice-name">{t(`welcome.role.${role}`)}</span>
              <span className="welcome-choice-hint">{t(`welcome.role.${role}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="welcome-field">
        <label htmlFor={`${id}-me`}>{t('welcome.myName')}</label>
        <input id={`${id}-me`} type="text" maxLength={80} autoComplete="name" value={myName} onChange={(e) => setMyName(e.target.value)} onBlur={() => void saveNames()} aria-describedby={`${id}-names`} />
      </div>
      <div className="welcome-field">
        <label htmlFor={`${id}-partner`}>{t('welcome.partnerName')}</label>
        <input id={`${id}-partner`} type="text" maxLength={80} autoComplete="off" value={partnerName} onChange={(e) => setPartnerName(e.target.value)} onBlur={() => void saveNames()} />
      </div>
      <p className="hint muted" id={`${id}-names`}>
        {t('welcome.names.hint')}
      </p>
      <div className="welcome-actions">
        <button type="submit" className="primary">
          {t('welcome.next')}
        </button>
      </div>
    </form>
  );
}

/** Step 2: the tandem agreement's rhythm, format, length and ground rules (Meeting → setup edits the rest). */
function HowYouMeet({ headingRef, onBack, onNext }: { headingRef: HeadingRef; onBack: () => void; onNext: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [agreement, setAgreement] = useState<AgreementInput>();
  const [problem, setProblem] = useState('');
  useEffect(() => {
    let alive = true;
    void loadAgreement(getDb()).then((stored) => {
      if (alive) setAgreement(stored ? { goals: stored.goals, cadenceDays: stored.cadenceDays, format: stored.format, minutes: stored.minutes, rules: stored.rules } : defaultAgreement);
    });
    return () => {
      alive = false;
    };
  }, []);
  const a = agreement ?? defaultAgreement;
  const update = (patch: Partial<AgreementInput>) => setAgreement({ ...a, ...patch });
  const submit = async () => {
    try {
      await saveAgreement(getDb(), a);
      onNext();
    } catch (error) {
      setProblem(explainFailure(t, error, 'error.storage'));
    }
  };
  // The heading is there from the start (it has the focus); the choices once the agreement is read.
  return (
    <form
      className="welcome-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading headingRef={headingRef}>{t('welcome.together.title')}</Heading>
      <p className="muted">{t('welcome.together.intro')}</p>
      {agreement && (
        <>
          <fieldset className="welcome-inline">
            <legend>{t('welcome.cadence')}</legend>
            {cadences.map((days) => (
              <label key={days} className="welcome-pill">
                <input type="radio" name={`${id}-cadence`} checked={a.cadenceDays === days} onChange={() => update({ cadenceDays: days })} /> {t(`welcome.cadence.${days}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="welcome-inline">
            <legend>{t('agreement.format')}</legend>
            {(['online', 'in-person'] as const).map((format) => (
              <label key={format} className="welcome-pill">
                <input type="radio" name={`${id}-format`} checked={a.format === format} onChange={() => update({ format })} /> {t(`agreement.format.${format}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="welcome-inline">
            <legend>{t('agreement.minutes')}</legend>
            {[30, 60].map((minutes) => (
              <label key={minutes} className="welcome-pill">
                <input type="radio" name={`${id}-minutes`} checked={a.minutes === minutes} onChange={() => update({ minutes })} /> {t('agreement.minutesValue', { count: minutes })}
              </label>
            ))}
          </fieldset>
          <fieldset className="welcome-roles">
            <legend>{t('agreement.rules')}</legend>
            {rules.map((rule) => (
              <label key={rule} className="welcome-choice">
                <input type="checkbox" checked={a.rules[rule]} onChange={(e) => update({ rules: { ...a.rules, [rule]: e.target.checked } })} /> <span>{t(`agreement.rule.${rule}`)}</span>
              </label>
            ))}
          </fieldset>
          {problem && (
            <p className="alert" role="alert">
              {problem}
            </p>
          )}
          <div className="welcome-actions">
            <button type="submit" className="primary">
              {t('welcome.together.save')}
            </button>
            <button type="button" className="secondary" onClick={onNext}>
              {t('welcome.together.later')}
            </button>
            <button type="button" className="link-button" onClick={onBack}>
              {t('welcome.back')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}

/** Step 3: for a mentee, how the mentor's tips arrive; for a mentor, where the first tip is written. */
function WhereToStart({ headingRef, onBack, leave }: { headingRef: HeadingRef; onBack: () => void; leave: (how: 'finished', go: () => void) => void }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const learns = settings.role !== 'mentor';
  const teaches = settings.role !== 'mentee';
  return (
    <div className="welcome-form">
      <Heading headingRef={headingRef}>{t('welcome.start.title')}</Heading>
      <p className="muted">{t(`welcome.start.intro.${settings.role}`)}</p>
      {teaches && (
        <section className="welcome-card" aria-labelledby="welcome-mentor" data-testid="welcome-mentor">
          <h2 id="welcome-mentor">{t('welcome.mentor.heading')}</h2>
          <ol className="welcome-steps">
            <li>{t('welcome.mentor.page')}</li>
            <li>{t('welcome.mentor.pick')}</li>
            <li>{t('welcome.mentor.send')}</li>
          </ol>
          <button type="button" className="primary" onClick={() => leave('finished', () => pointAt('write', '#write'))}>
            {t('welcome.mentor.go')}
          </button>
        </section>
      )}
      {learns && (
        <section className="welcome-card" aria-labelledby="welcome-mentee" data-testid="welcome-mentee">
          <h2 id="welcome-mentee">{t('welcome.mentee.heading')}</h2>
          <p>{t('welcome.mentee.file')}</p>
          <p>{t('welcome.mentee.starter')}</p>
          <button type="button" className={teaches ? 'secondary' : 'primary'} onClick={() => leave('finished', () => pointAt('import', '#exchange'))}>
            {t('welcome.mentee.go')}
          </button>
        </section>
      )}
      <div className="welcome-actions">
        <button type="button" className="secondary" onClick={() => leave('finished', () => (location.hash = '#tips'))}>
          {t('welcome.done')}
        </button>
        <button type="button" className="link-button" onClick={onBack}>
          {t('welcome.back')}
        </button>
      </div>
    </div>
  );
}
