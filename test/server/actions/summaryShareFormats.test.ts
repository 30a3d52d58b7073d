// «Сводка» reads a school's shares as the school's own «Выявить ШНОР» does (PRODUCT.md §2, issue 10):
// a plain 0,89 in `Доля «2», %` is 0,89 %, a percent-formatted 0,89 is 89 %. values.batchGet gives no
// formats, so a file with a share up to 1 costs one ranged read more, and no file more than three.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { highRiskCount } from '../../../src/core/risk/riskMap';
import { SUMMARY_HEADERS } from '../../../src/core/summary/summaryEntry';
import {
  LOW_RESULT_SCHOOLS_SHEET,
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  type ROADMAP_SHEET,
} from '../../../src/core/template/sheets';
import { identifyLowResultSchools } from '../../../src/server/actions/identifyLowResultSchools';
import { readRiskProfile } from '../../../src/server/actions/readRiskProfile';
import { collectFolderSummary } from '../../../src/server/actions/refreshFolderSummary';
import { createFakeContext } from '../../fakes/fakeContext';
import { type RowOf, schoolWorkbook } from '../../fakes/fakeSchoolWorkbook';
import type { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { curatorFolder } from './curatorFolder';

type ResultsRow = RowOf<(typeof RESULTS_SHEET.columns)[number]['key']>;
type RoadmapRow = RowOf<(typeof ROADMAP_SHEET.columns)[number]['key']>;

const SCHOOL = 'МАОУ гимназия № 1';
const SHARE_COLUMN = RESULTS_SHEET.columns.findIndex((c) => c.key === 'share') + 1;

/** Two procedures of the analysis year, each with the same share of «2» as typed. */
function results(share: CellValue): ResultsRow[] {
  return [
    { school: SCHOOL, year: 2024, procedure: 'ВПР, мат., 5 кл.', participants: 112, share },
    { school: SCHOOL, year: 2024, procedure: 'ВПР, рус. яз., 5 кл.', participants: 112, share },
  ];
}

function folderWith(school: FakeSpreadsheet) {
  const { drive, folderId, curator, context } = curatorFolder();
  const id = drive.addWorkbook(folderId, school);
  collectFolderSummary(context, drive.port(), { toast: false });
  const row = curator
    .sheet('Сводка')
    .values()
    .find((r) => String(r[SUMMARY_HEADERS.indexOf('Файл')]).includes(id));
  if (!row) throw new Error('no summary row');
  return {
    summaryVerdict: row[SUMMARY_HEADERS.indexOf('ШНОР')],
    highRisks: row[SUMMARY_HEADERS.indexOf('Высоких рисков')],
    reads: drive.callsForFile(id),
    drive,
  };
}

/** The school's own «ШНОР» for itself, from its own «Выявить ШНОР». */
function ownVerdict(school: FakeSpreadsheet): CellValue {
  identifyLowResultSchools(createFakeContext(school));
  const sheet = school.sheet(LOW_RESULT_SCHOOLS_SHEET.name).values();
  const column = LOW_RESULT_SCHOOLS_SHEET.columns.findIndex((c) => c.key === 'isLowResult');
  const row = sheet.find((r) => r[0] === SCHOOL);
  if (!row) throw new Error('no «ШНОР» row');
  return row[column]!;
}

function gymnasium(share: CellValue, roadmap: readonly RoadmapRow[] = []): FakeSpreadsheet {
  return schoolWorkbook({
    school: SCHOOL,
    fileName: 'Гимназия 1',
    id: 'school-0101-abcdefghij',
    results: results(share),
    roadmap,
  });
}

describe('«Сводка» reads shares with their number formats', () => {
  it('a plain 0,89 is 0,89 %: «Сводка» says «Нет», as the school’s own «ШНОР» does', () => {
    const { summaryVerdict, reads } = folderWith(gymnasium(0.89));
    expect(summaryVerdict).toBe('Нет');
    expect(ownVerdict(gymnasium(0.89))).toBe('Нет');
    // The values, then the share column's formats.
    expect(reads).toBe(2);
  });

  it('a percent-formatted 0,89 is 89 %: «Сводка» says «Да», as the school’s own «ШНОР» does', () => {
    const formatted = (): FakeSpreadsheet => {
      const school = gymnasium(0.89);
      school.sheet(RESULTS_SHEET.name).formatCells(2, SHARE_COLUMN, 2, 1, '0.00%');
      return school;
    };
    const { summaryVerdict, reads } = folderWith(formatted());
    expect(summaryVerdict).toBe('Да');
    expect(ownVerdict(formatted())).toBe('Да');
    expect(reads).toBe(2);
  });

  it('only the cell formatted as percent is a fraction: the other plain 0,89 stays 0,89 %', () => {
    const school = gymnasium(0.89);
    school.sheet(RESULTS_SHEET.name).formatCells(2, SHARE_COLUMN, 1, 1, '0%');
    // One procedure at 89 % is not two low procedures.
    expect(folderWith(school).summaryVerdict).toBe('Нет');
  });

  it('shares in percent points need no formats: one read, as before', () => {
    const school = gymnasium(34);
    const { summaryVerdict, reads, drive } = folderWith(school);
    expect(summaryVerdict).toBe('Да');
    expect(reads).toBe(1);
    expect(drive.calls.count('Sheets.Spreadsheets.get')).toBe(0);
  });

  it('text «0,89» is percent points whatever its format, with no formats read', () => {
    const school = gymnasium('0,89');
    school.sheet(RESULTS_SHEET.name).formatCells(2, SHARE_COLUMN, 2, 1, '0.00%');
    const { summaryVerdict, reads } = folderWith(school);
    expect(summaryVerdict).toBe('Нет');
    expect(reads).toBe(1);
  });

  it('with the roadmap’s links for «Очередь проверки» too, a file costs three reads', () => {
    const roadmap: RoadmapRow[] = [{ number: '1', measure: 'Педсовет', deadline: 'Март 2024', done: true }];
    const { summaryVerdict, reads } = folderWith(gymnasium(0.89, roadmap));
    expect(summaryVerdict).toBe('Нет');
    expect(reads).toBe(3);
  });

  it('a «%» row of «Рисковый профиль»: plain 0,5 is 0,5 %, percent-formatted 0,5 is 50 %, as the school reads it', () => {
    const VACANCIES = 'Доля вакантных ставок педагогических работников'; // high from 10 %
    const school = (formatted: boolean): FakeSpreadsheet => {
      const workbook = schoolWorkbook({
        school: SCHOOL,
        fileName: 'Гимназия 1',
        id: 'school-0101-abcdefghij',
        results: results(34),
        riskProfile: [{ indicator: VACANCIES, value: 0.5, unit: '%' }],
      });
      const column = RISK_PROFILE_SHEET.columns.findIndex((c) => c.key === 'value') + 1;
      if (formatted) workbook.sheet(RISK_PROFILE_SHEET.name).formatCells(2, column, 1, 1, '0%');
      return workbook;
    };
    const ownHighRisks = (workbook: FakeSpreadsheet): number => highRiskCount(readRiskProfile(workbook)!);
    const plain = folderWith(school(false));
    expect(plain.highRisks).toBe(0);
    expect(ownHighRisks(school(false))).toBe(0);
    expect(plain.reads).toBe(2);
    const formatted = folderWith(school(true));
    expect(formatted.highRisks).toBe(1);
    expect(ownHighRisks(school(true))).toBe(1);
    expect(formatted.reads).toBe(2);
  });
});
