/** Wording shared by the generators: references in short, first sentences, names of sides. */
import type { Citation } from '../../content/schema';
import type { ContentIndex } from '../content-index';
import type { SourceSide } from '../zones';

/** "Authors (year), locator" of the first citation the content can resolve. */
export function referenceText(content: ContentIndex, citations: readonly Citation[]): string {
  for (const c of citations) {
    const ref = content.references.get(c.ref);
    if (!ref) continue;
    // The first author, or the publisher where the author field is a description.
    const first = ref.authors.split(/[,;]| and /)[0]!.trim();
    const who = first.includes('(')
      ? ref.source
      : `${first}${first.length < ref.authors.trim().length ? ' et al.' : ''}`;
    return `${who} (${ref.year}), ${ref.title}${c.locator ? ` — ${c.locator}` : ''}`;
  }
  return 'See the atlas content for its sources.';
}

/** The first one or two sentences of a text, for feedback that stays short. */
export function firstSentences(text: string, n = 2): string {
  const parts = text.match(/[^.!?]+[.!?]+(\s|$)/g);
  return parts ? parts.slice(0, n).join('').trim() : text.trim();
}

export const sideWord = (side: SourceSide) => (side ? `${side} ` : '');

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A short slug of a text, for ids built from a list item (a contraindication). */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
