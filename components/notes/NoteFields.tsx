import { useId, useState } from 'react';
import { BODY_MAX, parseTags } from '@/lib/notes/notes';
import { noteKindSchema, type Note } from '@/lib/schemas/note';
import { useI18n } from '../ui/I18nProvider';

/** The fields of a note, shared by the quick add and the editor: kind, text, tags, visibility, meeting. */
export function NoteFields({
  note,
  onChange,
  bodyRef,
}: {
  note: Note;
  onChange: (patch: Partial<Note>) => void;
  bodyRef?: React.Ref<HTMLTextAreaElement>;
}) {
  const { t } = useI18n();
  const id = useId();
  // The tag text as typed ("excel, jar"): parsed into the note on every change, kept as typed here.
  const [tagText, setTagText] = useState(note.tags.join(', '));
  const tagError = parseTags(tagText).error;

  return (
    <div className="note-fields">
      <fieldset className="kind-choice">
        <legend>{t('notes.kind.label')}</legend>
        {noteKindSchema.options.map((kind) => (
          <label key={kind} className={`kind-option kind-${kind}`}>
            <input type="radio" name={`${id}-kind`} value={kind} checked={note.kind === kind} onChange={() => onChange({ kind })} />
            {t(`notes.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-body`} className="field-label">
        {t('notes.body.label')}
      </label>
      <textarea
        id={`${id}-body`}
        ref={bodyRef}
        className="note-body-input"
        rows={4}
        maxLength={BODY_MAX}
        value={note.body}
        placeholder={t(`notes.body.placeholder.${note.kind}`)}
        onChange={(e) => onChange({ body: e.target.value })}
      />
      <label htmlFor={`${id}-tags`} className="field-label">
        {t('notes.tags.label')}
      </label>
      <input
        id={`${id}-tags`}
        type="text"
        value={tagText}
        aria-invalid={tagError ? true : undefined}
        aria-describedby={tagError ? `${id}-tags-error` : undefined}
        onChange={(e) => {
          setTagText(e.target.value);
          onChange({ tags: parseTags(e.target.value).tags });
        }}
      />
      {tagError && (
        <p id={`${id}-tags-error`} className="error field-error">
          {t(tagError === 'tooMany' ? 'notes.tags.tooMany' : 'notes.tags.tooLong')}
        </p>
      )}
      <fieldset className="visibility-choice">
        <legend>{t('notes.visibility.label')}</legend>
        {(['private', 'shared'] as const).map((visibility) => (
          <label key={visibility}>
            <input
              type="radio"
              name={`${id}-visibility`}
              value={visibility}
              checked={note.visibility === visibility}
              onChange={() => onChange({ visibility })}
            />
            {t(`notes.visibility.${visibility}`)}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={note.forMeeting} onChange={(e) => onChange({ forMeeting: e.target.checked })} />
        {t('notes.forMeeting')}
      </label>
    </div>
  );
}
