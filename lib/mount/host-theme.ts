export type HostTheme = 'light' | 'dark';

/** Relative luminance of an `rgb()`/`rgba()` colour, or undefined for transparent or unknown. */
export function luminanceOf(color: string): number | undefined {
  const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(color);
  if (!match || match[4] === '0') return undefined;
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The theme the page shows, so the sidebar matches it: what the page paints (its body, then its
 * root background), else the system preference. Trackers can differ from the system setting.
 */
export function detectHostTheme(win: Window): HostTheme {
  try {
    for (const element of [win.document.body, win.document.documentElement]) {
      if (!element) continue;
      const luminance = luminanceOf(win.getComputedStyle(element).backgroundColor);
      if (luminance !== undefined) return luminance < 0.4 ? 'dark' : 'light';
    }
    return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
