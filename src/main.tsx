// First: configures zod before any schema is created (see the file).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LazyPanel } from './app/LazyPanel';
import { presenterConsolePart } from './app/parts';
import { isConsoleHash } from './domain/url';
import { bodyShown } from './scene/body-shown';
import { loadBody } from './scene/load-body';
import './ui/styles.css';

const presenterConsole = isConsoleHash(window.location.hash);
// Parse the body as soon as its bytes (preloaded by index.html) and this script are both here,
// not after React's first render.
if (!presenterConsole) void loadBody();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    {presenterConsole ? (
      <LazyPanel part={presenterConsolePart}>{(m) => <m.PresenterConsole />}</LazyPanel>
    ) : (
      <App />
    )}
  </StrictMode>,
);

// Precache the app, its lazily loaded parts and the body model so it keeps working offline after
// the first visit — once the body is on screen, so the worker does not compete with it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void (presenterConsole ? Promise.resolve() : bodyShown)
    .then(() => import('virtual:pwa-register'))
    .then(({ registerSW }) => registerSW({ immediate: true }));
}
