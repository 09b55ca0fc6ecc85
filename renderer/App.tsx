import { useEffect } from 'react';
import { APP_NAME } from '../shared/app';
import { DatasetMenu } from './datasets/DatasetMenu';
import { DocumentWorkspace } from './DocumentWorkspace';
import { DropZone } from './library/DropZone';
import { LibraryView } from './library/LibraryView';
import { AnnotationPicker } from './panels/AnnotationPicker';
import { ContextMenu } from './panels/ContextMenu';
import { PanelBoundary } from './panels/PanelBoundary';
import { SaveStatus } from './panels/SaveStatus';
import { ShortcutSheet } from './panels/ShortcutSheet';
import { useGlobalShortcuts } from './shortcuts';
import { useDocumentStore } from './state/document';
import { useNavigationStore, type View } from './state/navigation';

const views: { id: View; name: string }[] = [
  { id: 'library', name: 'Library' },
  { id: 'document', name: 'Article' },
  { id: 'report', name: 'Report' },
];

function ViewTabs() {
  const view = useNavigationStore((state) => state.view);
  const show = useNavigationStore((state) => state.show);
  return (
    <nav className="fm-views" aria-label="Views">
      {views.map(({ id, name }) => (
        <button key={id} type="button" aria-current={view === id ? 'page' : undefined} onClick={() => show(id)}>
          {name}
        </button>
      ))}
    </nav>
  );
}

export function App() {
  const openStartDocument = useDocumentStore((state) => state.openStartDocument);
  const session = useDocumentStore((state) => state.session);
  const view = useNavigationStore((state) => state.view);
  useGlobalShortcuts();
  useEffect(() => {
    void openStartDocument();
  }, [openStartDocument]);

  return (
    <div className="fm-app">
      <header className="fm-header">
        <span className="fm-brand">{APP_NAME}</span>
        <ViewTabs />
        <DatasetMenu />
        {session && <span className="fm-reviewer">Reviewer: {session.reviewer}</span>}
        <SaveStatus />
      </header>
      {/* The open document stays as it was left (annotations, scroll, undo) while the library lies over it. */}
      <div className="fm-view-area">
        <PanelBoundary name="The article">
          <DocumentWorkspace />
        </PanelBoundary>
        {view === 'library' && (
          <PanelBoundary name="The library">
            <LibraryView />
          </PanelBoundary>
        )}
      </div>
      <DropZone />
      <ContextMenu />
      <AnnotationPicker />
      <ShortcutSheet />
    </div>
  );
}
