// Server-side Russian texts of the sidebars: titles and the answers to bad RPC input. The
// sidebars' own texts live in src/sidebar/lib/texts.ts.
import { MENU_TITLE } from './menu';

export const sidebarMessages = {
  dashboardTitle: MENU_TITLE,
  curatorTitle: `${MENU_TITLE}: сводка по папке`,
  unknownAction: (value: string, allowed: readonly string[]) =>
    `Неизвестное действие «${value}». Допустимые: ${allowed.join(', ')}.`,
  badRowLink: 'Ссылка на строку должна указывать лист и номер строки (целое число от 1).',
  sheetNotLinkable: (sheet: string) => `Строки листа «${sheet}» нельзя выделить из панели.`,
  noUi: 'Боковая панель недоступна в этом режиме запуска.',
  /** The toast of «Пересчитать всё»: each step's own toast, by its menu label. */
  recalculated: (
    steps: readonly { readonly label: string; readonly message: string; readonly ok: boolean }[],
  ) =>
    `${steps.every((s) => s.ok) ? 'Пересчитано всё' : 'Пересчитано не всё'}. ${steps.map((s) => `${s.label}: ${s.message.replace(/\.$/, '')}`).join('. ')}`,
} as const;
