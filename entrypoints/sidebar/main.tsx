import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/shared/base.css';
import { SidebarApp } from '../../components/sidebar/SidebarApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidebarApp />
  </StrictMode>,
);
