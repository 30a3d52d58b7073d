// A dashboard as the server would send it, for tests of the view alone.
import type { DashboardDto } from '../../src/shared/api';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

export function readyDashboard(overrides: Partial<DashboardDto> = {}): DashboardDto {
  return {
    templateReady: true,
    schoolName: 'МБОУ СОШ № 2',
    reportDate: '2024-11-20',
    schoolsFolderSet: false,
    availableActions: [
      'createTemplate',
      'identify',
      'assessRisk',
      'refreshStatuses',
      'recalculateAll',
      'buildReport',
    ],
    lowResult: {
      state: 'ready',
      school: 'МБОУ СОШ № 2',
      analysisYear: 2024,
      isLowResult: true,
      criterion: '1, 2',
      reasons: ['ВПР математика 5 кл. 2024: 34 % (12 из 35)', 'ОГЭ математика 2024: 31 % (9 из 29)'],
      cluster: 'умеренно неуспевающие',
      clusterTrend: 'положительная',
      sheetUpToDate: true,
    },
    riskMap: {
      state: 'ready',
      factors: [
        {
          name: 'Дефицит педагогических кадров',
          localLevel: 'high',
          officialLevel: 'medium',
          priority: true,
          indicatorsCounted: 3,
          conclusion: 'Риск проявляется часто и достаточно выражен',
        },
        {
          name: 'Низкий уровень оснащения школы',
          localLevel: 'low',
          officialLevel: null,
          priority: false,
          indicatorsCounted: 2,
          conclusion: 'Риск не выражен',
        },
        {
          name: 'Низкая учебная мотивация обучающихся',
          localLevel: null,
          officialLevel: 'high',
          priority: true,
          indicatorsCounted: 0,
          conclusion: '',
        },
      ],
    },
    roadmap: {
      state: 'ready',
      sheet: 'Дорожная карта',
      total: 12,
      done: 5,
      overdue: 2,
      dueSoon: 1,
      sentBack: 1,
      attention: [
        {
          kind: 'overdue',
          row: 7,
          number: '1.3',
          title: 'Проведение диагностики профессиональных дефицитов',
          dueDate: '2024-03-13',
          curatorComment: '',
        },
        {
          kind: 'sentBack',
          row: 9,
          number: '2.1',
          title: 'Разработка плана адаптации',
          dueDate: '2024-12-01',
          curatorComment: 'Нет подписи директора',
        },
      ],
      attentionMore: 0,
      staleRows: 0,
    },
    targets: {
      state: 'ready',
      targets: [
        {
          row: 2,
          name: 'Доля учителей, испытывающих неуверенность',
          unit: '%',
          isShare: true,
          base: 0.44,
          plan: 0.1,
          fact: 0.2,
          progress: 0.7058823529,
          status: 'Есть прогресс',
          tone: 'warn',
        },
        {
          row: 3,
          name: 'Средний балл ВПР по математике',
          unit: 'балл',
          isShare: false,
          base: 3.1,
          plan: 3.5,
          fact: 2.9,
          progress: -0.5,
          status: 'Ухудшение',
          tone: 'bad',
        },
      ],
      achieved: 0,
      staleRows: 0,
    },
    ...overrides,
  };
}
