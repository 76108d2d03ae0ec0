// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WORKER_SILENT, useWorkerAction } from '../../../components/shared/useWorkerAction';

describe('asking the worker from a page', () => {
  it('is busy while the worker works, then shows the reason it gave for refusing', async () => {
    const { result } = renderHook(() => useWorkerAction());
    let answer!: (reply: { ok: boolean; error?: string }) => void;
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.run(() => new Promise((resolve) => (answer = resolve)));
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      answer({ ok: false, error: 'Connect Throughline to a context API first.' });
      await pending;
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBe('Connect Throughline to a context API first.');
  });

  it('says the worker did not answer when the message fails, and clears it on the next success', async () => {
    const { result } = renderHook(() => useWorkerAction());
    await act(() => result.current.run(() => Promise.reject(new Error('port closed'))));
    expect(result.current.error).toBe(WORKER_SILENT);
    await act(() => result.current.run(async () => ({ ok: true })));
    expect(result.current.error).toBeUndefined();
  });
});
