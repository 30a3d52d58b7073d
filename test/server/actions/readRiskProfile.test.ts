import { describe, expect, it } from 'vitest';
import { riskThresholdTemplateRows } from '../../../src/core/template/riskThresholdRows';
import { RISK_PROFILE_SHEET, RISK_THRESHOLDS_SHEET } from '../../../src/core/template/sheets';
import { readRiskMapSection, readRiskProfile } from '../../../src/server/actions/readRiskProfile';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const FAILURE = 'Высокая доля обучающихся с рисками учебной неуспешности';

function schoolWorkbook(): FakeSpreadsheet {
  const workbook = new FakeSpreadsheet();
  workbook.addSheet(RISK_PROFILE_SHEET.name, [
    RISK_PROFILE_SHEET.columns.map((c) => c.header),
    [FAILURE, 'Доля обучающихся с ОВЗ', 30, '%', ''],
    ['Кадровый дефицит', 'Доля вакантных ставок педагогических работников', 2, '%', 'высокий'],
  ]);
  workbook.addSheet(RISK_THRESHOLDS_SHEET.name, [
    RISK_THRESHOLDS_SHEET.columns.map((c) => c.header),
    ...riskThresholdTemplateRows(),
  ]);
  return workbook;
}

describe('the risk profile read without writing', () => {
  it('assesses the workbook in two reads and writes nothing', () => {
    const workbook = schoolWorkbook();
    const before = workbook.sheet(RISK_PROFILE_SHEET.name).values();
    const assessment = readRiskProfile(workbook)!;
    expect(assessment.factors.filter((f) => f.priority).map((f) => f.factor.id)).toEqual([
      'staffShortage',
      'failureRisk',
    ]);
    expect(workbook.calls.count('Range.getValues')).toBe(2);
    expect(workbook.calls.countMatching(/\.(setValues|insertSheet|clearContent)$/)).toBe(0);
    expect(workbook.sheet(RISK_PROFILE_SHEET.name).values()).toEqual(before);
  });

  it('gives the dashboard the ten directions with both levels, as plain JSON', () => {
    const section = readRiskMapSection(schoolWorkbook());
    expect(section.state).toBe('ready');
    if (section.state !== 'ready') return;
    expect(section.factors).toHaveLength(10);
    expect(section.factors[1]).toEqual({
      name: 'Дефицит педагогических кадров',
      localLevel: 'low',
      officialLevel: 'high',
      priority: true,
      indicatorsCounted: 1,
      conclusion: 'Риск не выражен',
    });
    expect(section.factors[7]).toMatchObject({ localLevel: 'high', officialLevel: null });
    expect(JSON.parse(JSON.stringify(section))).toEqual(section);
  });

  it('says why there is no map: no sheet, no data, unreadable headers', () => {
    expect(readRiskMapSection(new FakeSpreadsheet())).toEqual({
      state: 'noSheet',
      sheet: 'Рисковый профиль',
    });
    const empty = new FakeSpreadsheet();
    empty.addSheet(RISK_PROFILE_SHEET.name, [RISK_PROFILE_SHEET.columns.map((c) => c.header)]);
    expect(readRiskMapSection(empty)).toEqual({ state: 'noData', sheet: 'Рисковый профиль' });
    const broken = new FakeSpreadsheet();
    broken.addSheet(RISK_PROFILE_SHEET.name, [['Карта'], ['что-то']]);
    const section = readRiskMapSection(broken);
    expect(section.state).toBe('failed');
    expect(section.state === 'failed' && section.message).toContain('Параметр анализа');
  });
});
