/** The header's dataset buttons, and the dialogs they open. */
import { useDatasetDialogs } from './dialogs';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';

export function DatasetMenu() {
  const show = useDatasetDialogs((state) => state.show);
  return (
    <div className="fm-datasets-menu">
      <button type="button" onClick={() => void show('export')}>
        Export dataset…
      </button>
      <button type="button" onClick={() => void show('import')}>
        Import annotations…
      </button>
      <ExportDialog />
      <ImportDialog />
    </div>
  );
}
