// The school side and the curator side read the same sheets of a school file, however their names
// are spelled (issue 11: «Дорожная  карта» was «sheet missing» at school and read by the curator).
import { describe, expect, it } from 'vitest';
import { SUMMARY_HEADERS } from '../../../src/core/summary/summaryEntry';
import { SETTINGS_SHEET } from '../../../src/core/template/sheets';
import { refreshFolderSummary } from '../../../src/server/actions/refreshFolderSummary';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeClock, FakeDrive } from '../../fakes/fakeDrive';
import { schoolWorkbook } from '../../fakes/fakeSchoolWorkbook';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const col = (header: string): number => SUMMARY_HEADERS.indexOf(header);

describe('a school file whose sheets are spelled another way', () => {
  it.each([
    ['Дорожная  карта', 'Целевые показатели'],
    ['ДОРОЖНАЯ КАРТА', 'целевые  показатели'],
    ['дорожная карта', 'Целевые Показатели'],
  ])('«%s», «%s»: both sides count the same measures', (roadmapTitle, targetsTitle) => {
    const school = schoolWorkbook({
      school: 'МБОУ СОШ № 7',
      fileName: 'СОШ 7',
      id: 'school-0007-abcdefghij',
      settings: { 'Дата отчёта': '20.11.2024' },
      roadmap: [
        { number: '1', measure: 'Педсовет', deadline: 'Март 2024' },
        { number: '2', measure: 'Семинар', deadline: 'Декабрь 2024' },
      ],
      targets: [{ indicator: 'Доля', base: 22, plan: 20, fact: 20 }],
    });
    school.sheet('Дорожная карта').setName(roadmapTitle);
    school.sheet('Целевые показатели').setName(targetsTitle);

    const atSchool = refreshStatuses(createFakeContext(school));
    expect(atSchool.message).toContain('Мероприятий выполнено: 0 из 2, просрочено: 1');
    expect(atSchool.message).toContain('целевых показателей достигнуто: 1 из 1');

    const clock = new FakeClock('2024-11-20T09:00:00+03:00');
    const drive = new FakeDrive({ clock });
    const folder = drive.addFolder('Школы');
    drive.addWorkbook(folder, school);
    const curator = new FakeSpreadsheet('Сводка куратора');
    curator.addSheet(SETTINGS_SHEET.name, [
      ['Параметр', 'Значение'],
      ['Дата отчёта', '20.11.2024'],
      ['Папка школ', `https://drive.google.com/drive/folders/${folder}`],
    ]);
    refreshFolderSummary({ ...createFakeContext(curator), now: () => clock.now() }, drive.port());
    const row = curator.sheet('Сводка').values()[1]!;
    expect(row[col('Ошибка')]).toBe('');
    expect(row[col('Мероприятий')]).toBe(2);
    expect(row[col('Просрочено')]).toBe(1);
  });
});
