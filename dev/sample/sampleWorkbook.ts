// The sample workbooks of `npm start`, one tab of the preview's switcher each. The curator's
// workbook joins this list with the extra globals it needs (a Drive folder of school workbooks,
// which can be built with buildSchoolWorkbook).
import type { FakeSpreadsheet } from '../../test/fakes/fakeSpreadsheet';
import { CURATOR_SAMPLE } from './curator';
import { MUNICIPAL_SAMPLE } from './municipalWorkbook';
import { SCHOOL_SAMPLE } from './schoolWorkbook';

export { buildSchoolWorkbook, SCHOOL_SAMPLE } from './schoolWorkbook';

/** One running copy of a sample: its bound workbook and what else its globals need. */
export interface SampleInstance {
  readonly spreadsheet: FakeSpreadsheet;
  /** More Apps Script globals (DriveApp, the Sheets advanced service…), merged over the fakes. */
  readonly extraGlobals?: Record<string, unknown>;
  /** SpreadsheetApp.openById for the other workbooks this sample can open. */
  readonly openById?: (id: string) => FakeSpreadsheet;
}

export interface SampleWorkbook {
  /** Stable id, used in URLs and data-testid: «school», «curator». */
  readonly id: string;
  /** The switcher's label: «Школа», «Куратор». */
  readonly label: string;
  /** Builds a fresh copy: «Начать заново» calls it again. */
  readonly create: () => SampleInstance;
}

/** Every sample the preview offers, the school first, then the municipality's справка. */
export const SAMPLE_WORKBOOKS: readonly SampleWorkbook[] = [SCHOOL_SAMPLE, MUNICIPAL_SAMPLE, CURATOR_SAMPLE];
