import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/SidePanelApp';
import '@/components/ui/theme.css';
import { getDb } from '@/lib/db/db';

// Open the database while the panel asks the background which tab it follows: the tips query
// then finds it ready. (Errors surface where the data is read.)
void getDb()
  .open()
  .catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp />
  </StrictMode>,
);
