import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import {
  BUILDS,
  ROOT,
  buildFiles,
  documentedPermissions,
  pngSize,
  readManifest,
  type Build,
} from './built-manifests';

const packageVersion = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
const documented = documentedPermissions(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const sorted = (values: string[]) => [...new Set(values)].sort();

/** What a store lists for each build: MV3 splits API and host permissions, MV2 does not. */
function asked(build: Build) {
  const m = readManifest(build);
  return {
    required: sorted([...m.permissions, ...m.host_permissions]),
    optional: sorted([...m.optional_permissions, ...m.optional_host_permissions]),
  };
}

/** Script sources an extension page or worker could load from outside the package. */
const REMOTE_CODE = [
  /<script[^>]+src=["']?(https?:)?\/\//i,
  /\bimportScripts\([^)]*["'`](https?:)?\/\//,
  /\bimport\(\s*["'`](https?:)?\/\//,
  /\.src\s*=\s*["'`]https?:\/\/[^"'`]*\.m?js["'`]/,
];

describe.each(Object.keys(BUILDS) as Build[])('the %s package', (build) => {
  const manifest = readManifest(build);

  it('names itself in every language it ships, English first', () => {
    const raw = readFileSync(join(BUILDS[build], 'manifest.json'), 'utf8');
    expect(JSON.parse(raw)).toMatchObject({ default_locale: 'en' });
    const keys = [...raw.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThan(0);
    const languages = buildFiles(build)
      .filter((file) => /^_locales\/[^/]+\/messages\.json$/.test(file))
      .map((file) => file.split('/')[1]!);
    expect(languages).toContain('en');
    for (const language of languages) {
      const messages = JSON.parse(
        readFileSync(join(BUILDS[build], '_locales', language, 'messages.json'), 'utf8'),
      ) as Record<string, { message?: string }>;
      for (const key of keys) expect(messages[key]?.message, `${language}: ${key}`).toBeTruthy();
    }
  });

  it('carries the version in package.json', () => {
    expect(manifest.version).toBe(packageVersion);
  });

  it("asks for exactly the permissions the README's Permissions section lists", () => {
    expect(asked(build)).toEqual({
      required: sorted(documented.required),
      optional: sorted(documented.optional),
    });
  });

  it('runs content scripts only where it has host permission', () => {
    const hosts = asked(build).required;
    for (const script of manifest.content_scripts)
      for (const match of script.matches) expect(hosts).toContain(match);
  });

  it('exposes to web pages only the sidebar frame', () => {
    const resources = manifest.web_accessible_resources.flatMap((entry) =>
      typeof entry === 'string' ? [entry] : entry.resources,
    );
    expect(resources).toEqual(['sidebar.html']);
  });

  it('allows no eval and no remote script sources in its content security policy', () => {
    const policies =
      manifest.content_security_policy === undefined
        ? []
        : typeof manifest.content_security_policy === 'string'
          ? [manifest.content_security_policy]
          : Object.values(manifest.content_security_policy);
    for (const policy of policies) {
      expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc).not.toMatch(/https?:|\*|data:|blob:/);
    }
  });

  it('loads no code from outside the package', () => {
    const code = buildFiles(build).filter((file) => /\.(m?js|html)$/.test(file));
    expect(code.length).toBeGreaterThan(0);
    for (const file of code) {
      const text = readFileSync(join(BUILDS[build], file), 'utf8');
      for (const pattern of REMOTE_CODE)
        expect(pattern.test(text), `${file} matches ${pattern}`).toBe(false);
    }
  });

  it('starts its content scripts only at the first idle moment after the page has loaded', () => {
    for (const file of manifest.content_scripts.flatMap((script) => script.js)) {
      const code = readFileSync(join(BUILDS[build], file), 'utf8');
      // A page still loading, and an extension API that would throw if anything read it then.
      const waiting: { type: string; listener: () => void }[] = [];
      const idle: (() => void)[] = [];
      const extensionRead = vi.fn();
      const page = {
        document: { readyState: 'interactive' },
        addEventListener: (type: string, listener: () => void) => waiting.push({ type, listener }),
        requestIdleCallback: (callback: () => void) => idle.push(callback),
        get chrome() {
          return extensionRead();
        },
        get browser() {
          return extensionRead();
        },
      };
      const context = vm.createContext(page);
      vm.runInContext(code, context, { filename: file });
      expect(extensionRead, file).not.toHaveBeenCalled();
      expect(
        waiting.map(({ type }) => type),
        file,
      ).toEqual(['load']);
      waiting[0]!.listener();
      expect(idle, file).toHaveLength(1);
      expect(extensionRead, file).not.toHaveBeenCalled();
    }
  });

  it('has every icon size the stores ask for, at its size', () => {
    const sizes = build === 'firefox' ? ['16', '32', '48', '96', '128'] : ['16', '32', '48', '128'];
    for (const size of sizes) {
      const path = manifest.icons[size];
      expect(path, `icon ${size}`).toBeDefined();
      expect(pngSize(join(BUILDS[build], path!))).toEqual({
        width: Number(size),
        height: Number(size),
      });
    }
  });
});

describe('the Firefox package', () => {
  it('installs on the oldest supported Firefox ESR (140)', () => {
    const gecko = readManifest('firefox').browser_specific_settings as {
      gecko: { id: string; strict_min_version: string };
    };
    expect(Number.parseFloat(gecko.gecko.strict_min_version)).toBeLessThanOrEqual(140);
    expect(gecko.gecko.id).toBe('throughline@throughline.dev');
  });
});
