/** The open document's title and where it comes from, with its new-version and report buttons. */
import type { Document } from '../../shared/model';
import { useNavigationStore } from '../state/navigation';
import { NewVersionButton } from './NewVersion';

export function DocumentHeader({ document }: { document: Document }) {
  const show = useNavigationStore((state) => state.show);
  const details = [document.publication, document.author, document.publishedAt, document.credit].filter(Boolean);
  return (
    <div className="fm-document-header">
      <h1>{document.title}</h1>
      <div className="fm-document-line">
        {details.length > 0 && <p className="fm-document-details">{details.join(' · ')}</p>}
        <NewVersionButton documentId={document.id} />
        <button type="button" onClick={() => show('report')}>
          View report
        </button>
      </div>
    </div>
  );
}
