/**
 * What a study question is: generated from the content (never a hand-written list), with a stable
 * id made of its kind and the content ids it asks about, so its schedule survives edits to the
 * wording. Every question can be answered from a list of choices (keyboard, screen reader); a tap
 * question can also be answered on the body.
 */
import type { ContentIndex } from '../content-index';
import type { SegmentFrame, SurfaceSample, Vec3 } from '../surface';
import type { SourceSide, ZoneInstance } from '../zones';

/** Decks by topic; a deck whose content is absent simply has no questions. */
export const DECKS = {
  dermatomes: 'Dermatomes',
  'referral-zones': 'Referral zones',
  'key-points': 'Key sensory points',
  'tender-points': 'Tender points',
  chapman: 'Chapman points',
  viscerosomatic: 'Viscerosomatic levels',
  chains: 'Chains',
  techniques: 'Techniques',
} as const;
export type DeckId = keyof typeof DECKS;
export const DECK_IDS = Object.keys(DECKS) as DeckId[];

export interface Choice {
  id: string;
  label: string;
}

/** A point of the content on one side of the body. */
export interface PointOnSide {
  pointId: string;
  side: SourceSide;
}

/** What a tap on the body is scored against. */
export type TapTarget =
  /** Inside the zone instance: essential full credit, spillover partial. */
  | { kind: 'zone'; zoneKey: string }
  /** Near the point: within `POINT_TOLERANCE` full credit, within twice that partial. */
  | { kind: 'point'; point: PointOnSide }
  /** Near any of these points (the sources a differential lists): full credit. */
  | { kind: 'any-point'; points: PointOnSide[] };

export interface Question {
  /** Stable: kind and content ids (`refer:dermatome-c6.left`). */
  id: string;
  kind: string;
  deck: DeckId;
  prompt: string;
  /** Null: a question answered from the choices only. */
  tap: TapTarget | null;
  /** Exactly one is correct. */
  choices: Choice[];
  answer: string;
  /** One or two sentences, shown with the feedback. */
  explanation: string;
  /** The source, in short (`Travell & Simons 2019, ...`). */
  reference: string;
  /** Drawn on the body with the feedback: zone instance keys. */
  showZones: string[];
  /** Drawn with the feedback: the correct point (a key sensory point). */
  showPoint: PointOnSide | null;
  /** Marked on the body while the question is asked (pain felt here). */
  mark: PointOnSide | null;
  /** Content ids the question is about: a lesson or filter picks questions by them. */
  about: string[];
}

/** The skin as the study mode needs it: frames, one sample per vertex, the region of each. */
export interface StudySkin {
  frames: readonly SegmentFrame[];
  samples: readonly SurfaceSample[];
  regions: readonly string[];
}

/** What generators read: the content, the skin and every zone instance on it. */
export interface GeneratorContext {
  content: ContentIndex;
  skin: StudySkin;
  instances: readonly ZoneInstance[];
}

/** One kind of question: adding a kind (a new point kind) is one more of these. */
export interface QuestionGenerator {
  kind: string;
  generate(ctx: GeneratorContext): Question[];
}

/** A student's answer: a choice, or a tap on the skin at a rest position. */
export type StudyAnswer = { kind: 'choice'; choice: string } | { kind: 'tap'; at: Vec3 };

export type Verdict = 'correct' | 'partial' | 'wrong';

export interface Scored {
  verdict: Verdict;
  /** 1, 0.5 or 0. */
  credit: number;
}
