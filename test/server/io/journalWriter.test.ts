import { describe, expect, it, vi } from 'vitest';
import { writeJournal } from '../../../src/server/io/journalWriter';
import { FakeProperties } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const at = new Date('2024-11-20T09:00:00+03:00');
const entry = (row: number, problem: string) => ({
  sheet: 'Результаты ОП',
  row,
  column: 'Участников',
  value: 'н/д',
  problem,
  fix: 'Укажите число',
});

describe('writeJournal', () => {
  it('replaces the rows of the same action and keeps the other actions’ rows', () => {
    const workbook = new FakeSpreadsheet();
    writeJournal(workbook, 'Выявить ШНОР', [entry(5, 'Не число'), entry(9, 'Не число')], at);
    writeJournal(
      workbook,
      'Обновить статусы',
      [{ ...entry(3, 'Срок не распознан'), sheet: 'Дорожная карта' }],
      at,
    );
    writeJournal(workbook, 'Выявить ШНОР', [entry(9, 'Не число')], at);

    const rows = workbook.sheet('Журнал проверки').values();
    expect(rows[0]).toEqual([
      'Действие',
      'Лист',
      'Строка',
      'Столбец',
      'Значение',
      'Что не так',
      'Что сделать',
      'Проверено',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Обновить статусы', 'Дорожная карта', 3],
      ['Выявить ШНОР', 'Результаты ОП', 9],
    ]);
  });

  it('does not create a journal when there is nothing to say', () => {
    const workbook = new FakeSpreadsheet();
    writeJournal(workbook, 'Выявить ШНОР', [], at);
    expect(workbook.hasSheet('Журнал проверки')).toBe(false);
  });

  it('keeps a user value that looks like a formula as text', () => {
    const workbook = new FakeSpreadsheet();
    writeJournal(workbook, 'Выявить ШНОР', [{ ...entry(2, 'Неизвестная процедура'), value: '=1+1' }], at);
    expect(workbook.sheet('Журнал проверки').formulas()).toEqual({});
  });
});

describe('writeJournal with the document’s memory', () => {
  it('skips even reading the journal after a clean run, and reads it again once the action has findings', () => {
    const workbook = new FakeSpreadsheet();
    const memory = new FakeProperties();
    writeJournal(workbook, 'Обновить статусы', [], at, memory);
    workbook.calls.reset();
    writeJournal(workbook, 'Обновить статусы', [], at, memory);
    expect(workbook.calls.total).toBe(0);

    writeJournal(workbook, 'Обновить статусы', [entry(4, 'Не число')], at, memory);
    expect(workbook.sheet('Журнал проверки').values()).toHaveLength(2);
    writeJournal(workbook, 'Обновить статусы', [], at, memory);
    expect(workbook.sheet('Журнал проверки').values()).toHaveLength(1);
  });

  it('a journal seen empty is not read by the clean run of another action, until one writes a line', () => {
    const workbook = new FakeSpreadsheet();
    const memory = new FakeProperties();
    // «Создать листы шаблона» leaves the template's empty journal.
    writeJournal(workbook, 'Создать листы шаблона', [], at, memory);
    workbook.calls.reset();
    writeJournal(workbook, 'Импортировать результаты', [], at, memory);
    expect(workbook.calls.total).toBe(0);

    writeJournal(workbook, 'Выявить ШНОР', [entry(4, 'Не число')], at, memory);
    workbook.calls.reset();
    writeJournal(workbook, 'Обновить статусы', [], at, memory);
    expect(workbook.calls.count('Range.getValues')).toBe(1);
    // Its lines gone, the journal is empty again: the next action does not read it.
    writeJournal(workbook, 'Выявить ШНОР', [], at, memory);
    expect(workbook.sheet('Журнал проверки').values()).toHaveLength(1);
    workbook.calls.reset();
    writeJournal(workbook, 'Сформировать справку', [], at, memory);
    expect(workbook.calls.total).toBe(0);
  });

  it('a journal read that fails leaves no stale «0»: the fixed problem leaves the journal next time', () => {
    const workbook = new FakeSpreadsheet();
    const memory = new FakeProperties();
    writeJournal(workbook, 'Обновить статусы', [entry(4, 'Не число')], at, memory);
    // The problem is fixed, but Google fails the journal's read once.
    const read = vi.spyOn(workbook, 'getSheetByName').mockImplementationOnce(() => {
      throw new Error('Service Spreadsheets timed out while accessing document');
    });
    expect(() => writeJournal(workbook, 'Обновить статусы', [], at, memory)).toThrow(/timed out/);
    read.mockRestore();

    writeJournal(workbook, 'Обновить статусы', [], at, memory);
    expect(workbook.sheet('Журнал проверки').values()).toHaveLength(1);
  });

  it('a write that fails halfway is not remembered as done either', () => {
    const workbook = new FakeSpreadsheet();
    const memory = new FakeProperties();
    writeJournal(workbook, 'Обновить статусы', [], at, memory);
    const write = vi.spyOn(workbook, 'insertSheet').mockImplementationOnce(() => {
      throw new Error('Internal error');
    });
    expect(() => writeJournal(workbook, 'Обновить статусы', [entry(4, 'Не число')], at, memory)).toThrow();
    write.mockRestore();
    expect(memory.getProperty('journalRows:обновить статусы')).toBeNull();
    writeJournal(workbook, 'Обновить статусы', [entry(4, 'Не число')], at, memory);
    expect(workbook.sheet('Журнал проверки').values()).toHaveLength(2);
  });

  it('a failing properties service costs a read, never the action', () => {
    const workbook = new FakeSpreadsheet();
    const broken = new FakeProperties();
    vi.spyOn(broken, 'getProperty').mockImplementation(() => {
      throw new Error(
        'Unexpected error while getting the method or property getProperty on object PropertiesService',
      );
    });
    vi.spyOn(broken, 'setProperty').mockImplementation(() => {
      throw new Error('Service unavailable');
    });
    expect(() =>
      writeJournal(workbook, 'Обновить статусы', [entry(4, 'Не число')], at, broken),
    ).not.toThrow();
    expect(workbook.sheet('Журнал проверки').values()).toHaveLength(2);
  });
});
