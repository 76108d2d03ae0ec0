import { i18n } from '#i18n';
import { createElement, useEffect, useState, type ComponentProps } from 'react';
import type { TagPicker } from '../shared/tag-picker/TagPicker';

type Picker = typeof TagPicker;

let loaded: Picker | undefined;
let loading: Promise<Picker> | undefined;

function loadTagPicker(): Promise<Picker> {
  loading ??= import('../shared/tag-picker/TagPicker').then(
    (module) => (loaded = module.TagPicker),
    (error: unknown) => {
      loading = undefined; // an extension updated under the frame: the next open tries again
      throw error;
    },
  );
  return loading;
}

/**
 * The picker's code (cmdk and the option list, about 55 KB) is not needed to paint the sidebar,
 * and evaluating it was part of the time from a click on the summary to the sidebar's first paint
 * (`npm run bench`): `usePreloadedTagPicker` loads it right after that paint, while the worker's
 * first answer is on its way. Once loaded it renders in the same pass as the click that opens it
 * (not React.lazy, which would wait a tick the first time), so keys typed at once reach it.
 */
export function LazyTagPicker(props: ComponentProps<Picker>) {
  const [picker, setPicker] = useState<Picker | undefined>(() => loaded);
  useEffect(() => {
    if (picker) return;
    let live = true;
    loadTagPicker().then(
      (next) => live && setPicker(() => next),
      () => undefined, // stays "Loading…"; closing and opening the picker tries again
    );
    return () => {
      live = false;
    };
  }, [picker]);
  if (!picker)
    return (
      <p className="row" role="status">
        {i18n.t('common.loading')}
      </p>
    );
  return createElement(picker, props);
}

/** Loads the picker's code once the sidebar has painted (effects run after the paint). */
export function usePreloadedTagPicker(): void {
  useEffect(() => {
    loadTagPicker().catch(() => undefined); // opening the picker tries again
  }, []);
}
