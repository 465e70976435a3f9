import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.ts';

const script = join(projectRoot, 'scripts', 'check-node.cjs');

/** Runs the check as Node `version` would, by giving the process that version first. */
const checkAs = (version?: string) =>
  spawnSync(
    process.execPath,
    version === undefined
      ? [script]
      : [
          '-e',
          `Object.defineProperty(process, 'version', { value: 'v${version}' });
           Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${version}' } });
           require(${JSON.stringify(script)});`,
        ],
    { encoding: 'utf8' },
  );

describe('the Node check of npm install and npm start', () => {
  it('passes on the Node the tests run on', () => {
    expect(checkAs().status).toBe(0);
  });

  it('says in one line which Node is needed and how to get it, on Node 20 or an old 22', () => {
    for (const version of ['20.20.2', '22.11.0', '18.19.0']) {
      const { status, stderr } = checkAs(version);
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        `This project needs Node.js 24 (or 22.22+), not v${version}: run  export PATH="$(scripts/node.sh)/bin:$PATH"  (README, "Quick start") and try again.`,
      ]);
    }
    expect(checkAs('22.22.0').status).toBe(0);
    expect(checkAs('24.0.0').status).toBe(0);
  });
});
