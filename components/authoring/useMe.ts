import type { Me } from '@/lib/authoring/my-tips';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';

/** Who writes: my name from the settings, and my pack's name in my language. */
export function useMe(): Me {
  const { settings } = useSettings();
  const { t } = useI18n();
  const name = settings.myName.trim();
  return { name, packName: name ? t('mytips.packName', { name }) : t('mytips.packNameAnon') };
}
