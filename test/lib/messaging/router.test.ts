import { describe, expect, it } from 'vitest';
import { createMessageRouter, type Handlers } from '../../../lib/messaging/router';
import { PAGE_WORDS, type PageWords } from '../../../lib/summary/page-words';

const ID = 'our-extension-id';
const ORIGIN = 'chrome-extension://our-extension-id/';
const calls: string[] = [];
const ok = async () => ({ ok: true });
const words = Object.fromEntries(PAGE_WORDS.map((word) => [word, word])) as PageWords;
const handlers = {
  'sync.now': async () => {
    calls.push('sync.now');
    return { ok: true };
  },
  'link.set': async (args) => {
    calls.push(`link.set ${args.ticketId}`);
    return { ok: true };
  },
  'link.clear': ok,
  'picker.search': async () => ({ options: [] }),
  'search.query': async () => ({ size: 0, hits: [], building: false }),
  'rejection.dismiss': ok,
  'connection.connect': async () => ({ ok: true as const, workspaceName: 'Acme' }),
  'connection.disconnect': ok,
  'local.reset': ok,
  'standalone.import': async () => ({ ok: false, problems: [] }),
  'standalone.remove': ok,
  'outbox.retry': ok,
  'outbox.discard': ok,
  'frame.token': async () => ({ token: 'token-for-test' }),
  'summary.watch': async ({ ticketId }) => ({ summary: { ticketId }, words }),
  'summary.unwatch': ok,
  'standalone.preview': async () => ({ ok: false, problems: [] }),
  'recent.clear': ok,
  'marks.watch': async ({ ticketIds }) => ({
    summaries: ticketIds.map((ticketId) => ({ ticketId })),
    buckets: [],
    words,
  }),
  'marks.unwatch': ok,
} satisfies Handlers;
const route = createMessageRouter(ID, ORIGIN, handlers);
const page = { id: ID, url: `${ORIGIN}sidebar.html#id=x` };
const contentScript = { id: ID, url: 'https://github.com/acme/app/issues/1', tab: {} };
const envelope = (name: string, payload: unknown) => ({ throughline: 1, name, payload });

describe('message router', () => {
  it('answers a well-formed message from an extension page', async () => {
    const reply = route(
      envelope('link.set', { ticketId: 'linear:acme/ENG-7', intentId: 'i1' }),
      page,
    );
    expect(await reply).toEqual({ ok: true });
    expect(calls).toContain('link.set linear:acme/ENG-7');
  });

  it('ignores messages from other extensions', () => {
    expect(route(envelope('sync.now', {}), { ...page, id: 'someone-else' })).toBeUndefined();
  });

  it('refuses data-changing messages from content scripts', () => {
    expect(
      route(envelope('link.set', { ticketId: 'linear:acme/ENG-7', intentId: 'i1' }), contentScript),
    ).toBeUndefined();
    expect(route(envelope('picker.search', { query: 'x' }), contentScript)).toBeUndefined();
  });

  it('answers marks for at most 500 canonical ids from a content script in a tab', async () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => `github:github.com/acme/app#${i + 1}`);
    const sender = { ...contentScript, tab: { id: 3 } };
    const reply = (await route(envelope('marks.watch', { ticketIds: ids(500) }), sender)) as {
      summaries: unknown[];
    };
    expect(reply.summaries).toHaveLength(500);
    expect(route(envelope('marks.watch', { ticketIds: ids(501) }), sender)).toBeUndefined();
    expect(route(envelope('marks.watch', { ticketIds: ['PAY-42'] }), sender)).toBeUndefined();
    expect(route(envelope('marks.watch', { ticketIds: ids(1) }), page)).toBeUndefined();
  });

  it('ignores malformed envelopes and payloads', () => {
    expect(route({ name: 'sync.now' }, page)).toBeUndefined();
    expect(route(envelope('drop.tables', {}), page)).toBeUndefined();
    expect(
      route(envelope('link.set', { ticketId: 'PAY-42', intentId: 'i1' }), page),
    ).toBeUndefined();
    expect(route(envelope('link.set', { ticketId: 'linear:acme/ENG-7' }), page)).toBeUndefined();
    expect(route('sync.now', page)).toBeUndefined();
  });
});
