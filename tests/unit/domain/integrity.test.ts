import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../src/content/schema';
import { checkIntegrity } from '../../../src/domain/integrity';
import { fixture } from './fixture';

/** A fresh fixture, broken by `edit`, and the problems found in it. */
function issuesAfter(edit: (c: ContentSet) => void) {
  const content = fixture();
  edit(content);
  return checkIntegrity(content);
}

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('checkIntegrity', () => {
  it('passes the fixture', () => {
    expect(checkIntegrity(fixture())).toEqual([]);
  });

  it('finds unknown regions, muscles, variants, conditions and references', () => {
    const issues = issuesAfter((c) => {
      const link = c.chains[0]!.links[0]!;
      link.to.region = 'knee-cap';
      link.via[0]!.structure = 'peroneus';
      link.techniques.push('no-such-variant');
      link.citations.push({ ref: 'made-up-2024' });
      c.chains[1]!.conditions.push('no-such-condition');
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'chains[0].links[0].to.region', message: 'unknown region "knee-cap"' },
        {
          path: 'chains[0].links[0].via[0].structure',
          message: 'unknown muscle or fascia "peroneus"',
        },
        {
          path: 'chains[0].links[0].techniques[1]',
          message: 'unknown technique variant "no-such-variant"',
        },
        {
          path: 'chains[0].links[0].citations[1].ref',
          message: 'unknown reference "made-up-2024"',
        },
        { path: 'chains[1].conditions[1]', message: 'unknown condition "no-such-condition"' },
      ]),
    );
  });

  it('checks muscle referral targets, variant regions and targets, condition ids', () => {
    const issues = issuesAfter((c) => {
      c.muscles[4]!.referral!.targets.push({ region: 'eyebrow', side: 'same' });
      c.muscles[2]!.regions.push('lower-back');
      c.techniques[0]!.variants[0]!.region.region = 'lumbar';
      c.techniques[0]!.variants[1]!.targets.push('deltoid');
      c.conditions[0]!.regions.push('spine');
      c.conditions[0]!.chains.push('ghost-chain');
      c.conditions[0]!.techniques.push('reiki');
    });
    expect(paths(issues)).toEqual(
      expect.arrayContaining([
        'muscles[4].referral.targets[1].region',
        'muscles[2].regions[1]',
        'techniques[0].variants[0].region.region',
        'techniques[0].variants[1].targets[0]',
        'conditions[0].regions[1]',
        'conditions[0].chains[1]',
        'conditions[0].techniques[0]',
      ]),
    );
  });

  it('accepts a condition naming a variant, a technique entry or a family', () => {
    const issues = issuesAfter((c) => {
      c.conditions[0]!.techniques = ['st-lumbar', 'muscle-energy', 'counterstrain'];
    });
    expect(issues).toEqual([]);
  });

  it('requires a side on paired regions and none on midline ones', () => {
    const issues = issuesAfter((c) => {
      c.chains[0]!.links[0]!.from.side = 'midline'; // ankle is paired
      c.chains[1]!.links[0]!.to.side = 'same'; // lumbar spine is midline
      c.chains[1]!.links[0]!.via[1]!.side = 'left'; // thoracolumbar fascia is midline
      c.chains[1]!.links[0]!.via[0]!.side = 'midline'; // gluteus maximus is paired
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: 'chains[0].links[0].from.side',
          message:
            'region "ankle" is paired: its side must be same, opposite, left or right, not midline',
        },
        {
          path: 'chains[1].links[0].to.side',
          message:
            'region "lumbar-spine" is a midline structure: its side must be midline, not same',
        },
        expect.objectContaining({ path: 'chains[1].links[0].via[1].side' }),
        expect.objectContaining({ path: 'chains[1].links[0].via[0].side' }),
      ]),
    );
  });

  it('lets an organ link to an absolute side of a paired region', () => {
    // gallbladder (midline) → shoulder (right) is in the fixture and passes
    const issues = issuesAfter((c) => {
      c.chains[2]!.links[0]!.to.side = 'left';
      c.chains[2]!.links[1]!.from.side = 'left';
    });
    expect(issues).toEqual([]);
  });

  it('refuses relative targets on a midline muscle', () => {
    const issues = issuesAfter((c) => {
      c.muscles[2]!.referral = {
        targets: [{ region: 'hip', side: 'same' }],
        evidence: 'expert-opinion',
        citations: [{ ref: 'ref-a' }],
      };
    });
    expect(paths(issues)).toEqual(['muscles[2].referral.targets[0].side']);
  });

  it('finds links that do not join', () => {
    const gap = issuesAfter((c) => {
      c.chains[1]!.links[1]!.from.region = 'cervical-spine';
    });
    expect(gap).toEqual([
      {
        path: 'chains[1].links[1].from',
        message:
          'link 2 starts at cervical-spine (midline) but link 1 ends at lumbar-spine (midline)',
      },
    ]);
    // Absolute end, relative start: joins only when the user picks right.
    const oneSide = issuesAfter((c) => {
      c.chains[2]!.links[1]!.from.side = 'same';
    });
    expect(oneSide).toEqual([
      {
        path: 'chains[2].links[1].from',
        message:
          'link 2 starts at shoulder (same) but link 1 ends at shoulder (right) when left is picked',
      },
    ]);
  });

  it('finds duplicate ids in every collection and among variants', () => {
    const issues = issuesAfter((c) => {
      c.regions.push({ ...c.regions[0]!, name: 'Another ankle' });
      c.muscles.push(c.muscles[0]!);
      c.chains.push(c.chains[0]!);
      c.techniques.push({ ...c.techniques[2]!, id: 'counterstrain-2' });
      c.conditions.push(c.conditions[0]!);
    });
    expect(paths(issues)).toEqual(
      expect.arrayContaining([
        'regions[13].id',
        'muscles[5].id',
        'chains[6].id',
        'techniques[3].variants[0].id',
        'conditions[6].id',
      ]),
    );
    expect(issues.find((i) => i.path === 'regions[13].id')!.message).toBe(
      'duplicate id "ankle" (first used at regions[0])',
    );
  });

  it('allows identical repeated references but not different ones', () => {
    expect(issuesAfter((c) => c.references.push({ ...c.references[0]! }))).toEqual([]);
    const issues = issuesAfter((c) => c.references.push({ ...c.references[0]!, year: 1999 }));
    expect(issues).toEqual([
      {
        path: 'references[2].id',
        message: 'duplicate id "ref-a" (first used at references[0]) with different details',
      },
    ]);
  });

  it('keeps regions and muscles to the body model', () => {
    const issues = issuesAfter((c) => {
      c.regions.push({ ...c.regions[0]!, id: 'tail' });
      c.regions[1]!.paired = false;
      c.muscles.push({ ...c.muscles[0]!, id: 'tail-wagger' });
    });
    expect(paths(issues)).toEqual(
      expect.arrayContaining(['regions[13].id', 'regions[1].paired', 'muscles[5].id']),
    );
  });

  it('treats ids named like built-in object properties as unknown', () => {
    // `constructor`, `tostring`, `valueof` are valid kebab-case ids; plain-object lookups find them
    // on every object's prototype unless the lookup checks own properties.
    for (const id of ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof']) {
      const issues = issuesAfter((c) => {
        c.regions.push({ ...c.regions[0]!, id, paired: false, kind: 'surface' });
        c.muscles.push({ ...c.muscles[0]!, id, paired: false });
      });
      expect(issues).toEqual(
        expect.arrayContaining([
          { path: 'regions[13].id', message: `region "${id}" is not part of the body model` },
          { path: 'muscles[5].id', message: `muscle "${id}" is not part of the body model` },
        ]),
      );
    }
  });

  it('checks an addition against a base without repeating the base', () => {
    const base = fixture();
    const addition: ContentSet = {
      ...fixture(),
      regions: [],
      muscles: [],
      techniques: [],
      conditions: [],
      references: [],
      chains: [{ ...base.chains[0]!, id: 'my-ankle-knee' }],
    };
    expect(checkIntegrity(addition, { base })).toEqual([]);
    expect(checkIntegrity(addition)).not.toEqual([]); // alone, its ids are unknown
    const clash = { ...addition, chains: [{ ...base.chains[0]!, title: 'Changed' }] };
    expect(checkIntegrity(clash, { base })).toEqual([
      expect.objectContaining({ path: 'chains[0].id' }),
    ]);
  });
});
