/**
 * Characters that reorder or hide text: bidi embeddings, overrides, isolates and marks, and
 * zero-width characters. In a title or a name from someone else's file they make it read
 * differently than it is ("Open ‮txt.exe" shows as "Open exe.txt").
 */
const INVISIBLE = /[\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const ANY = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** A zero-width joiner outside an emoji sequence (inside one it draws e.g. 👩‍💻). */
const LONE_JOINER = /(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/** Text without the characters that would make it read differently than it is. */
export function stripInvisible(text: string): string {
  // Nearly all text has none of them: test once before building a new string.
  return ANY.test(text) ? text.replace(INVISIBLE, '').replace(LONE_JOINER, '') : text;
}

/**
 * Strips those characters from every string of a parsed file, in place (keys included), before
 * anything is validated or stored: one place for titles, names and texts of every imported file.
 * Call it after a checksum was verified, since it changes the content.
 */
export function stripInvisibleDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripInvisible(value);
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        if (typeof child === 'string') node[i] = stripInvisible(child);
        else stack.push(child);
      });
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      const cleanKey = stripInvisible(key);
      const cleanChild = typeof child === 'string' ? stripInvisible(child) : child;
      if (cleanKey !== key || cleanChild !== child) {
        Reflect.deleteProperty(node, key);
        // defineProperty, not assignment: a key "__proto__" from JSON must stay a plain key.
        Object.defineProperty(node, cleanKey, { value: cleanChild, enumerable: true, writable: true, configurable: true });
      }
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return value;
}
