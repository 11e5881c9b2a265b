import { Canvas } from '@react-three/fiber';
import { useEffect, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { cameraMoveForKey } from '../domain/camera-moves';
import { selectGraphics, selectModelStatus } from '../state/selectors';
import { useAppStore } from '../state/store';
import { BodyLabels } from '../ui/BodyLabels';
import { BodyModel } from './BodyModel';
import { PageFramer } from './PageFramer';
import { ChainOverlay } from './ChainOverlay';
import { LabelProjector } from './LabelProjector';
import { TechniqueStage } from './technique/TechniqueStage';
import { TechniquePlayer } from '../ui/player/TechniquePlayer';
import { ViewButtons } from '../ui/ViewButtons';
import { CameraRig, HOME_CAMERA } from './CameraRig';
import { PlaybackResolution } from './PlaybackResolution';
import { FrameCounter } from './FrameCounter';
import { SnapshotRegistrar } from './SnapshotRegistrar';
import { StudioLights } from './StudioLights';
import { hasWebGL2 } from './webgl';

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

/** The full-window 3D viewport. Draws frames only when something moves (frameloop="demand"). */
export function Viewport() {
  const [webgl] = useState(hasWebGL2);
  const graphics = useAppStore(selectGraphics);
  const setGraphics = useAppStore((s) => s.setGraphics);
  const ready = useAppStore((s) => s.modelStatus === 'ready');
  // The rest of the app learns there is no 3D view (the status line stops saying "loading").
  useEffect(() => {
    if (!webgl) setGraphics('unavailable');
  }, [webgl, setGraphics]);
  if (!webgl || graphics === 'unavailable') return <NoWebGL />;
  return (
    <div className="viewport" data-testid="viewport">
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 35, near: 0.05, far: 50, position: HOME_CAMERA.position }}
        gl={{ antialias: true, powerPreference: 'high-performance' }}
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
        <ChainOverlay ready={ready} />
        <TechniqueStage ready={ready} />
        <CameraRig />
        <PageFramer ready={ready} />
        <LabelProjector />
        <PlaybackResolution />
        <FrameCounter />
        <SnapshotRegistrar />
      </Canvas>
      <p id="view-keys-hint" className="visually-hidden">
        Arrow keys turn the body, plus and minus zoom, Home resets the view.
      </p>
      <ViewButtons />
      <BodyLabels />
      <TechniquePlayer />
      <ModelNotice />
      {graphics === 'context-lost' && (
        <div className="viewport-notice" role="alert">
          The graphics card reset the 3D view. It will come back by itself; if not, reload the page
          — your place is kept in the link.
        </div>
      )}
    </div>
  );
}
