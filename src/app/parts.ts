import { lazyPart } from './lazy-part';

/**
 * Everything that is not needed to draw the first frame with the body, each loaded on first use
 * in its own chunk (the service worker precaches them all for offline use). The names are what
 * a failure notice tells the user.
 */
export const contentPart = lazyPart('The atlas content', () => import('./start-content'));

export const sidePanelPart = lazyPart('The side panel', () => import('../ui/SidePanel'));

export const searchPart = lazyPart('Search', () => import('../ui/search/SearchBox'));

export const lecturerPart = lazyPart(
  'Lessons and presenter mode',
  () => import('../ui/lessons/LecturerLayer'),
);

export const presenterConsolePart = lazyPart(
  'The presenter console',
  () => import('../ui/presenter/PresenterConsole'),
);

/** Labels on the body, and the snapshot used by "Export image". */
export const sceneExtrasPart = lazyPart('Labels on the body', async () => {
  const [projector, snapshot, labels] = await Promise.all([
    import('../scene/LabelProjector'),
    import('../scene/SnapshotRegistrar'),
    import('../ui/BodyLabels'),
  ]);
  return { ...projector, ...snapshot, ...labels };
});

/** The chain drawing: tubes, arrowheads and the structures beneath the skin. */
export const chainScenePart = lazyPart('The chain drawing', () => import('../scene/ChainOverlay'));

/** The technique stage (table, hands, arrows), its player and the slow-machine resolution. */
export const techniquePart = lazyPart('The technique player', async () => {
  const [stage, player, resolution] = await Promise.all([
    import('../scene/technique/TechniqueStage'),
    import('../ui/player/TechniquePlayer'),
    import('../scene/PlaybackResolution'),
  ]);
  return { ...stage, ...player, ...resolution };
});

/** The pain maps: zones drawn on the skin (scene) and the differential, overlays and legend (panel). */
export const mapsScenePart = lazyPart('The pain maps', () => import('../scene/maps/MapsLayer'));
export const mapsPanelPart = lazyPart('The pain maps', () => import('../ui/maps/MapsPanels'));

/** The dysfunction trainer: its scene (posed vertebrae, camera), motion readout and panel. */
export const trainerPart = lazyPart('The dysfunction trainer', async () => {
  const [stage, readout, panel] = await Promise.all([
    import('../scene/trainer/TrainerStage'),
    import('../ui/trainer/MotionReadout'),
    import('../ui/trainer/TrainerPanel'),
  ]);
  return { ...stage, ...readout, ...panel };
});

/** The study mode: questions, spaced repetition and progress (opened from the "Study" button). */
export const studyPart = lazyPart('The study mode', () => import('../ui/study/StudyPanel'));

/** The live class: asked for once after the first frame; its controls only with a class server. */
export const classProbePart = lazyPart('The live class', () => import('../ui/classroom/probe'));
export const classroomPart = lazyPart(
  'The live class',
  () => import('../ui/classroom/ClassroomLayer'),
);
/** The poll's heat map and the lecturer's laser on the body (followers and the projector). */
export const classScenePart = lazyPart(
  'The live class',
  () => import('../scene/classroom/ClassMarks'),
);
