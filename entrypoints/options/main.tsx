import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/shared/base.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
