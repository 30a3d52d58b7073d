// ШНОР identification through the built dist/Code.js: the custom functions as Sheets calls them
// (values and 2D arrays in, the same shape out) and «Выявить ШНОР» from the menu.
import { describe, expect, it } from 'vitest';
import { SAMPLE_CLUSTERS } from '../../dev/sample/clusters';
import { SAMPLE_RESULTS } from '../../dev/sample/results';
import { SAMPLE_SETTINGS } from '../../dev/sample/settings';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';
import { distHtmlLoader, readDist } from './builtArtefact';

const code = readDist('Code.js');

function load(spreadsheet = new FakeSpreadsheet()) {
  const fake = createFakeGlobals({ spreadsheet, htmlLoader: distHtmlLoader });
  return runInSandbox(code, fake.globals, { now: () => new Date('2024-11-20T09:00:00+03:00') });
}

// Values cross the vm boundary: compare them as JSON, as Sheets receives them.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('custom functions of dist/Code.js', () => {
  const sandbox = load();

  it('SHNOR_LOW on a cell and on ranges', () => {
    expect(sandbox.call('SHNOR_LOW', 12, 35)).toBe(true);
    expect(sandbox.call('SHNOR_LOW', '29 %')).toBe(false);
    expect(plain(sandbox.call('SHNOR_LOW', [[12], [2], ['']], [[35], [10], [20]]))).toEqual([
      [true],
      [false],
      [''],
    ]);
    expect(() => sandbox.call('SHNOR_LOW', 'н/д')).toThrow('не число и не доля');
  });

  it('SHNOR_IDENTIFY on the sample results', () => {
    const table = plain(sandbox.call('SHNOR_IDENTIFY', SAMPLE_RESULTS, 2024, 30, false)) as string[][];
    expect(table[0]).toEqual(['Школа', 'ШНОР', 'Критерий', 'Пояснение']);
    // The formula has no `Минимум участников` (the sample's is 5): 2 of 4 at ООШ № 8 counts here.
    expect(table.filter((r) => r[1] === 'Да').map((r) => [r[0], r[2]])).toEqual([
      ['МБОУ ООШ № 8', '2'],
      ['МБОУ СОШ № 2', '1, 2'],
      ['МБОУ СОШ № 7', '2'],
      ['МБОУ СОШ № 11', '1'],
      ['МБОУ СОШ № 19', '2'],
    ]);
  });

  it('the rates and CLUSTER_TREND', () => {
    expect(sandbox.call('SUCCESS_RATE', 5, 8, 9, 2, 1)).toBeCloseTo(0.88, 12);
    expect(sandbox.call('QUALITY_RATE', 5, 8, 9, 2, 1)).toBeCloseTo(0.52, 12);
    expect(sandbox.call('SOU', 1, 0, 0, 0)).toBe(1);
    expect(sandbox.call('MEAN_MARK', 1, 1, 0, 0)).toBe(4.5);
    expect(sandbox.call('CLUSTER_TREND', 'сильно неуспевающие', 'базово неуспевающие')).toBe('положительная');
  });
});

describe('menuIdentifyLowResultSchools of dist/Code.js', () => {
  it('identifies the sample municipality and toasts the count', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', SAMPLE_SETTINGS);
    spreadsheet.addSheet('Результаты ОП', SAMPLE_RESULTS);
    spreadsheet.addSheet('Кластеры', SAMPLE_CLUSTERS);
    load(spreadsheet).call('menuIdentifyLowResultSchools');
    expect(spreadsheet.toasts.at(-1)).toContain('Выявлено ШНОР: 4 из 12 школ (2024 год)');
    expect(spreadsheet.sheet('ШНОР по годам').values()[0]).toEqual(['№', '2022 год', '2023 год', '2024 год']);
  });
});
