import { useMemo } from 'react';
import type { ZoneKind } from '../../content/ids';
import type { Zone } from '../../content/schema';
import type { ResolvedChain } from '../../domain/chains';
import type { ContentIndex } from '../../domain/content-index';
import type { DifferentialRow } from '../../domain/differential';
import { instanceLabel } from '../../scene/maps/draw-plan';
import { differentialFor, planForState } from '../../scene/maps/plan-for-state';
import { useAppStore } from '../../state/store';
import { ChainCard } from '../chains/ChainList';
import { EvidenceBadge } from '../chains/EvidenceBadge';
import { OVERLAY_LABELS } from './MapControls';
import { PointChooser } from './PointChooser';

export { OutlineExport } from './OutlineExport';

export const ZONE_KIND_LABELS: Record<ZoneKind, string> = {
  dermatome: 'Dermatome (nerve root)',
  'trigger-point': 'Trigger point referral',
  visceral: 'Visceral referral',
  viscerosomatic: 'Viscerosomatic level',
  'joint-referral': 'Joint referral (shared innervation)',
};

const TITLE = 'Pain here may come from';

/** A chain or technique that a source leads to, if the content has one. */
function leadOf(content: ContentIndex, zone: Zone): { label: string; go: () => void } | null {
  const s = useAppStore.getState();
  const id = zone.source.id;
  for (const chain of content.chains.values()) {
    const first = chain.links[0];
    if (!first) continue;
    const fromBase = first.from.region.split('.')[0];
    const via = chain.links.some((l) => l.via.some((v) => v.structure === id));
    if (fromBase === id || via)
      return { label: `Chain: ${chain.title}`, go: () => s.openChain(chain.id, 'left') };
  }
  for (const { variant } of content.variants.values())
    if (variant.targets.includes(id))
      return { label: `Technique: ${variant.name}`, go: () => s.openTechnique(variant.id, 'left') };
  return null;
}

function SourceRow({ row }: { row: DifferentialRow }) {
  const content = useAppStore((s) => s.content);
  const shown = useAppStore((s) => s.shownZones.includes(row.instance.key));
  const toggleZone = useAppStore((s) => s.toggleZone);
  const setPreview = useAppStore((s) => s.setPreviewZone);
  const zone = row.instance.zone;
  const lead = leadOf(content, zone);
  const preview = {
    onMouseEnter: () => setPreview(row.instance.key),
    onMouseLeave: () => setPreview(null),
    onFocus: () => setPreview(row.instance.key),
    onBlur: () => setPreview(null),
  };
  return (
    <li className={row.redFlag ? 'source-row red-flag' : 'source-row'}>
      <button
        type="button"
        className="chain-card source-card"
        aria-pressed={shown}
        title={shown ? 'Hide its map on the body' : 'Show its map on the body'}
        onClick={() => toggleZone(row.instance.key)}
        {...preview}
      >
        {row.redFlag && <span className="red-flag-pin">Red flag</span>}
        <span className="chain-title">{instanceLabel(row.instance)}</span>
        <span className="chain-path">
          {ZONE_KIND_LABELS[row.kind]} ·{' '}
          {row.grade === 'essential' ? 'main zone' : 'spillover zone'}
        </span>
        <span className="chain-meta">
          <EvidenceBadge level={zone.evidence} />
        </span>
      </button>
      {row.redFlag && zone.redFlag && <p className="small red-flag-text">{zone.redFlag}</p>}
      {lead && (
        <button type="button" className="link-button small" onClick={lead.go}>
          {lead.label}
        </button>
      )}
    </li>
  );
}

/**
 * "Pain here may come from": every source whose map holds the touched point (or the painted area,
 * or the whole region), ranked, then the chains that end here.
 */
export function DifferentialList({ region, chains }: { region: string; chains: ResolvedChain[] }) {
  const ready = useAppStore((s) => s.modelStatus === 'ready');
  const diff = useAppStore((s) => (ready ? differentialFor(s) : null));
  const label = useAppStore((s) => s.content.regions.get(region.split('.')[0]!)?.name ?? region);
  const of =
    diff?.of === 'point'
      ? 'at the point you touched'
      : diff?.of === 'painted area'
        ? 'over the area you painted'
        : `over the ${region.endsWith('.left') ? 'left ' : region.endsWith('.right') ? 'right ' : ''}${label.toLowerCase()}`;
  const rows = diff?.rows ?? [];
  return (
    <div className="chain-group">
      <h3>
        {TITLE} <span className="count">({rows.length + chains.length})</span>
      </h3>
      <p className="muted small">
        {ready ? `Sources whose maps hold the pain ${of}.` : 'Finding the sources…'}
      </p>
      <PointChooser />
      {rows.length + chains.length > 0 ? (
        <ul className="chain-list" aria-label={TITLE}>
          {rows.map((r) => (
            <SourceRow key={r.instance.key} row={r} />
          ))}
          {chains.map((c) => (
            <ChainCard key={`${c.chain.id}.${c.side}`} chain={c} />
          ))}
        </ul>
      ) : (
        <p className="muted small">No source in the atlas maps pain here.</p>
      )}
    </div>
  );
}

/** Names and patterns of what the skin shows: every colour on the body has its name here. */
export function MapsLegend() {
  const ready = useAppStore((s) => s.modelStatus === 'ready');
  const overlays = useAppStore((s) => s.overlays);
  const shown = useAppStore((s) => s.shownZones);
  const touched = useAppStore((s) => s.touched);
  const paint = useAppStore((s) => s.paint);
  const page = useAppStore((s) => s.page);
  const content = useAppStore((s) => s.content);
  const plan = useMemo(
    () => (ready ? planForState(useAppStore.getState()) : null),
    // What the plan is made of (the previewed zone is left out: the legend need not flicker).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ready, overlays, shown, touched, paint, page, content],
  );
  if (!plan?.items.length) return null;
  const groups = new Map<string, typeof plan.items>();
  for (const item of plan.items) {
    const title =
      item.why === 'preview'
        ? 'Pointed at'
        : item.why === 'shown'
          ? 'Shown'
          : OVERLAY_LABELS[item.why];
    groups.set(title, [...(groups.get(title) ?? []), item]);
  }
  return (
    <div className="maps-legend" aria-label="Map legend" role="group">
      <p className="small legend-patterns">
        <span className="swatch solid" aria-hidden="true" /> main zone{' '}
        <span className="swatch hatched" aria-hidden="true" /> spillover (hatched)
      </p>
      {[...groups].map(([title, items]) => (
        <div key={title}>
          <h4 className="small">{title}</h4>
          <ul className="legend-list">
            {items
              .filter((item, i) => items.findIndex((x) => x.label === item.label) === i)
              .map((item) => (
                <li key={item.key}>
                  <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
                  {item.label}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
