/** The open document: the article with its tools and the annotation panels beside it, or its report. */
import { ArticleView } from './editor/view';
import { AnnotationDetails } from './panels/AnnotationDetails';
import { AnnotationList } from './panels/AnnotationList';
import { DocumentHeader } from './panels/DocumentHeader';
import { FindBar } from './panels/FindBar';
import { LabelToolbar } from './panels/LabelToolbar';
import { Legend } from './panels/Legend';
import { PanelBoundary } from './panels/PanelBoundary';
import { ReportView } from './reports/ReportView';
import { useDocumentStore } from './state/document';
import { useNavigationStore } from './state/navigation';

export function DocumentWorkspace() {
  const status = useDocumentStore((state) => state.status);
  const document = useDocumentStore((state) => state.document);
  const opened = useDocumentStore((state) => state.opened);
  const error = useDocumentStore((state) => state.error);
  const retry = useDocumentStore((state) => state.openStartDocument);
  const view = useNavigationStore((state) => state.view);
  const showingReport = view === 'report';

  if (status === 'failed') {
    return (
      <div className="fm-message" role="alert">
        <p>The article could not be opened: {error}</p>
        <button type="button" onClick={() => void retry()}>
          Try again
        </button>
      </div>
    );
  }
  const open = status === 'ready' && document && opened ? { document, opened } : null;
  if (status !== 'loading' && !open) return <p className="fm-message">The library is empty.</p>;
  // While the article is read, its tools and panels are drawn around it, empty: the browser finds
  // their fonts and lays them out meanwhile, and the article's first frame has only the article
  // to draw. (Making them inert meanwhile would have that frame restyle them all.)
  return (
    <div className="fm-document-area">
      {/* The report lies over the article, which stays as it was left (scroll, selection, undo) but out of reach. */}
      <div className="fm-workspace" inert={view !== 'document'}>
        <main className="fm-main">
          {open ? (
            <DocumentHeader document={open.document} />
          ) : (
            <div className="fm-document-header">
              <h1>Opening the article…</h1>
            </div>
          )}
          <div className="fm-tools">
            <LabelToolbar />
            <FindBar />
          </div>
          {open && <ArticleView document={open.document} opened={open.opened} />}
        </main>
        <aside className="fm-side" aria-label="Annotations">
          <PanelBoundary name="The selected annotation">
            <AnnotationDetails />
          </PanelBoundary>
          <PanelBoundary name="The annotation list">
            <AnnotationList />
          </PanelBoundary>
          <Legend />
        </aside>
      </div>
      {open && showingReport && <ReportView document={open.document} />}
    </div>
  );
}
