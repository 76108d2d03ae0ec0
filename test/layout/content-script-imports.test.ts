import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { contentScriptFiles } from '../../scripts/content-script-files.js';

const eslint = new ESLint({ cwd: process.cwd() });

/** The content-script rule's messages when `source` is linted as the file at `path`. */
async function restrictedImports(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const FORBIDDEN = `
import { z } from 'zod';
import Dexie from 'dexie';
import { useState } from 'react';
import { openDb } from '../db/database';
import { createHandlers } from '../messaging/handlers';
import { createMessageRouter } from '../messaging/router';
export const all = [z, Dexie, useState, openDb, createHandlers, createMessageRouter];
`;

describe('what content scripts may import (eslint.config.js)', () => {
  it('fails content-script code that imports zod, Dexie, React, the database or the message handlers', async () => {
    for (const path of ['lib/mount/new-mount.ts', 'lib/trackers/jira/new.ts', 'lib/detect.ts']) {
      const messages = await restrictedImports(path, FORBIDDEN);
      expect(messages, path).toHaveLength(6);
    }
    expect(await restrictedImports('entrypoints/jira.content.ts', FORBIDDEN)).toHaveLength(6);
  });

  it('holds every file a content script imports to the rule, wherever it lives', async () => {
    const files = contentScriptFiles(process.cwd());
    expect(files).toEqual(expect.arrayContaining(['lib/sidebar/ticket-hash.ts']));
    for (const file of files)
      expect(
        await restrictedImports(file, "import { z } from 'zod';\nexport { z };"),
        file,
      ).toHaveLength(1);
  });

  it('lets the worker and extension pages import them', async () => {
    expect(await restrictedImports('lib/messaging/handlers.ts', FORBIDDEN)).toEqual([]);
    expect(await restrictedImports('components/sidebar/TagBar.tsx', FORBIDDEN)).toEqual([]);
  });
});
