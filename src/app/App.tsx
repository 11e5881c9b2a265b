import { useEffect } from 'react';
import { Viewport } from '../scene/Viewport';
import { useAppStore } from '../state/store';
import { lessonLinkInterceptor } from '../state/lesson-link';
import { startUrlSync } from '../state/url-sync';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { GuideHost } from '../ui/guide/GuideHost';
import { LecturerLayer } from '../ui/lessons/LecturerLayer';
import { Notices } from '../ui/Notices';
import { SidePanel } from '../ui/SidePanel';
import { StatusLine } from '../ui/StatusLine';
import { TopBar } from '../ui/TopBar';
import { useKeyboardShortcuts } from '../ui/useKeyboardShortcuts';
import { validatePage } from './validate-page';
import '../ui/touch-targets.css';

/** Composition root: wires the store to the URL and lays out the shell. */
export function App() {
  useEffect(
    () => startUrlSync(useAppStore, window, validatePage, lessonLinkInterceptor(useAppStore)),
    [],
  );
  useKeyboardShortcuts();
  return (
    <div className="app">
      <TopBar />
      <main className="workspace">
        <ErrorBoundary area="The 3D view">
          <Viewport />
        </ErrorBoundary>
        <ErrorBoundary area="The side panel">
          <SidePanel />
        </ErrorBoundary>
      </main>
      <LecturerLayer />
      <Notices />
      <StatusLine />
      <GuideHost />
    </div>
  );
}
