// Browser APIs that jsdom lacks and the combobox library calls; layout does not matter in jsdom.
if (typeof window !== 'undefined') {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  Element.prototype.scrollIntoView ??= function scrollIntoView(): void {};
}
