import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Runs the real command line in a child process, as a user would: `node --import tsx main/cli/main.ts`.
export const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'main', 'cli', 'main.ts');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function samling(args: string[], input?: string, env: NodeJS.ProcessEnv = process.env): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command that must succeed with JSON on stdout, and returns the parsed JSON. */
export function samlingJson<T>(args: string[], input?: string): T {
  const r = samling(args, input);
  if (r.code !== 0) throw new Error(`samling ${args.join(' ')} → ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
