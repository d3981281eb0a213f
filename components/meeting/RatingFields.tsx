import { useI18n } from '../ui/I18nProvider';

/** A 1–5 star rating (radio buttons) and one line of feedback: the session log's and the history's. */
export function RatingFields({
  name,
  label,
  rating,
  line,
  onChange,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  /** The group's accessible name. */
  label: string;
  rating: number;
  line: string;
  onChange: (change: { rating?: number; line?: string }) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="stars" role="radiogroup" aria-label={label}>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="star">
            <input type="radio" name={name} value={n} checked={rating === n} onChange={() => onChange({ rating: n })} />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('log.stars', { count: n })}</span>
          </label>
        ))}
      </div>
      <label className="block">
        {t('log.line')}
        <input type="text" maxLength={300} value={line} onChange={(e) => onChange({ line: e.target.value })} />
      </label>
    </>
  );
}
