import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

/**
 * An embedded database (PGlite) directory has one owner at a time. PGlite keeps its pages in the
 * memory of the process that opened it and writes them back on checkpoint and close, and it takes
 * no lock of its own (its `postmaster.pid` names no process). A second process on the same
 * directory, say `npm run server -- import` beside a running `npm start`, would report its import
 * done, and the running server would write its own pages over it when it stopped: the import lost.
 * So each opener takes this lock first, a file beside the directory (inside it, initdb would find
 * the directory not empty) holding the owner's pid.
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is open in another Throughline process (pid ${pid}), ` +
        'such as a running `npm start` or `npm run server`. It has one owner at a time: stop that ' +
        'process and try again, or import over HTTP with POST /v1/import while it runs.',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Where the lock of `dataDir` (an absolute path) is kept. */
export const lockFileOf = (dataDir: string) => `${dataDir}.lock`;

/** Whether a process with this pid is running (one we may not signal is running too). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of `dataDir` for this process, or throws DataDirInUseError naming the process
 * that holds it. A lock left by a process that is gone (killed, crashed) is taken over. Returns
 * the release, which is also run when the process exits.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = lockFileOf(dataDir);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(lockFile);
      if (owner !== undefined && (owner === process.pid || isRunning(owner)))
        throw new DataDirInUseError(dataDir, owner);
      // Left behind by a process that is gone, or half written by one that died writing it.
      if (attempt > 0) throw new DataDirInUseError(dataDir, owner ?? 0);
      try {
        unlinkSync(lockFile);
      } catch {
        // Another process took it over first: the next attempt sees its lock.
      }
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    if (ownerOf(lockFile) === process.pid) {
      try {
        unlinkSync(lockFile);
      } catch {
        // Already gone.
      }
    }
  };
  process.on('exit', release);
  return release;
}
