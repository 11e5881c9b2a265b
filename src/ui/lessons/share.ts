import { resolveChainById } from '../../domain/chains';
import { regionLabelOf } from '../../domain/content-index';
import { regionLabels } from '../../domain/region-labels';
import { selectBodyPaint } from '../../state/body-paint';
import type { AppState } from '../../state/store';
import { ROLE_COLORS } from '../../scene/paint-colors';
import { renderSnapshot, type SnapshotLegend } from '../../scene/snapshot';
import { describePage } from '../describe-page';
import { downloadBlob } from './download';

export { downloadBlob };

/** Copies text: the async clipboard where allowed, else a hidden text area and `copy`. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not a secure context: try the old way below.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

function words(id: string): string {
  return id.replace(/-/g, ' ');
}

/** What the picture's legend says about the current page. */
export function legendFor(s: AppState): SnapshotLegend {
  const footer = `OMT Atlas · ${window.location.hash || '#/'}`;
  const page = s.page;
  if (page.kind === 'chain') {
    const chain = resolveChainById(s.content, page.chain, page.side);
    if (chain)
      return {
        title: chain.chain.title,
        keys: [
          { color: ROLE_COLORS.source, text: 'Source' },
          { color: ROLE_COLORS.relay, text: 'Relay' },
          { color: ROLE_COLORS.target, text: 'Pain felt here' },
        ],
        lines: chain.links.map(
          (l, i) =>
            `${i + 1}. ${regionLabelOf(s.content, l.from)} → ${regionLabelOf(s.content, l.to)}: ${words(l.link.mechanism)}; evidence: ${words(l.link.evidence)}`,
        ),
        footer,
      };
  }
  return {
    title: describePage(page, s.content),
    keys:
      page.kind === 'region'
        ? [
            { color: ROLE_COLORS.selected, text: 'Selected region' },
            { color: ROLE_COLORS.related, text: 'Linked by a referral chain' },
          ]
        : [],
    lines: [],
    footer,
  };
}

/** A file name for the picture from the page description. */
function imageName(s: AppState): string {
  const base = describePage(s.page, s.content)
    .replace(/[^\p{L}\p{N} _.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'OMT Atlas'}.png`;
}

/** Renders the current view at 1920×1080 with labels and legend and downloads it as a PNG. */
export async function exportImage(s: AppState, width = 1920, height = 1080): Promise<string> {
  const paint = selectBodyPaint(s);
  const labels = regionLabels(s.content, paint).map((r) => ({
    id: r.id,
    text: r.name,
    role: r.words,
    color: ROLE_COLORS[r.role],
    numbers: r.links,
  }));
  const canvas = renderSnapshot({ width, height, labels, legend: legendFor(s) });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the picture could not be encoded');
  const name = imageName(s);
  downloadBlob(blob, name);
  return name;
}
