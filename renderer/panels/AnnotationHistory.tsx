/** Who created and changed the selected annotation, and what they changed, from the store's log. */
import { useEffect, useState } from 'react';
import type { AnnotationEvent } from '../../shared/model';
import { api, errorMessage } from '../api';
import { useRecordStore } from '../state/records';

const fieldNames: Record<string, string> = {
  label: 'label',
  start: 'start',
  end: 'end',
  quote: 'text',
  note: 'note',
  confidence: 'confidence',
  attributes: 'attributes',
};

function describe(event: AnnotationEvent): string {
  if (event.action === 'created') return 'created it';
  if (event.action === 'deleted') return 'deleted it';
  if (event.action === 'orphaned') return 'deleted its text: it is orphaned';
  const fields = Object.keys(event.changes).filter((field) => field !== 'start' && field !== 'end');
  const label = event.changes.label;
  if (label) return `changed the label from ${String(label.before).replace('_', ' ')} to ${String(label.after).replace('_', ' ')}`;
  return `changed the ${fields.map((field) => fieldNames[field] ?? field).join(', ') || 'span'}`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function when(at: string): string {
  return timeFormat.format(new Date(at));
}

export function AnnotationHistory({ annotationId }: { annotationId: string }) {
  const record = useRecordStore((state) => state.records.get(annotationId));
  const [events, setEvents] = useState<AnnotationEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Read the log again whenever the store confirms a change to this annotation.
  useEffect(() => {
    let current = true;
    api
      .listAnnotationHistory({ annotationId })
      .then((history) => current && (setEvents(history), setError(null)))
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [annotationId, record?.updatedAt]);

  return (
    <section className="fm-history" aria-label="History">
      <h3>History</h3>
      {error && <p className="fm-field-error">The history could not be read: {error}</p>}
      {events?.length === 0 && <p className="fm-field-hint">Not saved yet.</p>}
      <ol>
        {events?.map((event) => (
          <li key={event.seq}>
            <strong>{event.reviewer}</strong> {describe(event)} <time dateTime={event.at}>{when(event.at)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}
