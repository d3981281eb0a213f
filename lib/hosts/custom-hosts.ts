import { z } from 'zod';

/** Tools a user can run on their own servers: Tableau Server, Excel via Office Online Server. */
export const selfHostableTools = ['tableau', 'excel'] as const;

/** A lower-case DNS hostname with at least one dot (no IP addresses, no ports). */
export const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Hosts whose tools we already know; adding them again would only duplicate. */
const BUILTIN = /(^|\.)(linkedin\.com|officeapps\.live\.com|sharepoint\.com|office\.com|microsoft365\.com|online\.tableau\.com|public\.tableau\.com|excel\.cloud\.microsoft|chatgpt\.com|chat\.openai\.com)$/;

/** Is this a host of a tool Tandem Tips ships with (no one may claim it for another tool)? */
export function isBuiltinHost(host: string): boolean {
  return BUILTIN.test(host);
}

export const customHostSchema = z.strictObject({
  host: z.string().regex(HOSTNAME),
  tool: z.enum(selfHostableTools),
});
export type CustomHost = z.infer<typeof customHostSchema>;

export type HostInputError = 'empty' | 'invalid' | 'builtin' | 'duplicate';

/**
 * The hostname in what a user typed ("https://tableau.example.org/#/home" → "tableau.example.org"),
 * or why it is not acceptable. Only https hosts, no wildcards, no paths that change the host.
 */
export function parseHostInput(input: string, existing: readonly CustomHost[]): { host: string } | { error: HostInputError } {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { error: 'empty' };
  let host: string;
  try {
    const url = new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' || url.username || url.password || url.port) return { error: 'invalid' };
    host = url.hostname;
  } catch {
    return { error: 'invalid' };
  }
  if (!HOSTNAME.test(host)) return { error: 'invalid' };
  if (BUILTIN.test(host)) return { error: 'builtin' };
  if (existing.some((h) => h.host === host)) return { error: 'duplicate' };
  return { host };
}

/** The match pattern (and permission origin) for a host. */
export function originOf(host: string): string {
  return `https://${host}/*`;
}

/** Valid hosts from stored or policy data; anything malformed is dropped, not trusted. */
export function parseHostList(raw: unknown): CustomHost[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const hosts: CustomHost[] = [];
  for (const item of raw) {
    const parsed = customHostSchema.safeParse(item);
    if (parsed.success && !seen.has(parsed.data.host) && !BUILTIN.test(parsed.data.host)) {
      seen.add(parsed.data.host);
      hosts.push(parsed.data);
    }
  }
  return hosts;
}
