import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidebarApp } from './SidebarApp';

/** The sidebar app in `root`, replacing the shell drawn while it loaded (sidebar-shell.ts). */
export function mountSidebarApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <SidebarApp />
    </StrictMode>,
  );
}
