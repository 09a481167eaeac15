/** The README's first command: `npm start` builds and serves the demo workspace (no desktop `code` here). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './workbench';

describe('npm start', () => {
  it('builds, starts the offline host on 127.0.0.1 with the demo workspace, and prints the URL', () => {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'start.mjs'), '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 170_000,
      env: { ...process.env, PORT: '0' },
    });
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    const url = /start: (http:\/\/127\.0\.0\.1:\d+\/\S+) answered 200/.exec(result.stdout)?.[1];
    assert.ok(url, result.stdout);
    const params = new URL(url).searchParams;
    assert.match(params.get('folder') ?? '', /demo-workspace$/);
    assert.match(params.get('payload') ?? '', /extensionDevelopmentPath/);
  });
});
