/** The real content on the generated skin, as the study mode sees it in the app. */
import { contentSet } from '../../../src/content';
import { buildContentIndex } from '../../../src/domain/content-index';
import { generateQuestions } from '../../../src/domain/study/generators';
import type { ScoringContext } from '../../../src/domain/study/score';
import type { GeneratorContext, Question } from '../../../src/domain/study/types';
import { zoneInstances } from '../../../src/domain/zones';
import { readSkinSurface } from '../../../scripts/lib/skin-surface';

let cached: Promise<{
  ctx: GeneratorContext;
  scoring: ScoringContext;
  questions: Question[];
}> | null = null;

export function studyFixture() {
  cached ??= (async () => {
    const surface = await readSkinSurface();
    const skin = { frames: surface.frames, samples: surface.samples, regions: surface.regions };
    const content = buildContentIndex(contentSet);
    const instances = zoneInstances(contentSet.zones, skin.frames);
    const ctx: GeneratorContext = { content, skin, instances };
    const questions = generateQuestions(ctx);
    return { ctx, scoring: { skin, instances, points: contentSet.points }, questions };
  })();
  return cached;
}
