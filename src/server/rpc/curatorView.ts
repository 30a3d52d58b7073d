import { Journal } from '../../core/journal/journal';
import type { CuratorViewDto } from '../../shared/api';
import type { AddonContext } from '../context';
import { readSettings } from '../io/settingsReader';

const DRIVE_FOLDER_URL =
  /^https:\/\/drive\.google\.com\/(?:drive\/(?:u\/\d+\/)?folders\/|open\?id=)[\w-]{10,}/;
const BARE_FOLDER_ID = /^[\w-]{20,}$/;

/** An address the sidebar may open: a Drive folder link, or the link of a bare folder id. */
export function folderLink(entered: string): string | null {
  if (DRIVE_FOLDER_URL.test(entered)) return entered;
  if (BARE_FOLDER_ID.test(entered)) return `https://drive.google.com/drive/folders/${entered}`;
  return null;
}

/** The curator sidebar before collecting: the folder from «Настройки» and what can be done. */
export function readCuratorView(context: AddonContext, collectAvailable: boolean): CuratorViewDto {
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  const settings = readSettings(context.spreadsheet, timeZone, new Journal());
  const link = folderLink(settings.schoolsFolder);
  return {
    folderUrl: link ?? settings.schoolsFolder,
    folderLinkValid: link !== null,
    collectAvailable,
  };
}
