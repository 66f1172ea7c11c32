import { ESLint } from 'eslint';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The lint rules that keep the runtimes apart (eslint.config.js, DESIGN.md §1), run through
// ESLint's own API on small snippets placed, by file name, in each folder.

const root = path.resolve(__dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.severity === 2 && /no-restricted-imports/.test(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('renderer/', () => {
  const file = 'renderer/src/x.ts';
  it('may not import the core at run time', async () => {
    const errors = await boundaryErrors(file, `import { openCore } from '../../main/core/open';\nexport const f = openCore;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/import type/);
  });
  it('may not import the contract at run time either', async () => {
    expect(await boundaryErrors(file, `import { OP_NAMES } from '../../main/api/contract';\nexport const n = OP_NAMES;\n`)).toHaveLength(1);
  });
  it('may import types from main/api', async () => {
    const code = `import type { OpName } from '../../main/api/contract';\nimport type { Signup } from '../../main/api/types';\nexport type X = OpName | Signup;\n`;
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
  it.each(['node:fs', 'fs', 'path', 'os', 'child_process', 'electron', 'better-sqlite3', 'exceljs'])('may not import %s', async (mod) => {
    const errors = await boundaryErrors(file, `import * as m from '${mod}';\nexport const x = m;\n`);
    expect(errors).toHaveLength(1);
  });
  it('may import React', async () => {
    expect(await boundaryErrors('renderer/src/y.tsx', `import { useState } from 'react';\nexport const u = useState;\n`)).toEqual([]);
  });
});

describe('main/ outside main/electron/', () => {
  it('the core may not import electron or electron-store', async () => {
    expect(await boundaryErrors('main/core/x.ts', `import { app } from 'electron';\nexport const a = app;\n`)).toHaveLength(1);
    expect(await boundaryErrors('main/web/x.ts', `import Store from 'electron-store';\nexport const s = Store;\n`)).toHaveLength(1);
    expect(await boundaryErrors('main/cli/x.ts', `import { app } from 'electron';\nexport const a = app;\n`)).toHaveLength(1);
  });
  it('main/electron/ may', async () => {
    expect(await boundaryErrors('main/electron/x.ts', `import { app } from 'electron';\nexport const a = app;\n`)).toEqual([]);
  });
});

describe('preload/', () => {
  const file = 'preload/x.ts';
  it('may import electron and the contract', async () => {
    const code = `import { ipcRenderer } from 'electron';\nimport { OP_NAMES } from '../main/api/contract';\nexport const x = [ipcRenderer, OP_NAMES];\n`;
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
  it.each(['../main/core/open', 'node:fs', 'zod', 'better-sqlite3'])('may not import %s', async (mod) => {
    expect(await boundaryErrors(file, `import * as m from '${mod}';\nexport const x = m;\n`)).toHaveLength(1);
  });
});

describe('everywhere', () => {
  it('rejects any', async () => {
    const [result] = await eslint.lintText(`export const f = (x: any) => x;\n`, { filePath: path.join(root, 'main/core/x.ts') });
    expect(result?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-explicit-any');
  });
});
