import { describe, expect, it } from 'vitest';
import { QUEUE_HEADERS } from '../../../src/core/review/queueSheet';
import { QUEUE_ITEMS_SHOWN, readReviewQueueView } from '../../../src/server/rpc/reviewQueueView';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const ROW = 'https://docs.google.com/spreadsheets/d/1SchoolFile0007abc/edit#gid=42&range=A5';

describe('the curator view’s «Очередь проверки»', () => {
  it('groups the rows by school and rebuilds every link from the ids it names', () => {
    const workbook = new FakeSpreadsheet('Сводка куратора');
    workbook.addSheet('Очередь проверки', [
      [...QUEUE_HEADERS, 'Заметка'],
      [
        'СОШ № 7',
        '3',
        'Педсовет',
        new Date('2024-03-31T00:00:00+03:00'),
        'Выполнено',
        'Нет документа',
        `${ROW}`,
        '',
        'x',
      ],
      // The curator typed over the links: only what names a Drive id survives, rebuilt.
      [
        'СОШ № 7',
        '4',
        'Семинар',
        '',
        'Просрочено',
        'Просрочено',
        'javascript:alert(1)',
        'https://evil.example/x',
        '',
      ],
      [
        'СОШ № 2',
        '1',
        'Курсы',
        '',
        'Выполнено',
        'Документ в корзине',
        `${ROW}&x="><b>`,
        'https://drive.google.com/file/d/1TrashedDoc000001/view',
        '',
      ],
    ]);
    const view = readReviewQueueView(workbook, 'Europe/Moscow');
    expect(view).toEqual({
      schools: [
        {
          school: 'СОШ № 7',
          items: [
            {
              number: '3',
              measure: 'Педсовет',
              status: 'Выполнено',
              reasons: 'Нет документа',
              dueDate: '2024-03-31',
              rowLink: ROW,
              documentLink: null,
            },
            {
              number: '4',
              measure: 'Семинар',
              status: 'Просрочено',
              reasons: 'Просрочено',
              dueDate: null,
              rowLink: null,
              documentLink: null,
            },
          ],
        },
        {
          school: 'СОШ № 2',
          items: [
            expect.objectContaining({
              rowLink: ROW,
              documentLink: 'https://drive.google.com/open?id=1TrashedDoc000001',
            }),
          ],
        },
      ],
      more: 0,
    });
  });

  it('shows the first rows and counts the rest; no sheet, no queue', () => {
    const workbook = new FakeSpreadsheet('Сводка куратора');
    expect(readReviewQueueView(workbook, 'Europe/Moscow')).toBeNull();
    const rows = Array.from({ length: QUEUE_ITEMS_SHOWN + 5 }, (_, i) => [
      'СОШ',
      String(i + 1),
      `М ${i + 1}`,
      '',
      'Просрочено',
      'Просрочено',
      ROW,
      '',
    ]);
    workbook.addSheet('Очередь проверки', [[...QUEUE_HEADERS], ...rows]);
    const view = readReviewQueueView(workbook, 'Europe/Moscow')!;
    expect(view.schools[0]!.items).toHaveLength(QUEUE_ITEMS_SHOWN);
    expect(view.more).toBe(5);
  });
});
