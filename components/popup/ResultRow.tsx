import type { SearchDoc } from '../../lib/search/documents';

/** One result: what it is called, and one line of where it sits. Remote text, rendered as text. */
export function ResultRow({ doc }: { doc: SearchDoc }) {
  return (
    <span className="result">
      <span className="result-title">
        {doc.key && <span className="ticket-key">{doc.key}</span>}{' '}
        {doc.title && <span className="truncate">{doc.title}</span>}
        {doc.kind === 'ticket' && (
          <span className="opens-tab" aria-hidden="true">
            ↗
          </span>
        )}
      </span>
      {doc.detail && (
        <span className="result-detail truncate">
          {/* Read out as "title, detail" rather than run together. */}
          <span className="visually-hidden">, </span>
          {doc.detail}
        </span>
      )}
    </span>
  );
}
