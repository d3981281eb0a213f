import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/ui/theme.css';
import { forwardChanges } from '@/lib/db/change-messages';
import { getDb } from '@/lib/db/db';
import { sendMessage } from '@/lib/messaging/protocol';

// Restores, deletions and pack imports reach the background from here (see the side panel's entry).
// Nobody listening (the background is starting) is fine: it recounts and re-plans when it starts.
forwardChanges(getDb(), (message) => void sendMessage(message).catch(() => undefined));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
