import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../lib/i18n/document';
import '../../components/shared/base.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';

localizeDocument(i18n.t('options.title'));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
