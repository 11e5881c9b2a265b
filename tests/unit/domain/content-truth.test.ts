/**
 * Content truth (issue 16): every reference carries an identifier a reader can look it up by.
 * The rule is tested on a fixture (so it can fail) and then applied to the bundled content.
 */
import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { hasIdentifier, referencesWithoutIdentifier } from '../../../src/domain/content-truth';
import { fixture } from './fixture';

/**
 * References for which no DOI, PMID, ISBN or stable URL could be confirmed in a record that was
 * read (docs/REFERENCES.md, "Identifiers"). The list is exact: a new reference without an
 * identifier fails the test, and so does one on this list that gains an identifier and is not
 * removed from it. It is a record of unfinished work, not an exemption to grow.
 */
const UNRESOLVED = [
  'myers-anatomy-trains',
  'standring-grays-2020',
  'beal-1985-viscerosomatic',
  'hodges-1996-transversus',
  'ichd-3-2018',
  'lee-2008-dermatomes',
  'eubanks-2010-cervical-radiculopathy',
  'giamberardino-2010-visceral-referred',
  'cartwright-2008-abdominal-pain',
  'ecop-glossary-2017',
  'weinstock-nkt-2010',
  'puentedura-csm-safety-2012',
  'ajimsha-mfr-heel-2014',
  'tozzi-fascial-osteopathy-2012',
  'merck-rom-table',
  'asia-2008-key-sensory-points',
  'foerster-1933-dermatomes',
  'keegan-garrett-1948-dermatomes',
  'downs-laporte-2011-dermatome-maps',
  'namtpt-symptom-checker',
  'medlink-myofascial-pain-figures',
  'aamm-muscle-guide',
  'kuchera-systemic-dysfunction',
  'cooper-2007-cervical-zjoint-maps',
  'dwyer-1990-cervical-zjoint-volunteers',
  'fortin-1994-sij-volunteers',
];

describe('reference identifiers', () => {
  it('accepts a DOI, a PMID, an ISBN or a URL, and nothing else', () => {
    const [ref] = fixture().references;
    const bare = { ...ref!, doi: undefined, pmid: undefined, isbn: undefined, url: undefined };
    expect(hasIdentifier(bare)).toBe(false);
    expect(hasIdentifier({ ...bare, doi: '10.1186/1471-2474-15-286' })).toBe(true);
    expect(hasIdentifier({ ...bare, pmid: '30867144' })).toBe(true);
    expect(hasIdentifier({ ...bare, isbn: '9780702078132' })).toBe(true);
    expect(hasIdentifier({ ...bare, url: 'https://www.annfammed.org/content/11/2/122' })).toBe(
      true,
    );
  });

  it('lists the references that have none', () => {
    const content = fixture();
    content.references[0] = { ...content.references[0]!, doi: '10.1000/x' };
    expect(referencesWithoutIdentifier(content)).toEqual(
      content.references.slice(1).map((r) => r.id),
    );
  });

  it('every bundled reference has a DOI, PMID, ISBN or URL, except the recorded unresolved ones', () => {
    expect(referencesWithoutIdentifier(contentSet)).toEqual(UNRESOLVED);
  });
});
