// @vitest-environment node
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules ESLint reports for `code` as if it were the file at `path`. */
async function rulesBroken(path: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result?.messages.map((m) => m.ruleId) ?? [];
}

describe('what runs in the page never reaches React or the database', () => {
  it.each(['entrypoints/linkedin.content.ts', 'entrypoints/highlight.ts', 'entrypoints/picker.ts', 'lib/page/overlay.ts'])('%s may not import Dexie, React or zod', async (path) => {
    for (const module of ['dexie', 'react', 'zod', '@/lib/db/db']) {
      expect(await rulesBroken(path, `import * as m from '${module}';\nexport const used = m;\n`), `${module} in ${path}`).toContain('no-restricted-imports');
    }
    // Loading ESLint's TypeScript parser the first time takes seconds on a busy machine.
  }, 30_000);

  it('an extension page may', async () => {
    expect(await rulesBroken('entrypoints/sidepanel/main.tsx', `import * as m from 'dexie';\nexport const used = m;\n`)).not.toContain('no-restricted-imports');
  });
});
