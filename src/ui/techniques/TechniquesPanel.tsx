import { useMemo } from 'react';
import type { VariantEntry } from '../../domain/content-index';
import { parseConcreteId } from '../../domain/sides';
import {
  techniquesForCondition,
  techniquesForLink,
  techniquesForRegion,
} from '../../domain/techniques';
import type { Page } from '../../domain/url';
import type { Side } from '../../content/ids';
import { selectPage } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { FAMILY_LABELS, POSITION_LABELS } from '../labels';
import { TechniqueDetail } from './TechniqueDetail';

function useVariantsFor(page: Page): { variants: VariantEntry[]; side: Side; intro: string } {
  const content = useAppStore((s) => s.content);
  return useMemo(() => {
    switch (page.kind) {
      case 'chain': {
        const link = content.chains.get(page.chain)?.links[page.link];
        return {
          variants: link ? techniquesForLink(content, link) : [],
          side: page.side,
          intro: `For link ${page.link + 1} of the chain`,
        };
      }
      case 'region':
        return {
          variants: techniquesForRegion(content, page.region),
          side: parseConcreteId(page.region)?.side ?? 'left',
          intro: 'Techniques applied to this region',
        };
      case 'condition':
        return {
          variants: techniquesForCondition(content, page.condition),
          side: 'left',
          intro: 'Techniques used for this condition',
        };
      default:
        return { variants: [], side: 'left', intro: '' };
    }
  }, [content, page]);
}

/** The "Techniques" landmark: the variants that fit what is selected, or one variant in full. */
export function TechniquesPanel() {
  const page = useAppStore(selectPage);
  const openTechnique = useAppStore((s) => s.openTechnique);
  const { variants, side, intro } = useVariantsFor(page);
  return (
    <section aria-label="Techniques" className="panel-section">
      <h2>Techniques</h2>
      {page.kind === 'technique' ? (
        <TechniqueDetail variantId={page.variant} side={page.side} />
      ) : variants.length ? (
        <>
          <p className="small muted">{intro}</p>
          <ul className="technique-list">
            {variants.map(({ variant, technique }) => (
              <li key={variant.id}>
                <button
                  type="button"
                  className="chain-card"
                  onClick={() => openTechnique(variant.id, side)}
                >
                  <span className="chain-title">{variant.name}</span>
                  <span className="chain-path">
                    {FAMILY_LABELS[technique.family]} · {POSITION_LABELS[variant.patientPosition]}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted small">
          Select a region, a chain or a condition to see the techniques that fit it.
        </p>
      )}
    </section>
  );
}
