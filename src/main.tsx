// First: configures zod before any schema is created (see the file).
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isConsoleHash } from './domain/url';
import { PresenterConsole } from './ui/presenter/PresenterConsole';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>{isConsoleHash(window.location.hash) ? <PresenterConsole /> : <App />}</StrictMode>,
);

// Precache the app and the body model so it keeps working offline after the first visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}
