/**
 * Label Studio: a tasks JSON array, one task per document
 * (`{"data": {"text", "documentId", "title"}, "annotations": [{"result": [...]}]}`), each span a
 * result of type `labels` (`value: {start, end, text, labels: ["Verified fact"]}`) whose id is the
 * annotation's id, its note a per-region `textarea` result with the same id; and the labelling
 * config XML that shows these labels and the note box. Labels are written by name, as Label Studio
 * shows them.
 */
import { labels as labelDefinitions } from '../labels';
import type { LabelId } from '../labels';
import { TextIndex } from '../text/offsets';
import { exportedSpans } from './export-spans';
import type { FormatNotice, FormatWriter, WriteOptions } from './types';
import { exportName, includedLabels } from './write-options';

/** Names of the config's controls, as results refer to them. */
export const LABEL_STUDIO_LABELS = 'label';
export const LABEL_STUDIO_NOTE = 'note';
export const LABEL_STUDIO_TEXT = 'text';

function xmlAttribute(value: string): string {
  return value.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}

/** The labelling config for the included labels: a Labels control, the text, and a note per region. */
export function labelStudioConfig(included: readonly LabelId[]): string {
  const labelLines = included.map((id) => {
    const label = labelDefinitions[id];
    return `    <Label value="${xmlAttribute(label.name)}" background="${label.colour}" hotkey="${label.key}"/>`;
  });
  return [
    '<View>',
    `  <Labels name="${LABEL_STUDIO_LABELS}" toName="${LABEL_STUDIO_TEXT}">`,
    ...labelLines,
    '  </Labels>',
    `  <Text name="${LABEL_STUDIO_TEXT}" value="$text"/>`,
    '  <View visibleWhen="region-selected">',
    '    <Header value="Note"/>',
    `    <TextArea name="${LABEL_STUDIO_NOTE}" toName="${LABEL_STUDIO_TEXT}" perRegion="true" editable="true" maxSubmissions="1" rows="3"/>`,
    '  </View>',
    '</View>',
    '',
  ].join('\n');
}

/**
 * A writer of Label Studio tasks (`<name>.json`, an array written one task per line) with the
 * labelling config beside it (`<name>.label-config.xml`).
 */
export function createLabelStudioWriter(options: WriteOptions = {}): FormatWriter {
  const name = exportName(options);
  const file = `${name}.json`;
  const labels = includedLabels(options);
  let written = 0;
  return {
    begin: () => [
      { file, text: '[' },
      { file: `${name}.label-config.xml`, text: labelStudioConfig(labels) },
    ],
    write: (entry) => {
      const notices: FormatNotice[] = [];
      const spans = exportedSpans(entry, labels, new TextIndex(entry.document.text), file, notices);
      const result = spans.flatMap(({ annotation, quote }) => {
        const region = { start: annotation.start, end: annotation.end };
        const common = { id: annotation.id, to_name: LABEL_STUDIO_TEXT, origin: 'manual' };
        const labelled = {
          ...common,
          from_name: LABEL_STUDIO_LABELS,
          type: 'labels',
          value: { ...region, text: quote, labels: [labelDefinitions[annotation.label].name] },
        };
        if (annotation.note === '') return [labelled];
        return [labelled, { ...common, from_name: LABEL_STUDIO_NOTE, type: 'textarea', value: { ...region, text: [annotation.note] } }];
      });
      const task = {
        data: { text: entry.document.text, documentId: entry.document.id, title: entry.document.title },
        annotations: result.length > 0 ? [{ result }] : [],
      };
      const separator = written++ === 0 ? '\n' : ',\n';
      return { parts: [{ file, text: `${separator}${JSON.stringify(task)}` }], notices };
    },
    end: () => [{ file, text: '\n]\n' }],
  };
}
