// «Сформировать справку» (PRODUCT.md §11): read the workbook once, build the document model with the
// same core as the sheets, write it into a new Google Doc, and hand over its link in a dialog.
// The workbook is only read: running it twice makes two drafts and changes nothing else.
import { ExplainedError } from '../../core/failures/explainedError';
import { menuLabels } from '../../core/messages/menu';
import { reportDeliveryMessages as m } from '../../core/messages/reportDelivery';
import { buildReport } from '../../core/report/buildReport';
import type { ReportDocument } from '../../core/report/documentModel';
import type { AddonContext } from '../context';
import { logFailure } from '../platform/failureReport';
import { type RenderedReport, renderReportDocument } from '../report/documentRenderer';
import { REPORT_DIALOG_HEIGHT, REPORT_DIALOG_WIDTH, reportDialogHtml } from '../report/reportDialog';
import { readReportInput } from '../report/reportInput';
import { type ActionResult, runAction } from './runAction';

export interface BuildReportResult extends ActionResult {
  /** The new Doc; null when it was not created. */
  readonly report: RenderedReport | null;
}

/** Apps Script's refusal when the user did not grant the `documents` scope (granular consent). */
export function isDocumentsScopeDeclined(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return (
    /auth\/documents\b/.test(text) ||
    (/permission|authoriz|authoris/i.test(text) && /DocumentApp|documents/i.test(text))
  );
}

/**
 * A declined `documents` scope is worded here, with the one step that grants it; any other failure
 * of Google's goes on to runAction, which words it by its kind (a Google outage: wait and repeat).
 */
function createDocument(context: AddonContext, report: ReportDocument): RenderedReport {
  try {
    return renderReportDocument(report, context.reportServices.documentApp(), context.reportServices.charts);
  } catch (error) {
    if (isDocumentsScopeDeclined(error)) throw new ExplainedError(m.scopeDeclined);
    throw error;
  }
}

/**
 * The action of the menu and of the dashboard button. With a UI, a dialog shows the link; a
 * failure is an alert in Russian (a declined `documents` scope says how to grant it).
 */
export function buildReportAction(context: AddonContext): BuildReportResult {
  let report: RenderedReport | null = null;
  const result = runAction(context, menuLabels.buildReport, () => {
    report = createDocument(context, buildReport(readReportInput(context.spreadsheet, context.now())));
    return { summary: m.done(report.name) };
  });
  const created = report as RenderedReport | null;
  if (result.ok && created && context.ui) {
    try {
      context.ui.showModalDialog(
        reportDialogHtml(created),
        m.dialogTitle,
        REPORT_DIALOG_WIDTH,
        REPORT_DIALOG_HEIGHT,
      );
    } catch (error) {
      // The Doc exists and the toast named it: a dialog Google failed to open is only logged.
      logFailure(`«${menuLabels.buildReport}», окно со ссылкой`, error);
    }
  }
  return { ...result, report: created };
}
