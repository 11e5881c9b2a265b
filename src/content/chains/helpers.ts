/**
 * Small typed builders for chain content. They only shape plain data (no logic), so every region,
 * muscle, technique, condition and reference id in a chain file is checked by the compiler.
 */
import type { z } from 'zod';
import type { EvidenceLevel, LinkSide, MechanismType, MuscleBaseId, RegionBaseId } from '../ids';
import type { chainLinkSchema, chainSchema } from '../schema';
import type { ChainRefId } from '../references/chains';

export type ChainInput = z.input<typeof chainSchema>;
export type ChainLinkInput = z.input<typeof chainLinkSchema>;

/** Technique variant ids written by the techniques content (one list, shared by chains and conditions). */
export const TECHNIQUE_VARIANT_IDS = [
  'lumbar-roll-hvla',
  'supine-thoracic-hvla',
  'cervical-hvla',
  'innominate-muscle-energy',
  'cervical-muscle-energy',
  'lumbar-counterstrain',
  'piriformis-counterstrain',
  'thoracolumbar-myofascial-release',
  'plantar-fascia-myofascial-release',
  'paraspinal-soft-tissue',
  'suboccipital-release',
  'spencer-shoulder',
  'cv4',
  'thoracic-lymphatic-pump',
  'pedal-lymphatic-pump',
  'rib-raising',
  'liver-visceral',
  'colon-visceral',
  'neuromuscular-muscle-testing',
  'lumbar-functional',
  'ankle-articulatory',
  'hip-articulatory',
  'cervical-fpr',
  'ankle-blt',
  'knee-blt',
  'tmj-muscle-energy',
  'sacral-balanced-ligamentous',
  'mesenteric-release',
  'scalene-counterstrain',
  'hamstring-muscle-energy',
  'gluteal-soft-tissue',
  'iliopsoas-counterstrain',
  'cervical-soft-tissue',
  'thoracic-inlet-myofascial-release',
  'diaphragm-release',
] as const;
export type TechniqueVariantId = (typeof TECHNIQUE_VARIANT_IDS)[number];

/** Condition ids defined in `../conditions.ts`. */
export const CONDITION_IDS = [
  'tension-headache',
  'migraine',
  'cluster-headache',
  'sinus-headache',
  'cervicogenic-headache',
  'neck-pain',
  'low-back-pain',
  'sciatica',
  'carpal-tunnel-syndrome',
  'plantar-fasciitis',
  'fibromyalgia',
  'osteoarthritis',
  'asthma',
  'menstrual-pain',
  'sinus-disorder',
  'temporomandibular-dysfunction',
  'cervical-radiculopathy',
  'lateral-epicondylalgia',
  'frozen-shoulder',
  'piriformis-syndrome',
  'patellofemoral-pain',
  'chronic-ankle-instability',
  'angina',
  'cholecystitis',
  'appendicitis',
  'renal-colic',
  'pancreatitis',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

export interface RegionEnd {
  region: RegionBaseId;
  side: LinkSide;
}
export interface ViaStructure {
  structure: MuscleBaseId;
  side: LinkSide;
}
export interface CitationInput {
  ref: ChainRefId;
  locator?: string;
}

/** A link end: `at('ankle', 'same')`. */
export function at(region: RegionBaseId, side: LinkSide): RegionEnd {
  return { region, side };
}

/** A structure a link runs through: `via('gluteus-maximus', 'same')`. */
export function via(structure: MuscleBaseId, side: LinkSide): ViaStructure {
  return { structure, side };
}

/** A citation: `cite('travell-simons-2019', 'Standard text (not read): piriformis chapter')`. */
export function cite(ref: ChainRefId, locator?: string): CitationInput {
  return locator ? { ref, locator } : { ref };
}

export interface LinkSpec {
  from: RegionEnd;
  to: RegionEnd;
  mechanism: MechanismType;
  via?: ViaStructure[];
  explanation: string;
  evidence: EvidenceLevel;
  citations: CitationInput[];
  techniques?: TechniqueVariantId[];
}

export function link(spec: LinkSpec): ChainLinkInput {
  return {
    from: spec.from,
    to: spec.to,
    mechanism: spec.mechanism,
    via: spec.via ?? [],
    explanation: spec.explanation,
    evidence: spec.evidence,
    citations: spec.citations,
    techniques: spec.techniques ?? [],
  };
}

export interface ChainSpec {
  id: string;
  title: string;
  summary: string;
  links: ChainLinkInput[];
  conditions?: ConditionId[];
  redFlags?: string[];
  tags?: string[];
}

export function chain(spec: ChainSpec): ChainInput {
  return {
    id: spec.id,
    title: spec.title,
    summary: spec.summary,
    links: spec.links,
    conditions: spec.conditions ?? [],
    redFlags: spec.redFlags ?? [],
    tags: spec.tags ?? [],
  };
}
