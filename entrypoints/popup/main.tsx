import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/shared/base.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
