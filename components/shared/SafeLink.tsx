import type { ReactNode } from 'react';

/** Remote URLs become links only when they are http(s); anything else renders as plain text. */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!href || !/^https?:\/\//i.test(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}
