const pad = (n: number) => String(n).padStart(2, '0');

/** A timestamp as the value of an `<input type="date">` (local time). */
export function toDateInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A timestamp as the value of an `<input type="time">` (local time). */
export function toTimeInput(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Date and time inputs back to a timestamp; null when either is empty or invalid. */
export function fromInputs(date: string, time: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const at = new Date(`${date}T${time}`).getTime();
  return Number.isNaN(at) ? null : at;
}
