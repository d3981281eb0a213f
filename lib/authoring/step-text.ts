import type { Translate } from '../i18n/translator';
import type { RecordedStep } from '../page/recorder';

/** Markdown's inline markers, escaped so a control's name shows as written ("*_ Save _*"). */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);

/** What a step calls the control: its accessible name, without a required-field star. */
function controlName(step: RecordedStep): string {
  const { name, label, tag } = step.locator;
  const text = (name ?? (label !== tag ? label : '')).replace(/\s*\*$/, '').trim();
  return text;
}

/**
 * The draft text of a recorded step in the tip's language (`t` speaks it), from the control's role and name:
 * "Click **Edit intro**", "Choose **Formulas**", "Type in **Headline**". Never what was typed.
 */
export function draftStepText(step: RecordedStep, t: Translate): string {
  const name = controlName(step);
  const bold = escapeMarkdown(name);
  switch (step.action) {
    case 'type':
      return name ? t('record.step.type', { name: bold }) : t('record.step.typeUnnamed');
    case 'enter':
      return name ? t('record.step.enter', { name: bold }) : t('record.step.typeUnnamed');
    case 'choose':
      if (!name) return t('record.step.clickUnnamed');
      return step.locator.tag === 'select' ? t('record.step.select', { name: bold }) : t('record.step.choose', { name: bold });
    default:
      return name ? t('record.step.click', { name: bold }) : t('record.step.clickUnnamed');
  }
}
