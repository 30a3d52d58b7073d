// The dialog that hands over the new справка: its name and its link, nothing else. Every piece of
// text is escaped here, the only place this HTML is made; the link is the Doc's own https address.
import { reportDeliveryMessages as m } from '../../core/messages/reportDelivery';
import type { RenderedReport } from './documentRenderer';

export const REPORT_DIALOG_WIDTH = 460;
export const REPORT_DIALOG_HEIGHT = 200;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only a Google Docs address becomes a link: anything else is shown as text. */
function isDocsUrl(url: string): boolean {
  return /^https:\/\/docs\.google\.com\/[^\s"'<>]*$/.test(url);
}

export function reportDialogHtml(report: RenderedReport): string {
  const name = escapeHtml(report.name);
  const link = isDocsUrl(report.url)
    ? `<a id="report-link" href="${escapeHtml(report.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(m.dialogOpen)}</a>`
    : `<span id="report-link">${escapeHtml(report.url)}</span>`;
  return [
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"><base target="_top">',
    '<style>body{font:14px Arial,sans-serif;color:#202124;margin:12px}a{color:#1a73e8;font-weight:bold}',
    '.muted{color:#5f6368;font-size:12px}button{margin-top:12px}</style></head><body>',
    `<p>${escapeHtml(m.dialogLead)}</p>`,
    `<p id="report-name"><strong>${name}</strong></p>`,
    `<p>${link}</p>`,
    `<p class="muted">${escapeHtml(m.dialogDraftHint)}</p>`,
    `<button type="button" onclick="google.script.host.close()">${escapeHtml(m.dialogClose)}</button>`,
    '</body></html>',
  ].join('\n');
}
