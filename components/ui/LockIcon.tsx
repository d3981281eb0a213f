/** A small padlock (decorative: the text beside it says what it means). Drawn, not an emoji: emoji fonts are not everywhere. */
export function LockIcon() {
  return (
    <svg className="lock-icon" aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" focusable="false">
      <rect x="2" y="5.5" width="8" height="5.5" rx="1" fill="currentColor" />
      <path d="M3.8 5.5V3.8a2.2 2.2 0 0 1 4.4 0v1.7" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}
