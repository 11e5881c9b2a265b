import { useEffect, useState } from 'react';
import { bodyShown } from '../scene/body-shown';
import { Viewport } from '../scene/Viewport';
import { useAppStore } from '../state/store';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { GuideHost } from '../ui/guide/GuideHost';
import { Notices } from '../ui/Notices';
import { StatusLine } from '../ui/StatusLine';
import { TopBar } from '../ui/TopBar';
import { useKeyboardShortcuts } from '../ui/useKeyboardShortcuts';
import { LazyPanel } from './LazyPanel';
import {
  classProbePart,
  classroomPart,
  contentPart,
  lecturerPart,
  sidePanelPart,
  studyPart,
} from './parts';
import { useLazyPart } from './useLazyPart';
import '../ui/touch-targets.css';

/** The plain home page: its first frame needs no content. Anything else names ids to check. */
const isHomeHash = (hash: string) => hash === '' || hash === '#' || hash === '#/';

/**
 * When to fetch the content: a deep link needs it at once; the home page first puts the body on
 * screen, then loads content, panels and the URL sync.
 */
function useContentWanted(): boolean {
  const [wanted, setWanted] = useState(() => !isHomeHash(window.location.hash));
  useEffect(() => {
    let alive = true;
    void bodyShown.then(() => alive && setWanted(true));
    return () => {
      alive = false;
    };
  }, []);
  return wanted;
}

/** Composition root: lays out the shell; content, panels and lecturer tools arrive after. */
export function App() {
  const contentWanted = useContentWanted();
  const content = useLazyPart(contentPart, contentWanted);
  const startContent = content.status === 'loaded' ? content.module.startContent : null;
  useEffect(() => startContent?.(useAppStore, window), [startContent]);
  const ready = useAppStore((s) => s.contentReady);
  const studyOpen = useAppStore((s) => s.studyOpen);
  const classServer = useAppStore((s) => s.classServer !== null);
  // After the first frame (the content comes after it): is there a class server here?
  useEffect(() => {
    if (ready) void classProbePart.load().then((m) => m?.probeClassServer(useAppStore));
  }, [ready]);
  useKeyboardShortcuts();
  return (
    <div className="app">
      <TopBar />
      <main className="workspace">
        <ErrorBoundary area="The 3D view">
          <Viewport />
        </ErrorBoundary>
        <ErrorBoundary area="The side panel">
          {ready && studyOpen ? (
            <LazyPanel part={studyPart} fallback={<aside className="side-panel placeholder" />}>
              {(m) => <m.StudyPanel />}
            </LazyPanel>
          ) : ready ? (
            <LazyPanel part={sidePanelPart} fallback={<aside className="side-panel placeholder" />}>
              {(m) => <m.SidePanel />}
            </LazyPanel>
          ) : (
            <aside className="side-panel placeholder" aria-busy="true">
              <LazyPanel part={contentPart} wanted={contentWanted}>
                {() => null}
              </LazyPanel>
            </aside>
          )}
        </ErrorBoundary>
      </main>
      <LazyPanel part={lecturerPart} wanted={ready}>
        {(m) => <m.LecturerLayer />}
      </LazyPanel>
      <LazyPanel part={classroomPart} wanted={classServer}>
        {(m) => <m.ClassroomLayer />}
      </LazyPanel>
      <Notices />
      <StatusLine />
      <GuideHost />
    </div>
  );
}
