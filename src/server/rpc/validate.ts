// Every global function can be called from any browser with any arguments (ENGINEERING.md), so
// each RPC handler checks its input before touching the workbook.
import { sidebarMessages as m } from '../../core/messages/sidebar';
import { DASHBOARD_ACTION_IDS, type DashboardActionId, type RowLinkDto } from '../../shared/api';

/** Bad RPC input; the sidebar shows the message. */
export class RpcInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RpcInputError';
  }
}

export function expectActionId(value: unknown): DashboardActionId {
  const found = DASHBOARD_ACTION_IDS.find((id) => id === value);
  if (!found) throw new RpcInputError(m.unknownAction(String(value).slice(0, 40), DASHBOARD_ACTION_IDS));
  return found;
}

const MAX_ROW = 10_000_000;

export function expectRowLink(value: unknown): RowLinkDto {
  if (typeof value !== 'object' || value === null) throw new RpcInputError(m.badRowLink);
  const { sheet, row } = value as Record<string, unknown>;
  if (
    typeof sheet !== 'string' ||
    typeof row !== 'number' ||
    !Number.isInteger(row) ||
    row < 1 ||
    row > MAX_ROW
  )
    throw new RpcInputError(m.badRowLink);
  return { sheet, row };
}

export function expectBoolean(value: unknown): boolean {
  return value === true;
}
