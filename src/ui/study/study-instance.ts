/**
 * The one study store of the page, created with the study chunk: its progress is loaded from
 * browser storage at once and followed across tabs. Questions are generated once the body's skin
 * is indexed (they are asked and scored on it).
 */
import { generateQuestions } from '../../domain/study/generators';
import type { StudySkin } from '../../domain/study/types';
import { zoneInstances } from '../../domain/zones';
import { bodyRuntime } from '../../scene/body-runtime';
import { browserStorage } from '../../state/lesson-persistence';
import { useAppStore } from '../../state/store';
import { startProgressPersistence } from '../../state/study/progress-persistence';
import { createStudyStore, type StudyStore } from '../../state/study/study-store';

let instance: StudyStore | null = null;

export function studyStore(): StudyStore {
  if (!instance) {
    instance = createStudyStore(useAppStore);
    startProgressPersistence(instance, useAppStore, browserStorage(), window);
  }
  return instance;
}

/** The loaded body's skin as the study domain reads it (null until the body is indexed). */
function studySkin(): StudySkin | null {
  const skin = bodyRuntime.skinSurface;
  if (!skin) return null;
  const samples = Array.from({ length: skin.segments.length }, (_, i) => skin.sample(i));
  const regions = samples.map((_, i) => skin.layer.partIds[skin.layer.vertexPart[i]!] ?? '');
  return { frames: skin.frames, samples, regions };
}

/** Generates the questions for the loaded body and content; false while the body is not ready. */
export function prepareQuestions(store: StudyStore): boolean {
  if (store.getState().questions) return true;
  const skin = studySkin();
  if (!skin) return false;
  const content = useAppStore.getState().content;
  const instances = zoneInstances(content.content.zones, skin.frames);
  const questions = generateQuestions({ content, skin, instances });
  store.getState().setQuestions(questions, { skin, instances, points: content.content.points });
  return true;
}
