import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/SidePanelApp';
import '@/components/ui/theme.css';
import { forwardChanges } from '@/lib/db/change-messages';
import { getDb } from '@/lib/db/db';
import { sendMessage } from '@/lib/messaging/protocol';

// Open the database while the panel asks the background which tab it follows: the tips query
// then finds it ready. (Errors surface where the data is read.)
void getDb()
  .open()
  .catch(() => undefined);

// Every change this page writes (tips, progress, meetings …) reaches the background from here.
// Nobody listening (the background is starting) is fine: it recounts and re-plans when it starts.
forwardChanges(getDb(), (message) => void sendMessage(message).catch(() => undefined));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp />
  </StrictMode>,
);
