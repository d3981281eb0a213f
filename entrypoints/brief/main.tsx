import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PrintBriefApp } from '@/components/meeting/PrintBrief';
import '@/components/ui/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PrintBriefApp />
  </StrictMode>,
);
