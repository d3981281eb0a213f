import type { MessageKey } from '@/lib/i18n/en';
import { isMessageKey, type Translate } from '@/lib/i18n/translator';
import type { ElementLocator } from '@/lib/page/locator/types';

/** "button “Save”": the kind of element in the UI language and the label it had when picked. */
export function describeElement(t: Translate, locator: Pick<ElementLocator, 'role' | 'label'>): string {
  const key = `role.${locator.role ?? ''}`;
  const kind = isMessageKey(key) ? t(key) : t('role.other');
  return `${kind} “${locator.label}”`;
}

/** The role names the picker shows on the page, in the UI language. */
export function roleNames(t: Translate): Record<string, string> {
  const roles = ['button', 'link', 'textbox', 'combobox', 'checkbox', 'radio', 'tab', 'menuitem', 'heading'];
  return Object.fromEntries(roles.map((role) => [role, t(`role.${role}` as MessageKey)]));
}
