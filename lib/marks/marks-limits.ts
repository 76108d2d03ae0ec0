/**
 * How many tickets one page may watch for marks at once: a few screenfuls of the longest list. The
 * content script keeps the most recently seen ones (a 5,000-row list rotates through them).
 */
export const MARKS_WATCH_MAX = 500;
