// Sample data of the fictional municipality shown by `npm start` (sheet ROADMAP_SHEET): the plan
// of seed 001_… section IV with its real deadline phrases, as МБОУ СОШ № 2 fills it by the report
// date 20.11.2024: section headings, measures done with and without a document link, one sent
// back by the curator, some overdue, some undated («По плану»). Output columns start empty:
// «Обновить статусы» fills them.
import type { CellValue } from '../../src/core/cells/cellValue';
import type { RoadmapKey } from '../../src/core/roadmap/evaluateRoadmap';
import { ROADMAP_SHEET } from '../../src/core/template/sheets';
import { sampleDate } from './settings';

export type SampleMeasure = Partial<Record<RoadmapKey, CellValue>>;

const MEASURES: readonly SampleMeasure[] = [
  { measure: 'Региональный и муниципальный уровни' },
  {
    number: '1.',
    measure:
      'Участие в региональном Проекте адресной методической помощи для образовательных организаций со стабильно низкими образовательными результатами',
    deadline: 'январь 2024\n-декабрь 2024\n\nпо плану',
    responsible: 'Управленческая команда. Директор школы Лобанов А.Н.',
    reportDocument: 'Карта рискового профиля, Антирисковая программа',
    plannedResult: 'Повышение методического уровня управленческой команды',
  },
  {
    number: '2.',
    measure: 'Участие в федеральных, региональных и муниципальных семинарах/вебинарах для ШНОР',
    deadline: 'по плану',
    responsible: 'Управленческая команда',
    reportDocument: 'Материалы опыта участия',
    plannedResult: 'Повышение методического уровня управленческой команды',
  },
  {
    number: '3.',
    measure:
      'Участие в региональном совещании по обмену опытом ШНОР (подготовка выступления и презентации опыта)',
    deadline: 'По отдельному графику.\nОктябрь 2024',
    responsible: 'Зам. директора Пуртова Л.Г., Юрченко Н.В.',
    reportDocument: 'Презентация опыта',
    plannedResult: 'Повышение профессионального уровня управленческой команды',
    done: true,
    doneDate: sampleDate(17, 10, 2024),
    documentLink: 'https://drive.google.com/file/d/sample-presentation',
  },
  { measure: 'Взаимодействие с муниципальным куратором школы и школой-куратором' },
  {
    number: '1',
    measure: 'Рабочая встреча управленческой команды, муниципального координатора, муниципального куратора',
    deadline: 'До 13.03.2024',
    responsible: 'Директор школы Лобанов А.Н., муниципальный куратор Шукшина Н.Н.',
    reportDocument: 'Приказ директора «Об организации работы в Проекте адресной методической помощи»',
    plannedResult: 'Заключено Соглашение по вопросам повышения качества образования',
    done: true,
    doneDate: sampleDate(11, 3, 2024),
    documentLink: 'https://drive.google.com/file/d/sample-order',
    curatorDecision: 'Принято',
  },
  {
    number: '2',
    measure: 'Разработка и реализация Перспективного плана повышения квалификации педагогов',
    deadline: 'Январь, сентябрь, 2024',
    responsible: 'Зам. директора Наумова Н.М.',
    reportDocument: 'План мероприятий по улучшению курсовой переподготовки',
    plannedResult: 'Выполнение плана повышения квалификации педагогов школы',
    done: true,
    doneDate: sampleDate(4, 10, 2024),
    documentLink: 'https://drive.google.com/file/d/sample-plan',
  },
  {
    number: '3',
    measure: 'Методсовет «Способы и методы работы с обучающимися с низкой учебной мотивацией»',
    deadline: 'Март 2024',
    responsible: 'Зам. директора Зуйкова Г.И.',
    reportDocument: 'Протокол заседания методсовета',
    plannedResult: 'Методическая копилка для педагогов',
    done: true,
    doneDate: sampleDate(28, 3, 2024),
  },
  {
    number: '4',
    measure: 'Рабочая встреча куратора и управленческой команды, отчёт за 1 полугодие 2024 года',
    deadline: 'Май-июнь 2024',
    responsible: 'Управленческая команда, муниципальный куратор',
    reportDocument: 'Отчёт по участию в реализации мероприятий проекта',
    plannedResult: 'Качество анализа проведённых мероприятий',
    done: true,
    doneDate: sampleDate(27, 6, 2024),
    documentLink: 'https://drive.google.com/file/d/sample-report',
    curatorComment: 'Нет анализа результатов ВПР, дополните отчёт',
    curatorDecision: 'На доработку',
  },
  {
    number: '5',
    measure: 'Практикумы по учёту образовательных результатов по методике определения ШНОР',
    deadline: 'Март 2024\nСентябрь 2024',
    responsible: 'Зам. директора Пуртова Л.Г., Юрченко Н.В.',
    reportDocument: 'Анализ образовательных результатов',
    plannedResult: 'Владение методикой определения ШНОР',
  },
  {
    number: '6',
    measure: 'Подготовка отчёта по реализации проекта ШНОР-2024 и анализ итогов муниципального мониторинга',
    deadline: 'Октябрь, ноябрь, 2024',
    responsible: 'Муниципальный куратор, управленческая команда',
    reportDocument: 'Отчёт по реализации мероприятий Проекта',
    plannedResult: 'Улучшение образовательных результатов',
  },
  {
    number:
      '1. Мероприятия для педагогов по снижению рисков учебной неуспешности обучающихся (школьный уровень)',
  },
  {
    number: '1',
    measure: 'Разработка и принятие необходимых нормативно-правовых и распорядительных документов',
    deadline: 'январь, февраль, 2024год',
    responsible: 'Директор школы Лобанов А.Н.',
    reportDocument: 'Приказы, локальные акты',
    plannedResult: 'Принятие правильных управленческих решений',
    done: true,
    doneDate: sampleDate(26, 2, 2024),
    documentLink: 'https://drive.google.com/drive/folders/sample-orders',
  },
  {
    number: '2',
    measure: 'Изучение профессиональных затруднений педагогических работников',
    deadline: 'февраль/март\n 2024 год',
    responsible: 'Зам. директора Наумова Н.М., руководители ШМО',
    reportDocument: 'Аналитическая справка о профессиональных затруднениях',
    plannedResult: 'Повышение методического уровня педагогов',
    doneDate: sampleDate(29, 3, 2024),
  },
  {
    number: '3',
    measure: 'Педагогический совет «Неуспешный ученик… Кто он?»',
    deadline: 'апрель, \n2024 год',
    responsible: 'Зам. директора Пуртова Л.Г.',
    reportDocument: 'Протокол заседания педагогического совета',
    plannedResult: 'Повышение профессионального уровня педагогов',
  },
  {
    number: '4',
    measure:
      'Обеспечение персонального административного контроля за преподаванием предметов с низким рейтингом',
    deadline: 'февраль/ноябрь\n2024 год',
    responsible: 'Директор школы, заместители директора по УВР',
    reportDocument: 'Аналитические справки по итогам контроля',
    plannedResult: 'Предупреждение неуспеваемости школьников',
  },
  {
    number: '5',
    measure: 'Взаимопосещение уроков педагогами с последующим анализом',
    deadline: 'по графику.\nвесь период.',
    responsible: 'Руководители ШМО',
    reportDocument: 'Технологические карты уроков',
    plannedResult: 'Выявление профессиональных затруднений педагогов',
  },
  { number: '2. Мероприятия по формированию положительной учебной мотивации обучающихся' },
  {
    number: '1',
    measure: 'Организация индивидуальных и групповых консультаций по подготовке к ВПР, ГИА',
    deadline: 'По итогам ГИА',
    responsible: 'Зам. директора по УВР, учителя-предметники',
    reportDocument: 'График индивидуальных занятий',
    plannedResult: 'Повышение уровня подготовки обучающихся к ВПР и ГИА',
  },
  {
    number: '2',
    measure: 'Анкетирование родителей на выявление удовлетворённости образовательными результатами',
    deadline: 'май/октябрь 2024',
    responsible: 'Зам. директора Лукина Л.А.',
    reportDocument: 'Сравнительный анализ итогов анкетирования',
    plannedResult: 'Выявление проблем и принятие мер по итогам анкетирования',
    done: true,
    doneDate: sampleDate(25, 10, 2024),
    documentLink: 'https://forms.google.com/sample-survey',
  },
  {
    number: '3',
    measure: 'Включение родителей в реализацию индивидуальных образовательных маршрутов',
    deadline: 'Весь период',
    responsible: 'Зам. директора Лукина Л.А., классные руководители',
    reportDocument: 'Отчёт классных руководителей',
    plannedResult: 'Снижение доли обучающихся с учебной неуспешностью',
  },
];

/** A roadmap sheet, header row first: a measure's blank cells empty, `Выполнено` unticked. */
export function roadmapSheet(measures: readonly SampleMeasure[]): CellValue[][] {
  return [
    ROADMAP_SHEET.columns.map((c) => c.header),
    ...measures.map((measure) =>
      ROADMAP_SHEET.columns.map((c) => measure[c.key] ?? (c.key === 'done' ? false : '')),
    ),
  ];
}

/** The sheet as the preview loads it. */
export const SAMPLE_ROADMAP: CellValue[][] = roadmapSheet(MEASURES);
