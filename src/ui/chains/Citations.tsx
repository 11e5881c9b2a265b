import type { Citation, Reference } from '../../content/schema';
import { useAppStore } from '../../state/store';

function formatReference(r: Reference): string {
  const parts = [
    r.authors,
    `(${r.year})`,
    r.title + '.',
    r.edition ? `${r.edition}.` : '',
    r.source,
  ];
  if (r.volume) parts.push(r.volume + (r.pages ? `:${r.pages}` : ''));
  else if (r.pages) parts.push(r.pages);
  return parts.filter(Boolean).join(' ');
}

/** The references behind a statement, folded away until asked for; identifiers become links. */
export function Citations({
  citations,
  label = 'References',
}: {
  citations: readonly Citation[];
  label?: string;
}) {
  const references = useAppStore((s) => s.content.references);
  return (
    <details className="citations">
      <summary>
        {label} ({citations.length})
      </summary>
      <ol>
        {citations.map((c, i) => {
          const r = references.get(c.ref);
          if (!r) return <li key={i}>Unknown reference “{c.ref}”</li>;
          return (
            <li key={i}>
              {formatReference(r)}
              {c.locator && <span className="muted"> — {c.locator}</span>}
              {r.doi && (
                <>
                  {' '}
                  <a href={`https://doi.org/${r.doi}`} target="_blank" rel="noreferrer noopener">
                    DOI {r.doi}
                  </a>
                </>
              )}
              {r.pmid && (
                <>
                  {' '}
                  <a
                    href={`https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/`}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    PMID {r.pmid}
                  </a>
                </>
              )}
              {r.isbn && <span className="muted"> ISBN {r.isbn}</span>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
