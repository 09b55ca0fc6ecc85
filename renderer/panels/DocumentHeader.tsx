/** The open document's title and where it comes from. */
import type { Document } from '../../shared/model';
import { NewVersionButton } from './NewVersion';

export function DocumentHeader({ document }: { document: Document }) {
  const details = [document.publication, document.author, document.publishedAt, document.credit].filter(Boolean);
  return (
    <div className="fm-document-header">
      <h1>{document.title}</h1>
      <div className="fm-document-line">
        {details.length > 0 && <p className="fm-document-details">{details.join(' · ')}</p>}
        <NewVersionButton documentId={document.id} />
      </div>
    </div>
  );
}
