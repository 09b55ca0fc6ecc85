/**
 * Changes to one document from the library: its status, its metadata, a copy. Each is sent to the
 * main side, then the list (and the editor, when it shows the document) reads it again.
 */
import type { DocumentStatus } from '../../shared/model';
import type { EditableMetadata, LibraryRow } from '../../shared/library';
import { api, errorMessage } from '../api';
import { useDocumentStore } from '../state/document';
import { useLibraryStore } from './library-store';
import { useSearchStore } from './search-store';

async function afterChange(documentId: string): Promise<void> {
  useLibraryStore.getState().refresh();
  useSearchStore.getState().refresh();
  const documents = useDocumentStore.getState();
  if (documents.document?.id === documentId) await documents.reload();
}

/** Runs a change; a failure shows above the list, in words. */
async function reported(change: () => Promise<unknown>): Promise<void> {
  try {
    await change();
  } catch (error) {
    useLibraryStore.setState({ error: errorMessage(error) });
  }
}

export function setStatus(row: LibraryRow, status: DocumentStatus): Promise<void> {
  return reported(async () => {
    await api.setDocumentStatus({ id: row.id, status });
    await afterChange(row.id);
  });
}

export function duplicate(row: LibraryRow): Promise<void> {
  return reported(async () => {
    await api.duplicateDocument({ id: row.id });
    await afterChange(row.id);
  });
}

/** Saves edited metadata; a refusal (an invalid address, say) is thrown for the form to show. */
export async function saveMetadata(id: string, metadata: EditableMetadata): Promise<void> {
  await api.updateDocumentMetadata({ id, metadata });
  await afterChange(id);
}
