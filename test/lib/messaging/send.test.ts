import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../../lib/messaging/send';

// What extension pages send to the worker, and how they read its answers.

describe('sending a message to the worker', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the envelope and returns the answer its schema reads', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation(async () => ({ ok: true, cleared: 3 }));
    await expect(sendMessage('recent.clear', {})).resolves.toEqual({ ok: true, cleared: 3 });
    expect(send).toHaveBeenCalledWith({ throughline: 1, name: 'recent.clear', payload: {} });
  });

  it('refuses an answer its schema does not read', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: 'yes' }));
    await expect(sendMessage('sync.now', {})).rejects.toThrow();
  });

  it('passes on a worker that gave no answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await expect(sendMessage('sync.now', {})).rejects.toThrow('Receiving end does not exist');
  });
});
