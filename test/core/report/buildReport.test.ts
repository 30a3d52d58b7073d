// The справка read back from its model, for the sample school and for the municipality shaped like
// seed 002_… (PRODUCT.md §11, issue 12 «Done when»). Expected figures come from the cores that fill
// the sheets, run here on the same grids, so the справка and the sheets cannot disagree unnoticed.
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells/cellValue';
import { identifyFromGrids } from '../../../src/core/identification/identify';
import { lowResultByYearSheet } from '../../../src/core/identification/lowResultByYearSheet';
import { Journal } from '../../../src/core/journal/journal';
import { reportMessages as m } from '../../../src/core/messages/report';
import { successRate } from '../../../src/core/rates/markCounts';
import { buildReport } from '../../../src/core/report/buildReport';
import { evaluateRoadmap } from '../../../src/core/roadmap/evaluateRoadmap';
import { locateTable } from '../../../src/core/table/locateTable';
import { RESULTS_SHEET, ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { cellText } from '../../../src/core/text/normalize';
import { sheetRows } from '../../fakes/fakeSchoolWorkbook';
import {
  documentText,
  listsOf,
  municipalSheets,
  reportInputOf,
  SECTION_ORDER,
  schoolSheets,
  section,
  sectionText,
  settingsGrid,
  tableStartingWith,
  tablesOf,
  ZONE,
} from './reportFixtures';

const resultsRow = (
  school: string,
  year: CellValue,
  procedure: string,
  participants: number,
  failed: number,
) => ({ school, year, procedure, participants, failed });
const resultsGrid = (rows: ReturnType<typeof resultsRow>[]): Grid => sheetRows(RESULTS_SHEET, rows);

describe('the справка of the sample school (dev/sample)', () => {
  const input = reportInputOf(schoolSheets(), 'ШНОР-монитор — МБОУ СОШ № 2');
  const doc = buildReport(input);

  it('has every section of §11, in order, and is a school справка', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(SECTION_ORDER);
    expect(doc.kind).toBe('school');
  });

  it('opens with the draft mark and carries no stamp while the approval settings are blank', () => {
    const header = section(doc, 'header');
    expect(header.blocks[0]).toEqual({
      kind: 'paragraph',
      role: 'draft',
      text: 'ЧЕРНОВИК — проверьте и утвердите',
    });
    expect(header.blocks.some((b) => b.kind === 'paragraph' && b.role === 'stamp')).toBe(false);
    expect(header.blocks).toContainEqual({ kind: 'heading', level: 1, text: 'Аналитическая справка' });
  });

  it('uses one period string in the title, the file name and the sources', () => {
    expect(doc.period).toBe('2024 год');
    expect(doc.fileName).toBe('Аналитическая справка — МБОУ СОШ № 2 — 2024 год');
    expect(sectionText(section(doc, 'header'))).toContain(
      `МБОУ СОШ № 2 (Озёрский муниципальный округ), период: 2024 год`,
    );
    expect(sectionText(section(doc, 'sources'))).toContain('период — 2024 год');
  });

  it('says whether the school meets the criteria, with the facts of «ШНОР»’s Пояснение', () => {
    const verdict = identifyFromGrids(
      input.sheets.results!,
      input.sheets.clusters,
      input.settings,
      new Journal(),
    ).schools.find((s) => s.school === 'МБОУ СОШ № 2')!;
    const text = sectionText(section(doc, 'identification'));
    expect(text).toContain(
      'По результатам 2024 года МБОУ СОШ № 2 соответствует критериям ШНОР (критерий 1, 2).',
    );
    expect(listsOf(section(doc, 'identification'))).toContainEqual({
      kind: 'list',
      ordered: false,
      items: verdict.explanationLines,
    });
    expect(verdict.explanationLines).toContain('ВПР математика 5 кл. 2024: 34 % (12 из 35)');
  });

  it('shows the school in «ШНОР по годам» for every year of the data', () => {
    const byYear = tableStartingWith(section(doc, 'identification'), 'Год', 'В списке ШНОР');
    expect(byYear.rows.map((r) => r.slice(0, 2))).toEqual([
      ['2022 год', 'Нет'],
      ['2023 год', 'Нет'],
      ['2024 год', 'Да'],
    ]);
  });

  it('gives the «2» share with counts by year and its change in percentage points', () => {
    const shares = tableStartingWith(section(doc, 'results'), 'Процедура', '2022 год');
    expect(shares.header.at(-1)).toBe('Изменение 2023→2024, п. п.');
    const math5 = shares.rows.find((r) => r[0] === 'ВПР математика 5 кл.')!;
    expect(math5.slice(3)).toEqual(['34,3 % (12 из 35)', '+18,1']);
    const ege = shares.rows.find((r) => r[0] === 'ЕГЭ русский язык')!;
    expect(ege.slice(1)).toEqual(['—', '—', '8,3 % (2 из 24)', '—']);
  });

  it('draws the chart of the last two years with the threshold line and the numbers in its alt text', () => {
    const chart = section(doc, 'results').blocks.find((b) => b.kind === 'chart');
    if (chart?.kind !== 'chart') throw new Error('no chart');
    expect(chart.chart.threshold).toBe(30);
    expect(chart.chart.series.map((s) => s.name)).toEqual(['2023', '2024']);
    const i = chart.chart.categories.indexOf('ВПР математика 5 кл.');
    expect(chart.chart.series.map((s) => s.values[i])).toEqual([16.2, 34.3]);
    expect(chart.chart.altText).toContain('ВПР математика 5 кл.: 2023 — 16,2 %, 2024 — 34,3 %');
    expect(chart.chart.altText).toContain('линия порога — 30 %');
  });

  it('gives the cluster of each year and its dynamics', () => {
    const clusters = tableStartingWith(section(doc, 'cluster'), 'Год', 'Кластер ФИОКО');
    expect(clusters.rows).toEqual([
      ['2022 год', 'вне списка ШНОР'],
      ['2023 год', 'умеренно неуспевающие'],
      ['2024 год', 'базово неуспевающие'],
    ]);
    expect(sectionText(section(doc, 'cluster'))).toContain('положительная');
  });

  it('labels FIOKO’s level and the school’s own estimate apart, and names the priorities', () => {
    const risk = tableStartingWith(section(doc, 'risk'), 'Фактор риска');
    expect(risk.header).toEqual([
      'Фактор риска',
      'Уровень ФИОКО',
      'Оценка школы',
      'Параметров учтено',
      'Приоритет',
    ]);
    expect(risk.rows).toHaveLength(10);
    expect(risk.rows.find((r) => r[0] === 'Дефицит педагогических кадров')!.slice(1, 3)).toEqual([
      'высокий',
      'средний',
    ]);
    expect(sectionText(section(doc, 'risk'))).toContain('Дефицит педагогических кадров (уровень ФИОКО)');
  });

  it('counts the roadmap exactly as «Обновить статусы» evaluates it', () => {
    const located = locateTable(input.sheets.roadmap!, ROADMAP_SHEET);
    if (!located.found) throw new Error('no roadmap');
    const evaluation = evaluateRoadmap(located.table, input.settings, input.reportDate, new Journal(), ZONE);
    const count = (status: string) => evaluation.rows.filter((r) => r.status === status).length;
    const s = evaluation.summary;
    const sentence = section(doc, 'roadmap').blocks[1];
    expect(sentence).toEqual({
      kind: 'paragraph',
      text: `На 20.11.2024 в дорожной карте ${s.total} мероприятий: выполнено в срок — ${count('Выполнено')}, выполнено с опозданием — ${count('Выполнено с опозданием')}, просрочено — ${s.overdue}, срок истекает — ${s.dueSoon}, в работе — ${s.inProgress}, срок не определён — ${s.noDeadline}; выполнено без подтверждающего документа — 1; возвращено куратором на доработку — ${s.sentBack}.`,
    });
    const overdue = tableStartingWith(section(doc, 'roadmap'), '№', 'Мероприятие', 'Срок');
    expect(overdue.rows).toHaveLength(s.overdue);
    const log = tableStartingWith(
      section(doc, 'roadmap'),
      '№',
      'Мероприятие',
      'Срок (дата)',
      'Дата выполнения',
    );
    expect(log.rows).toHaveLength(s.done);
    expect(log.rows.map((r) => r[5])).toContain('нет документа');
  });

  it('lists the targets with base, plan, fact, progress and status', () => {
    const targets = tableStartingWith(section(doc, 'targets'), 'Показатель');
    expect(targets.rows).toHaveLength(7);
    expect(targets.rows.find((r) => r[0]!.startsWith('Доля учителей, испытывающих'))!.slice(1)).toEqual([
      '%',
      '44 %',
      '10 %',
      '20 %',
      '70,6 %',
      'Есть прогресс',
    ]);
    expect(targets.rows.find((r) => r[0]!.startsWith('Доля педагогов, повысивших'))!.slice(4)).toEqual([
      '—',
      '—',
      'Нет данных',
    ]);
  });

  it('ends with «Решили:» and numbered blank lines, then the sources', () => {
    const decisions = section(doc, 'decisions');
    expect(decisions.blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Решили:' });
    expect(listsOf(decisions)).toEqual([{ kind: 'list', ordered: true, items: Array(5).fill(m.blankLine) }]);
    const sources = section(doc, 'sources');
    expect(tableStartingWith(sources, 'Лист', 'Заполнено строк').rows).toContainEqual([
      'Дорожная карта',
      '21',
    ]);
    expect(sectionText(sources)).toContain('ШНОР-монитор 0.1.0');
    expect(sectionText(sources)).toContain('Порог низкого результата — 30 %');
  });

  it('never claims «необъективность»', () => {
    expect(documentText(doc)).not.toMatch(/необъектив/i);
  });
});

describe('the municipal справка of a district shaped like seed 002_…', () => {
  const input = reportInputOf(municipalSheets(), 'ШНОР-монитор — Заречный муниципальный район');
  const doc = buildReport(input);
  const identification = identifyFromGrids(
    input.sheets.results!,
    input.sheets.clusters,
    input.settings,
    new Journal(),
  );

  it('is municipal, with every section of §11 in order, and the approval stamp from the settings', () => {
    expect(doc.kind).toBe('municipal');
    expect(doc.sections.map((s) => s.id)).toEqual(SECTION_ORDER);
    const stamp = section(doc, 'header').blocks.filter((b) => b.kind === 'paragraph' && b.role === 'stamp');
    expect(stamp.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Утверждаю',
      'Руководитель МКУ «Информационно-методический центр»',
      'Е. В. Ганина',
      '«___» ____________ 2024 г.',
    ]);
  });

  it('takes the period from the programme, once for all', () => {
    expect(doc.period).toBe('2021–2024 годы');
    expect(doc.fileName).toBe('Аналитическая справка — Заречный муниципальный район — 2021–2024 годы');
    expect(documentText(doc).match(/20\d\d[–-]20\d\d годы/g)).toEqual(['2021–2024 годы', '2021–2024 годы']);
  });

  it('states the result as the toast does', () => {
    expect(sectionText(section(doc, 'identification'))).toContain(
      'По результатам 2024 года выявлено ШНОР: 1 из 21 школы.',
    );
  });

  it('has «ШНОР по годам» with every year of the data, equal to the sheet', () => {
    const byYear = tableStartingWith(section(doc, 'identification'), '№', '2020 год');
    expect(byYear.header).toEqual(['№', '2020 год', '2022 год', '2023 год', '2024 год']);
    expect(byYear.rows.find((r) => r[0] === 'Всего')).toEqual(['Всего', '8', '7', '5', '1']);
    const sheet = lowResultByYearSheet(identification);
    expect(byYear.header).toEqual(sheet.headers);
    expect(byYear.rows).toEqual(sheet.rows.map((row) => row.map(cellText)));
  });

  it('says how the count moved, and that 2021 has no data', () => {
    const text = sectionText(section(doc, 'identification'));
    expect(text).toContain(
      'Число ШНОР по годам: в 2020 году — 8, в 2022 году — 7, в 2023 году — 5, в 2024 году — 1.',
    );
    expect(text).toContain('Результатов за 2021 год на листе «Результаты ОП» нет');
    expect(sectionText(section(doc, 'conclusions'))).toContain(
      'Число ШНОР уменьшилось с 8 в 2020 году до 1 в 2024 году.',
    );
  });

  it('computes ОУ, КУ and СОУ from the mark counts with the same rates as SUCCESS_RATE', () => {
    const rates = tableStartingWith(section(doc, 'results'), 'Процедура', 'Год', 'Участников', 'ОУ');
    const rows = input.sheets
      .results!.slice(1)
      .filter((r) => r[1] === 2024 && r[2] === 'ВПР математика 5 класс');
    const at = (key: string) => RESULTS_SHEET.columns.findIndex((c) => c.key === key);
    const sum = (key: string) => rows.reduce((total, r) => total + Number(r[at(key)]), 0);
    const expected = successRate({
      n5: sum('marks5'),
      n4: sum('marks4'),
      n3: sum('marks3'),
      n2: sum('failed'),
      nNa: 0,
    })!;
    const row = rates.rows.find((r) => r[0] === 'ВПР математика 5 кл.' && r[1] === '2024')!;
    expect(row[2]).toBe(String(sum('participants')));
    expect(row[3]).toBe(`${String(Math.round(expected * 1000) / 10).replace('.', ',')} %`);
  });

  it('sets the municipality’s and the region’s shares from «Сравнение» beside its own', () => {
    const comparison = tableStartingWith(section(doc, 'results'), 'Процедура', 'Год', 'Школы муниципалитета');
    const row = comparison.rows.find((r) => r[0] === 'ВПР математика 5 кл.' && r[1] === '2024')!;
    expect(row.slice(3)).toEqual(['12,4 %', '10,9 %']);
    const chart = section(doc, 'results').blocks.find((b) => b.kind === 'chart');
    if (chart?.kind !== 'chart') throw new Error('no chart');
    expect(chart.chart.series.map((s) => s.name)).toEqual([
      '2023',
      '2024',
      'Муниципалитет, 2024',
      'Регион, 2024',
    ]);
    expect(chart.chart.altText).toContain('Регион, 2024 — 10,9 %');
  });

  it('leaves out the risk profile, which the workbook lacks, with one line saying what to fill', () => {
    expect(section(doc, 'risk').blocks).toEqual([{ kind: 'placeholder', text: m.riskAbsent }]);
  });

  it('names the schools that left the list', () => {
    expect(sectionText(section(doc, 'conclusions'))).toContain(
      'Вышли из списка ШНОР в 2024 году: МБОУ ООШ № 8, МБОУ СОШ № 6, МБОУ СОШ № 21, МБОУ СОШ № 27.',
    );
  });
});

describe('what the справка never does', () => {
  it('takes the stamp from the settings core: a setting given twice is not used', () => {
    const settings: Grid = [
      ['Параметр', 'Значение'],
      ['Утверждает: ФИО', 'И. И. Иванов'],
      ['Утверждает: ФИО', 'П. П. Петров'],
    ];
    const header = section(buildReport(reportInputOf({ settings })), 'header');
    expect(header.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'stamp')).toEqual([]);
  });

  it('inserts a school named like markup or a formula as plain text', () => {
    const name = '<b>=1+1</b>';
    const rows = [
      resultsRow(name, 2023, 'ВПР математика 5 класс', 30, 12),
      resultsRow(name, 2024, 'ВПР математика 5 класс', 30, 12),
      resultsRow(name, 2024, 'ОГЭ математика', 20, 9),
      resultsRow('МБОУ СОШ № 1', 2024, 'ОГЭ математика', 20, 1),
      resultsRow('МБОУ СОШ № 1', 2023, 'ОГЭ математика', 20, 1),
    ];
    const doc = buildReport(
      reportInputOf({ settings: settingsGrid({ Муниципалитет: 'Район' }), results: resultsGrid(rows) }),
    );
    const identification = section(doc, 'identification');
    expect(tableStartingWith(identification, 'Школа', 'Критерий').rows[0]![0]).toBe(name);
    // One low procedure in 2023 and no 2022: flagged in 2024 only.
    expect(tableStartingWith(identification, '№', '2023 год').rows[0]).toEqual(['1', '', name]);
    expect(sectionText(section(doc, 'conclusions'))).toContain(`школ из списка ШНОР 2024 года: ${name}.`);
  });

  it('leaves out each section whose sheet is missing, with one placeholder line', () => {
    const doc = buildReport(reportInputOf({ settings: settingsGrid({ Муниципалитет: 'Район' }) }));
    expect(doc.sections.map((s) => s.id)).toEqual(SECTION_ORDER);
    for (const id of [
      'identification',
      'results',
      'cluster',
      'risk',
      'roadmap',
      'targets',
      'conclusions',
    ] as const) {
      const blocks = section(doc, id).blocks;
      expect(blocks, id).toHaveLength(1);
      expect(blocks[0]!.kind, id).toBe('placeholder');
    }
    expect(section(doc, 'header').blocks[0]).toMatchObject({ role: 'draft' });
    expect(listsOf(section(doc, 'decisions'))[0]!.items).toHaveLength(5);
    expect(tablesOf(section(doc, 'sources'))[0]!.rows).toEqual([['Настройки', '1']]);
  });

  it('says so, in one line per section, when the school of «Настройки» has no results', () => {
    const sheets = schoolSheets();
    const settings = settingsGrid({
      'Образовательная организация': 'МБОУ СОШ № 99',
      'Минимум участников': 5,
    });
    const doc = buildReport(reportInputOf({ ...sheets, settings }));
    const line = m.schoolNotInResults('МБОУ СОШ № 99');
    expect(line).toContain('«МБОУ СОШ № 99»');
    expect(section(doc, 'identification').blocks).toEqual([{ kind: 'placeholder', text: line }]);
    expect(section(doc, 'results').blocks).toEqual([{ kind: 'placeholder', text: line }]);
    expect(section(doc, 'cluster').blocks).toEqual([{ kind: 'placeholder', text: line }]);
  });

  it('finds the school of «Настройки» among rows written with its ФИС ОКО login', () => {
    const login = '(sch223197) МБОУ "СОШ №2"';
    const rows = [
      resultsRow(login, 2023, 'ВПР математика 5 класс', 30, 12),
      resultsRow(login, 2024, 'ВПР математика 5 класс', 30, 12),
      resultsRow('МБОУ СОШ № 3', 2024, 'ВПР математика 5 класс', 30, 1),
    ];
    const settings = settingsGrid({ 'Образовательная организация': 'МБОУ СОШ № 2' });
    const doc = buildReport(reportInputOf({ settings, results: resultsGrid(rows) }));
    const byYear = tableStartingWith(section(doc, 'identification'), 'Год', 'В списке ШНОР');
    expect(byYear.rows.map((r) => r.slice(0, 2))).toEqual([
      ['2023 год', 'Нет'],
      ['2024 год', 'Да'],
    ]);
    const shares = tableStartingWith(section(doc, 'results'), 'Процедура', '2023 год');
    expect(shares.rows).toEqual([['ВПР математика 5 кл.', '40 % (12 из 30)', '40 % (12 из 30)', '0']]);
  });

  it('tells what to fill when a sheet is there but empty', () => {
    const sheets = schoolSheets();
    const doc = buildReport(
      reportInputOf({
        ...sheets,
        roadmap: [ROADMAP_SHEET.columns.map((c) => c.header)],
        riskProfile: [sheets.riskProfile![0]!],
        clusters: null,
      }),
    );
    expect(section(doc, 'roadmap').blocks).toEqual([{ kind: 'placeholder', text: m.roadmapAbsent }]);
    expect(section(doc, 'risk').blocks).toEqual([{ kind: 'placeholder', text: m.riskAbsent }]);
    expect(section(doc, 'cluster').blocks).toEqual([{ kind: 'placeholder', text: m.clusterAbsent }]);
    expect(sectionText(section(doc, 'conclusions'))).not.toContain('дорожной карты');
  });

  it('says when the template’s example rows are counted beside real data', () => {
    const rows = [
      resultsRow('Пример: школа № 1', 2024, 'ОГЭ математика', 20, 9),
      resultsRow('МБОУ СОШ № 2', 2024, 'ОГЭ математика', 20, 1),
    ];
    const doc = buildReport(
      reportInputOf({ settings: settingsGrid({ Муниципалитет: 'Район' }), results: resultsGrid(rows) }),
    );
    const notes = section(doc, 'sources').blocks.filter((b) => b.kind === 'paragraph' && b.role === 'note');
    expect(notes.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toContainEqual(
      expect.stringMatching(/^Лист «Результаты ОП»: Строки 2 — пример из шаблона \(«Пример: школа № 1»\)/),
    );
  });

  it('shows results up to `Год анализа`, not the years after it', () => {
    const sheets = schoolSheets();
    const settings = settingsGrid({ 'Образовательная организация': 'МБОУ СОШ № 2', 'Год анализа': 2023 });
    const doc = buildReport(reportInputOf({ ...sheets, settings }));
    const shares = tableStartingWith(section(doc, 'results'), 'Процедура', '2022 год');
    expect(shares.header).toEqual(['Процедура', '2022 год', '2023 год', 'Изменение 2022→2023, п. п.']);
    expect(sectionText(section(doc, 'identification'))).toContain('По результатам 2023 года МБОУ СОШ № 2');
  });

  it('claims no verdict for a school without results of the analysis year: it says so and asks for them', () => {
    // The district's 2024 export is in, the school's own 2024 rows are not: «Год анализа» is 2024.
    const rows = [
      resultsRow('МБОУ СОШ № 1', 2023, 'ВПР математика 5 класс', 20, 8),
      resultsRow('МБОУ СОШ № 1', 2023, 'ОГЭ математика', 20, 8),
      resultsRow('МБОУ СОШ № 2', 2024, 'ВПР математика 5 класс', 20, 1),
    ];
    const doc = buildReport(
      reportInputOf({
        settings: settingsGrid({ 'Образовательная организация': 'МБОУ СОШ № 1' }),
        results: resultsGrid(rows),
      }),
    );
    const text = documentText(doc);
    expect(text).not.toContain('не соответствует критериям ШНОР');
    expect(text).not.toContain('вышла из списка');
    const noResults = m.schoolNoResults('МБОУ СОШ № 1', 2024);
    expect(sectionText(section(doc, 'identification'))).toContain(noResults);
    const [conclusions, recommendations] = listsOf(section(doc, 'conclusions'));
    expect(conclusions?.items).toContain(noResults);
    expect(recommendations?.items).toContain(m.addYearResults(2024));
    const byYear = tablesOf(section(doc, 'identification')).find((t) => t.header[1] === 'В списке ШНОР');
    expect(byYear?.rows).toEqual([
      ['2023 год', 'Да', m.criterion2NotCheckedShort(2023)],
      ['2024 год', '—', m.noSchoolResultsShort],
    ]);
  });

  it('draws no dynamics from one year of data', () => {
    const rows = [
      resultsRow('МБОУ СОШ № 1', 2024, 'ВПР математика 5 класс', 30, 12),
      resultsRow('МБОУ СОШ № 1', 2024, 'ОГЭ математика', 20, 9),
      resultsRow('МБОУ СОШ № 2', 2024, 'ОГЭ математика', 20, 1),
    ];
    const doc = buildReport(
      reportInputOf({ settings: settingsGrid({ Муниципалитет: 'Район' }), results: resultsGrid(rows) }),
    );
    const text = documentText(doc);
    expect(text).not.toMatch(
      /выросла|снизилась|уменьшилось|увеличилось|не изменилось|Число ШНОР по годам|Изменение/,
    );
    expect(text).toContain('Есть результаты только за 2024 год: динамику оценить нельзя.');
    expect(text).toContain('Результатов за 2023 год нет: критерий 2 для 2024 года не проверялся.');
    expect(text).toContain('По результатам 2024 года выявлено ШНОР: 1 из 2 школ.');
    const chart = section(doc, 'results').blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart.series.map((s) => s.name)).toEqual(['2024']);
  });

  it('puts a caveat on a share below `Минимум участников` and compares nothing with it', () => {
    const rows = [
      resultsRow('МБОУ СОШ № 1', 2023, 'ОГЭ математика', 30, 3),
      resultsRow('МБОУ СОШ № 1', 2024, 'ОГЭ математика', 4, 2),
      resultsRow('МБОУ СОШ № 1', 2023, 'ВПР математика 5 класс', 30, 3),
      resultsRow('МБОУ СОШ № 1', 2024, 'ВПР математика 5 класс', 30, 12),
    ];
    const settings = settingsGrid({ 'Образовательная организация': 'МБОУ СОШ № 1', 'Минимум участников': 5 });
    const doc = buildReport(reportInputOf({ settings, results: resultsGrid(rows) }));
    const shares = tableStartingWith(section(doc, 'results'), 'Процедура', '2023 год');
    expect(shares.rows.find((r) => r[0] === 'ОГЭ математика')).toEqual([
      'ОГЭ математика',
      '10 % (3 из 30)',
      '50 % (2 из 4), мало участников',
      'мало участников',
    ]);
    expect(sectionText(section(doc, 'results'))).toContain(m.fewParticipantsCaveat(5));
    const conclusions = sectionText(section(doc, 'conclusions'));
    expect(conclusions).toContain(
      'По процедуре «ОГЭ математика» в 2023 или 2024 году участников меньше 5: динамику доли «2» оценить нельзя.',
    );
    expect(conclusions).not.toContain('«ОГЭ математика» выросла');
    expect(conclusions).toContain(
      'Доля «2» по процедуре «ВПР математика 5 кл.» выросла с 10 % в 2023 году до 40 % в 2024 году (+30 п. п.).',
    );
    const chart = section(doc, 'results').blocks.find((b) => b.kind === 'chart');
    if (chart?.kind !== 'chart') throw new Error('no chart');
    const i = chart.chart.categories.indexOf('ОГЭ математика');
    expect(chart.chart.series[1]!.values[i]).toBeNull();
    expect(chart.chart.altText).toContain('ОГЭ математика: 2023 — 10 %, 2024 — мало участников');
  });

  it('prints the stamp lines only for the settings that are filled', () => {
    const settings = settingsGrid({
      'Образовательная организация': 'МБОУ СОШ № 1',
      'Утверждает: ФИО': 'И. И. Иванов',
    });
    const header = section(buildReport(reportInputOf({ settings })), 'header');
    const stamp = header.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'stamp');
    expect(stamp.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Утверждаю',
      'И. И. Иванов',
      '«___» ____________ 2024 г.',
    ]);
  });
});
