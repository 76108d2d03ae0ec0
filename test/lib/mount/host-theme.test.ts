// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectHostTheme, luminanceOf } from '../../../lib/mount/host-theme';

describe('host theme', () => {
  it('reads dark and light page backgrounds', () => {
    document.body.style.backgroundColor = 'rgb(13, 17, 23)';
    expect(detectHostTheme(window)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(detectHostTheme(window)).toBe('light');
  });

  it('treats a transparent background as unknown', () => {
    expect(luminanceOf('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(luminanceOf('garbage')).toBeUndefined();
  });
});
