import { Journal } from '../../core/journal/journal';
import { parseDriveId } from '../../core/summary/driveIds';
import type { CuratorViewDto } from '../../shared/api';
import type { AddonContext } from '../context';
import { readSettings } from '../io/settingsReader';
import { readReviewQueueView } from './reviewQueueView';

/**
 * The address the sidebar may open for a folder entry: rebuilt from the Drive id alone, so
 * whatever else the cell holds (another host, a javascript: address) never becomes a link.
 */
export function folderLink(entered: string): string | null {
  const id = parseDriveId(entered);
  return id ? `https://drive.google.com/drive/folders/${id}` : null;
}

/** The curator sidebar before collecting: the folder from «Настройки» and what can be done. */
export function readCuratorView(context: AddonContext, collectAvailable: boolean): CuratorViewDto {
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  const settings = readSettings(context.spreadsheet, timeZone, new Journal());
  return {
    folderText: settings.schoolsFolder,
    folderLink: folderLink(settings.schoolsFolder),
    collectAvailable,
    queue: readReviewQueueView(context.spreadsheet, timeZone),
  };
}
