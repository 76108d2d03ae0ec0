import { i18n } from '#i18n';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface DetailFrameProps {
  kind: string;
  title: string | undefined;
  onBack(): void;
  /** Off for a page whose first job is typing (the tag picker focuses its own input). */
  focusHeading?: boolean;
  children: ReactNode;
}

/**
 * One page inside the popup: Back (or Escape) returns where you came from. The heading takes focus
 * on arrival, so keyboard and screen-reader users start at the top of what opened.
 */
export function DetailFrame(props: DetailFrameProps) {
  const { kind, title, onBack, focusHeading = true, children } = props;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading, title]);
  const backOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onBack();
  };
  return (
    <section className="detail" aria-labelledby={headingId} onKeyDown={backOnEscape}>
      <button type="button" className="back" onClick={onBack}>
        {i18n.t('popup.detail.back')}
      </button>
      <p className="kind">{kind}</p>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="detail-title">
        {title ?? '…'}
      </h2>
      {children}
    </section>
  );
}

/** The entity was deleted (a sync removed it) while its page was open. */
export function Gone({ what }: { what: 'intent' | 'goal' | 'mission' | 'bucket' }) {
  return <p className="muted">{i18n.t(`popup.detail.gone.${what}`)}</p>;
}
