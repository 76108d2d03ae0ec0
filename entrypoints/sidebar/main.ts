import { i18n } from '#i18n';
import { localizeDocument } from '../../lib/i18n/document';
import { sidebarOpen } from '../../lib/sidebar/open-state';
import '../../components/shared/base.css';
import '../../components/sidebar/sidebar-app.css';
import '../../components/sidebar/ticket-header.css';
import { drawSidebarShell } from '../../components/sidebar/sidebar-shell';

// The shell paints first; React and the app load after it (sidebar-shell.ts says why).
const root = document.getElementById('root')!;
localizeDocument(i18n.t('extName'));
drawSidebarShell(
  root,
  location.hash,
  {
    brand: i18n.t('extName'),
    close: i18n.t('sidebar.close'),
    closeTitle: i18n.t('sidebar.closeTitle'),
    loading: i18n.t('common.loading'),
  },
  () => void sidebarOpen.save(false),
);
// After the next paint (a timeout set in an animation frame runs once that frame is drawn), so
// evaluating React does not hold the shell's paint back. Not later: the app replaces the shell,
// its Close button too, and the sooner it does the less often it does so under a person's click.
requestAnimationFrame(() =>
  setTimeout(() => {
    void import('../../components/sidebar/mount-sidebar-app').then(({ mountSidebarApp }) =>
      mountSidebarApp(root),
    );
  }, 0),
);
