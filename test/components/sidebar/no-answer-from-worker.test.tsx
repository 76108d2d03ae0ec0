// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { NoAnswerYet } from '../../../components/sidebar/NoAnswerYet';
import { useStalled } from '../../../components/sidebar/useStalled';

const AFTER_MS = 5000;

describe('a wait for the worker that lasts', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('is stalled once it has lasted the time given, not before', () => {
    const { result } = renderHook(() => useStalled(true, AFTER_MS, 'A'));
    act(() => void vi.advanceTimersByTime(AFTER_MS - 1));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });

  it('ends when the answer comes', () => {
    const { result, rerender } = renderHook(({ waiting }) => useStalled(waiting, AFTER_MS, 'A'), {
      initialProps: { waiting: true },
    });
    act(() => void vi.advanceTimersByTime(AFTER_MS));
    rerender({ waiting: false });
    expect(result.current).toBe(false);
  });

  it('starts again for another ticket, and for one shown again', () => {
    const { result, rerender } = renderHook(({ key }) => useStalled(true, AFTER_MS, key), {
      initialProps: { key: 'A' },
    });
    act(() => void vi.advanceTimersByTime(AFTER_MS));
    expect(result.current).toBe(true);
    rerender({ key: 'B' });
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(AFTER_MS / 2));
    rerender({ key: 'A' });
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(AFTER_MS - 1));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });

  it('says so, and what to do, in place of "Loading…"', () => {
    render(<NoAnswerYet />);
    const alert = screen.getByRole('alert', { name: 'No answer yet' });
    expect(alert.textContent).toContain('Close the sidebar and open it again');
  });
});

describe('the sidebar while the worker does not answer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    location.hash = '';
  });

  it('shows "Loading…", then says it has no answer and what to do', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { SidebarApp } = await import('../../../components/sidebar/SidebarApp');
    const silentPort = {
      onMessage: { addListener: () => undefined },
      onDisconnect: { addListener: () => undefined },
      postMessage: () => undefined,
      disconnect: () => undefined,
    };
    const runtime = fakeBrowser.runtime as unknown as { connect: () => typeof silentPort };
    const connect = runtime.connect;
    runtime.connect = () => silentPort;
    onTestFinished(() => void (runtime.connect = connect));
    location.hash = `#${new URLSearchParams({ id: 'github:github.com/acme/app#1', token: 't' })}`;
    render(<SidebarApp />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => void vi.advanceTimersByTime(AFTER_MS));
    expect(screen.getByRole('alert', { name: 'No answer yet' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });
});
