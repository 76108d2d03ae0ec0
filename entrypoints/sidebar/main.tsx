import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../lib/i18n/document';
import '../../components/shared/base.css';
import { SidebarApp } from '../../components/sidebar/SidebarApp';

localizeDocument(i18n.t('extName'));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidebarApp />
  </StrictMode>,
);
