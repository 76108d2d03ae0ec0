import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRACKER_MATCHES } from '../../../lib/trackers/registry';

/**
 * The hosts the fixture server stands in for: every tracker's cloud host (`github.com`,
 * `*.atlassian.net`, `gitlab.com`…, from the registry) and the self-hosted sites the tests add.
 */
export const FIXTURE_HOSTS = [
  ...TRACKER_MATCHES.map((pattern) => /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? ''),
  'jira.example.com',
  'ghe.example.com',
  'gitlab.example.com',
];
/** A throwaway self-signed certificate for the fixture hosts, made with the system's openssl. */
export function createSelfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-cert-'));
  try {
    const san = FIXTURE_HOSTS.map((host) => `DNS:${host}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-subj',
        '/CN=throughline-fixtures',
        '-addext',
        `subjectAltName=${san}`,
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
