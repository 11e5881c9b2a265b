import { resolveChainById } from '../../domain/chains';
import { regionLabelOf } from '../../domain/content-index';
import type { AppState } from '../../state/store';

/** The active chain link in words: "Link 2 of 3: Left hip → Left shoulder". */
export function activeLinkText(s: AppState): string | null {
  const page = s.page;
  if (page.kind !== 'chain') return null;
  const chain = resolveChainById(s.content, page.chain, page.side);
  const link = chain?.links[page.link];
  if (!chain || !link) return null;
  const from = regionLabelOf(s.content, link.from);
  const to = regionLabelOf(s.content, link.to);
  return `Link ${page.link + 1} of ${chain.links.length}: ${from} → ${to} · ${link.link.mechanism.replace(/-/g, ' ')} · evidence: ${link.link.evidence.replace(/-/g, ' ')}`;
}
