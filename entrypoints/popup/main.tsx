import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../lib/i18n/document';
import '../../components/shared/base.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';

localizeDocument(i18n.t('extName'));
const root = createRoot(document.getElementById('root')!);
// At once, not at React's next turn: the search field is there and focused before the popup's
// `load`, so someone who types the moment it opens loses no keystroke to the empty page.
flushSync(() =>
  root.render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  ),
);
