/**
 * Heuristics for names that survive a reload: generated ids (`ember93`, `:r1:`, member URNs like
 * `ACoAABicbJMBf5xJ3pQ8wZr`) and hashed class names (`_3xk9a`, `css-1q2w3e`) do not.
 */
export function isStableToken(value: string): boolean {
  if (!value || value.length > 120) return false;
  if (/^(ember|react|mui|radix|headlessui|rc_|auto_|ext-gen|yui_|uid)[-_:]?\d+/i.test(value)) return false;
  if (/^:r[0-9a-z]+:$/.test(value) || /^[0-9]/.test(value)) return false;
  if (/\d{4,}/.test(value)) return false;
  // A run of 8+ letters mixing upper and lower case with digits is an encoded id or hash.
  for (const part of value.split(/[-_:.]/)) {
    if (part.length >= 8 && /\d/.test(part) && /[a-z]/.test(part) && /[A-Z]/.test(part)) return false;
  }
  if (/^(css|sc|jsx|emotion|styled)-[a-z0-9]+$/i.test(value)) return false;
  if (/^_?[a-z0-9]{5,8}$/i.test(value) && /\d/.test(value) && /[a-z]/i.test(value)) return false;
  return true;
}
