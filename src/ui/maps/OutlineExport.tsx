import { useState } from 'react';
import { outlineFromPaint } from '../../domain/outline-from-paint';
import { bodyRuntime } from '../../scene/body-runtime';
import { nearestVertex } from '../../scene/maps/skin-surface';
import { useAppStore } from '../../state/store';

/**
 * For content writers: the painted area as a zone outline in surface coordinates
 * (docs/SURFACE.md), to paste into a map file or a lecturer's own content file.
 */
export function OutlineExport() {
  const paint = useAppStore((s) => s.paint);
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  if (!paint) return null;
  const make = () => {
    const skin = bodyRuntime.skinSurface;
    if (!skin) return;
    const samples = paint.dabs.map((d) => ({ ...skin.sample(nearestVertex(skin, d)), p: d }));
    const outline = outlineFromPaint(samples, paint.radius, skin.frames);
    setCopied(false);
    setText(outline ? JSON.stringify(outline) : 'Paint at least one dab on the skin first.');
  };
  return (
    <div className="outline-export">
      <button type="button" onClick={make}>
        Painted area as a zone outline
      </button>
      {text && (
        <>
          <label className="field small">
            Outline (surface coordinates, for a map file)
            <textarea readOnly rows={4} value={text} />
          </label>
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard?.writeText(text).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        </>
      )}
    </div>
  );
}
