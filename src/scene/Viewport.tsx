import { Canvas } from '@react-three/fiber';
import {
  Component,
  memo,
  useEffect,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { LazyPanel } from '../app/LazyPanel';
import { cameraMoveForKey } from '../domain/camera-moves';
import {
  chainScenePart,
  classScenePart,
  mapsScenePart,
  sceneExtrasPart,
  techniquePart,
  trainerPart,
} from '../app/parts';
import { useLazyPart } from '../app/useLazyPart';
import { selectGraphics, selectModelStatus, selectPage } from '../state/selectors';
import { useAppStore } from '../state/store';
import { BodyModel } from './BodyModel';
import { markBodyShown } from './body-shown';
import { CameraRig, HOME_CAMERA } from './CameraRig';
import { PageFramer } from './PageFramer';
import { FrameCounter } from './FrameCounter';
import { StudioLights } from './StudioLights';
import { ViewButtons } from '../ui/ViewButtons';
import { createViewportRenderer, mayHaveWebGL2, NoWebGL2Error } from './webgl';

function NoWebGL() {
  return (
    <div className="viewport-message" role="alert">
      <h2>3D view unavailable</h2>
      <p>
        This browser could not start WebGL 2, which the 3D body needs. Chains, techniques and search
        in the side panel still work.
      </p>
      <p className="muted">
        Try turning on hardware acceleration in the browser settings, updating the graphics driver,
        or opening OMT Atlas in a current Chrome, Edge, Firefox or Safari.
      </p>
    </div>
  );
}

/** Shows the "3D view unavailable" message when the canvas could not get a WebGL 2 context. */
class WebGLBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(error: unknown): { failed: boolean } {
    if (error instanceof NoWebGL2Error) return { failed: true };
    throw error; // anything else is for the 3D view's own error boundary
  }

  componentDidUpdate(): void {
    if (!this.state.failed) return;
    markBodyShown();
    // The status line stops saying "loading" (it reads the graphics state).
    useAppStore.getState().setGraphics('unavailable');
  }

  render(): ReactNode {
    return this.state.failed ? <NoWebGL /> : this.props.children;
  }
}

function ModelNotice() {
  const status = useAppStore(selectModelStatus);
  if (status === 'ready') return null;
  const text =
    status === 'loading'
      ? 'Loading the body model…'
      : status === 'missing'
        ? 'Model not built: the body model (models/body.glb) is missing. Run `npm run models` to generate it.'
        : 'The body model could not be loaded. Reload the page to try again.';
  return (
    <div className="viewport-notice" role="status">
      {text}
    </div>
  );
}

/** Arrow keys orbit and + / − zoom while the 3D view has the keyboard focus. */
function onViewKeyDown(e: KeyboardEvent) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const move = cameraMoveForKey(e.key);
  if (!move) return;
  // Taken here, so the page's own arrow keys (chain links, technique steps) wait for another focus.
  e.preventDefault();
  useAppStore.getState().moveCamera(move);
}

/**
 * The view takes the focus from the keyboard only: a click or tap keeps behaving as before (it
 * leaves the focus nowhere), so arrows after a click still step through a chain.
 */
function onViewMouseDown(e: MouseEvent) {
  e.preventDefault();
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) active.blur();
}

/**
 * What the viewport loads after the first frame, each on first use: labels (once the content is
 * there), the chain drawing (once a page other than home is shown), the technique stage and
 * player (on a technique page). Once loaded they stay mounted and follow the page themselves.
 */
function useSceneParts() {
  const contentReady = useAppStore((s) => s.contentReady);
  const kind = useAppStore((s) => selectPage(s).kind);
  const maps = useAppStore(
    (s) => s.overlays.length > 0 || s.shownZones.length > 0 || !!s.paint || s.brush || s.studyOpen,
  );
  const inClass = useAppStore((s) => s.classRole !== null);
  return {
    extras: { part: sceneExtrasPart, wanted: contentReady },
    // The heat map and the laser on the body: only in a live class.
    classMarks: { part: classScenePart, wanted: inClass },
    chain: { part: chainScenePart, wanted: contentReady && kind !== 'home' },
    technique: { part: techniquePart, wanted: contentReady && kind === 'technique' },
    trainer: { part: trainerPart, wanted: contentReady && kind === 'trainer' },
    // The maps load with the first region, map or touch: the home page does not need them.
    maps: { part: mapsScenePart, wanted: contentReady && (kind === 'region' || maps) },
  };
}

/** Inside the canvas: the lazily loaded scene parts that have arrived. */
function LazySceneParts({ ready }: { ready: boolean }) {
  const wanted = useSceneParts();
  const extras = useLazyPart(wanted.extras.part, wanted.extras.wanted);
  const chain = useLazyPart(wanted.chain.part, wanted.chain.wanted);
  const technique = useLazyPart(wanted.technique.part, wanted.technique.wanted);
  const maps = useLazyPart(wanted.maps.part, wanted.maps.wanted);
  const trainer = useLazyPart(wanted.trainer.part, wanted.trainer.wanted);
  const classMarks = useLazyPart(wanted.classMarks.part, wanted.classMarks.wanted);
  return (
    <>
      {trainer.status === 'loaded' && <trainer.module.TrainerStage ready={ready} />}
      {classMarks.status === 'loaded' && <classMarks.module.ClassMarks />}
      {maps.status === 'loaded' && <maps.module.MapsLayer ready={ready} />}
      {chain.status === 'loaded' && <chain.module.ChainOverlay ready={ready} />}
      {technique.status === 'loaded' && (
        <>
          <technique.module.TechniqueStage ready={ready} />
          <technique.module.PlaybackResolution />
        </>
      )}
      {extras.status === 'loaded' && (
        <>
          <extras.module.LabelProjector />
          <extras.module.SnapshotRegistrar />
        </>
      )}
    </>
  );
}

/** Beside the canvas: the DOM halves of those parts, and a notice with Retry if one failed. */
function LazyViewportParts() {
  const { extras, chain, technique, maps, trainer } = useSceneParts();
  return (
    <>
      <LazyPanel part={extras.part} wanted={extras.wanted}>
        {(m) => <m.BodyLabels />}
      </LazyPanel>
      <LazyPanel part={technique.part} wanted={technique.wanted}>
        {(m) => <m.TechniquePlayer />}
      </LazyPanel>
      <LazyPanel part={trainer.part} wanted={trainer.wanted}>
        {(m) => <m.MotionReadout />}
      </LazyPanel>
      <LazyPanel part={chain.part} wanted={chain.wanted}>
        {() => null}
      </LazyPanel>
      <LazyPanel part={maps.part} wanted={maps.wanted}>
        {() => null}
      </LazyPanel>
    </>
  );
}

/**
 * The full-window 3D viewport. Draws frames only when something moves (frameloop="demand").
 * Memoised: every render of R3F's Canvas reconfigures its root and draws a frame, so the app
 * shell re-rendering (the content arriving after the first frame) must not reach it.
 */
export const Viewport = memo(function Viewport() {
  const [webgl] = useState(mayHaveWebGL2);
  const graphics = useAppStore(selectGraphics);
  const setGraphics = useAppStore((s) => s.setGraphics);
  const ready = useAppStore((s) => s.modelStatus === 'ready');
  const unavailable = !webgl || graphics === 'unavailable';
  // No body will be drawn: let the rest of the app start without waiting for it.
  useEffect(() => {
    if (!unavailable) return;
    markBodyShown();
    if (!webgl) setGraphics('unavailable'); // the status line stops saying "loading"
  }, [unavailable, webgl, setGraphics]);
  if (unavailable) return <NoWebGL />;
  return (
    <div className="viewport" data-testid="viewport">
      <WebGLBoundary>
        <Canvas
          frameloop="demand"
          dpr={[1, 2]}
          camera={{ fov: 35, near: 0.05, far: 50, position: HOME_CAMERA.position }}
          gl={createViewportRenderer}
          className="view-canvas"
          tabIndex={0}
          role="application"
          aria-label="3D body view"
          aria-describedby="view-keys-hint"
          onKeyDown={onViewKeyDown}
          onMouseDown={onViewMouseDown}
          onCreated={({ gl }) => {
            const canvas = gl.domElement;
            canvas.addEventListener('webglcontextlost', (e) => {
              e.preventDefault(); // lets the browser restore the context
              setGraphics('context-lost');
            });
            canvas.addEventListener('webglcontextrestored', () => setGraphics('ok'));
          }}
        >
          <color attach="background" args={['#1b222b']} />
          <StudioLights />
          <BodyModel />
          <CameraRig />
          {/* Small and always mounted: it decides when a link's own camera is kept. */}
          <PageFramer ready={ready} />
          <LazySceneParts ready={ready} />
          <FrameCounter />
        </Canvas>
      </WebGLBoundary>
      <p id="view-keys-hint" className="visually-hidden">
        Arrow keys turn the body, plus and minus zoom, Home resets the view.
      </p>
      <ViewButtons />
      <LazyViewportParts />
      <ModelNotice />
      {graphics === 'context-lost' && (
        <div className="viewport-notice" role="alert">
          The graphics card reset the 3D view. It will come back by itself; if not, reload the page
          — your place is kept in the link.
        </div>
      )}
    </div>
  );
});
