/** What an export of the report did, in words. */
import { counted } from '../datasets/counted';
import type { ReportExportChoice } from './export-choices';
import type { ReportExportOutcome } from './report-export-store';

/** What the view says while an export runs. */
function exportingText(choice: ReportExportChoice): string {
  return choice.format === 'pdf' ? `Printing the ${choice.name}…` : `Writing the ${choice.name}…`;
}

/** The outcome of an export as the view tells it. */
export function outcomeText(outcome: ReportExportOutcome): string {
  switch (outcome.state) {
    case 'running':
      return exportingText(outcome.choice);
    case 'failed':
      return `The ${outcome.choice.name} could not be exported: ${outcome.message}`;
    case 'done': {
      const { result, choice } = outcome;
      if (result.claimReviews === undefined) return `Saved the ${choice.name} report to ${result.path}.`;
      const empty = result.claimReviews === 0 ? ' No attributed claim has a verdict yet, so the list is empty.' : '';
      return `Saved ${counted(result.claimReviews, 'ClaimReview')} to ${result.path}.${empty}`;
    }
  }
}
