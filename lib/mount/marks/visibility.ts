/** Which links are on screen (or about to be): IntersectionObserver in pages, anything in tests. */
export interface Visibility {
  observe(link: Element): void;
  unobserve(link: Element): void;
  disconnect(): void;
}

export type WatchVisibility = (
  onChange: (shown: Element[], hidden: Element[]) => void,
) => Visibility;

/** A screenful ahead, so marks are drawn before their rows scroll in. */
export function intersectionVisibility(): WatchVisibility {
  return (onChange) => {
    const observer = new IntersectionObserver(
      (entries) => {
        const shown: Element[] = [];
        const hidden: Element[] = [];
        for (const entry of entries) (entry.isIntersecting ? shown : hidden).push(entry.target);
        onChange(shown, hidden);
      },
      { rootMargin: '50% 0px' },
    );
    return observer;
  };
}
