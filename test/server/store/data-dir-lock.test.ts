import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir, lockFileOf } from '../../../server/store/data-dir-lock';

describe('the embedded database directory has one owner at a time', () => {
  let parent: string;
  let dataDir: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'throughline-lock-'));
    dataDir = join(parent, 'data');
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('refuses a second owner, naming the one that holds it and what to do, until it lets go', () => {
    const release = lockDataDir(dataDir);
    expect(readFileSync(lockFileOf(dataDir), 'utf8').trim()).toBe(String(process.pid));
    let refusal: unknown;
    try {
      lockDataDir(dataDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirInUseError);
    expect((refusal as DataDirInUseError).pid).toBe(process.pid);
    expect((refusal as Error).message).toContain(`pid ${process.pid}`);
    expect((refusal as Error).message).toContain('POST /v1/import');
    release();
    expect(existsSync(lockFileOf(dataDir))).toBe(false);
    lockDataDir(dataDir)();
  });

  it('takes over a lock left by a process that is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lockFileOf(dataDir), `${gone}\n`);
    const release = lockDataDir(dataDir);
    expect(readFileSync(lockFileOf(dataDir), 'utf8').trim()).toBe(String(process.pid));
    release();
  });

  it('takes over a lock file with no pid in it (its writer died writing it)', () => {
    writeFileSync(lockFileOf(dataDir), '');
    lockDataDir(dataDir)();
  });

  it('leaves a lock it no longer holds alone on release', () => {
    const release = lockDataDir(dataDir);
    writeFileSync(lockFileOf(dataDir), '1\n'); // taken over meanwhile (pid 1 runs everywhere)
    release();
    expect(readFileSync(lockFileOf(dataDir), 'utf8')).toBe('1\n');
  });
});
