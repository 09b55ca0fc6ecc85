/**
 * The label styles, generated from the label definitions so that colours and underline styles
 * live in one place. Each label gets its own underline depth, so nested spans stay readable.
 */
import { labelList } from '../shared/labels';

function labelRules(): string {
  return labelList
    .map(
      (label, layer) => `.fm-label-${label.id} {
  --label-colour: ${label.colour};
  --label-tint: ${label.tint};
  --label-underline: ${label.underline};
  --label-underline-offset: ${2 + layer * 3}px;
}`,
    )
    .join('\n');
}

/** Adds the label styles to the document (a constructed stylesheet, which the CSP allows). */
export function applyLabelStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(labelRules());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
