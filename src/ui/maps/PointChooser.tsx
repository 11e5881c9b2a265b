import { useMemo } from 'react';
import type { SourceSide } from '../../domain/zones';
import type { RestPoint } from '../../domain/url';
import { bodyRuntime } from '../../scene/body-runtime';
import { pointVertex } from '../../scene/maps/surface-screen-point';
import { useAppStore } from '../../state/store';

/**
 * The keyboard's way to touch the body: choose a named point (a key sensory point, a trigger
 * point, a landmark) and its differential is listed, as if it had been touched.
 */
export function PointChooser() {
  const points = useAppStore((s) => s.content.content.points);
  const ready = useAppStore((s) => s.modelStatus === 'ready');
  const touchSkin = useAppStore((s) => s.touchSkin);
  const options = useMemo(
    () =>
      points
        .flatMap((p) =>
          (p.source && p.source.kind !== 'organ' ? (['left', 'right'] as const) : [null]).map(
            (side: SourceSide) => ({
              value: side ? `${p.id}.${side}` : p.id,
              label: side ? `${p.name} (${side})` : p.name,
              point: p,
              side,
            }),
          ),
        )
        .sort((a, b) => a.label.localeCompare(b.label)),
    [points],
  );
  if (!ready || !options.length) return null;
  const choose = (value: string) => {
    const option = options.find((o) => o.value === value);
    const skin = bodyRuntime.skinSurface;
    if (!option || !skin) return;
    const v = pointVertex(option.point, option.side);
    if (v === null) return;
    const region = skin.layer.partIds[skin.layer.vertexPart[v]!];
    const at = [0, 1, 2].map((k) => Math.round(skin.rest[v * 3 + k]! * 1000) / 1000) as RestPoint;
    if (region) touchSkin(region, at);
  };
  return (
    <label className="field small">
      Choose a point on the body
      <select value="" onChange={(e) => choose(e.target.value)}>
        <option value="">Key points, trigger points…</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
