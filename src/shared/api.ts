// The sidebar ⇄ server contract. Both sides compile against it; the server implements it with
// `satisfies ServerApi`. Types say what really survives google.script.run: plain JSON, dates as
// ISO strings (a Date anywhere in a result turns the whole result into null), no undefined (it
// arrives as null), no functions, no class instances.

/** A calendar day as 'YYYY-MM-DD', in the spreadsheet's time zone. */
export type IsoDate = string;

/** The menu actions a sidebar button can run (PRODUCT.md §3). */
export const DASHBOARD_ACTION_IDS = [
  'createTemplate',
  'importResults',
  'identify',
  'assessRisk',
  'refreshStatuses',
  'recalculateAll',
  'buildReport',
] as const;

export type DashboardActionId = (typeof DASHBOARD_ACTION_IDS)[number];

/** The result of a menu action run from a sidebar button: what its toast said. */
export interface ActionResultDto {
  readonly ok: boolean;
  readonly message: string;
  readonly journalCount: number;
}

/** Why a part of the dashboard has nothing to show; the sidebar words each case. */
export type UnavailableDto =
  /** The capability is not in this version of the add-on yet. */
  | { readonly state: 'coming' }
  /** The sheet the part reads does not exist. */
  | { readonly state: 'noSheet'; readonly sheet: string }
  /** The sheet exists but has no rows to show (or the action that fills it was never run). */
  | { readonly state: 'noData'; readonly sheet: string }
  /** Reading failed; the message is Russian and says what to do. */
  | { readonly state: 'failed'; readonly message: string };

/** A part of the dashboard: its data, or why there is none. */
export type SectionDto<T> = ({ readonly state: 'ready' } & T) | UnavailableDto;

/** ШНОР status of the school named in «Настройки» (PRODUCT.md §4). */
export interface LowResultStatusDto {
  /** The school as written in «Настройки» → Образовательная организация ('' when blank). */
  readonly school: string;
  readonly analysisYear: number | null;
  /** null: the school was not found in the results of the analysis year. */
  readonly isLowResult: boolean | null;
  /** «1», «2», «1, 2» or ''. */
  readonly criterion: string;
  /** Each low procedure with its share and year, as the «Пояснение» column words it. */
  readonly reasons: readonly string[];
  readonly cluster: string;
  readonly clusterTrend: string;
  /** The «ШНОР» sheet holds this verdict; false: «Выявить ШНОР» has not been run since. */
  readonly sheetUpToDate: boolean;
}

export type RiskLevelDto = 'low' | 'medium' | 'high';

/** One of FIOKO's ten risk directions (PRODUCT.md §5). */
export interface RiskFactorDto {
  readonly name: string;
  /** The school's own estimate from «Пороги рисков»; null when no parameter could be scored. */
  readonly localLevel: RiskLevelDto | null;
  /** The level FIOKO gave, as entered; null when not entered. */
  readonly officialLevel: RiskLevelDto | null;
  readonly priority: boolean;
  readonly indicatorsCounted: number;
  readonly conclusion: string;
}

export interface RiskMapDto {
  readonly factors: readonly RiskFactorDto[];
}

/** A roadmap row that needs attention, shown as a link that selects the row. */
export interface MeasureLinkDto {
  readonly kind: 'overdue' | 'sentBack';
  /** 1-based row on «Дорожная карта». */
  readonly row: number;
  readonly number: string;
  readonly title: string;
  readonly dueDate: IsoDate | null;
  readonly curatorComment: string;
}

/** Roadmap progress as of the report date (PRODUCT.md §6). */
export interface RoadmapProgressDto {
  /** The sheet the rows are on, for selectSheetRow. */
  readonly sheet: string;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly sentBack: number;
  /** The first overdue and sent-back rows; attentionMore says how many more there are. */
  readonly attention: readonly MeasureLinkDto[];
  readonly attentionMore: number;
  /** Measures whose `Статус` on the sheet differs from today's: «Обновить статусы» is due. */
  readonly staleRows: number;
}

/** How a status should look: colour is never the only signal, the text is always shown too. */
export type ToneDto = 'good' | 'warn' | 'bad' | 'neutral';

export interface TargetDto {
  /** 1-based row on «Целевые показатели». */
  readonly row: number;
  readonly name: string;
  readonly unit: string;
  /** The values are shares (0.22 for 22 %), shown as percents; otherwise plain numbers in `unit`. */
  readonly isShare: boolean;
  readonly base: number | null;
  readonly plan: number | null;
  readonly fact: number | null;
  /** (fact − base)/(plan − base) as a fraction; may fall below 0 or above 1. */
  readonly progress: number | null;
  /** The Russian status of PRODUCT.md §6 («Достигнут», «Есть прогресс», …). */
  readonly status: string;
  readonly tone: ToneDto;
}

export interface TargetsDto {
  readonly targets: readonly TargetDto[];
  readonly achieved: number;
  /** Indicators whose `Статус` on the sheet differs from today's. */
  readonly staleRows: number;
}

/** One series of the «2»-share chart: a year, or the municipality's / region's shares. */
export interface ShareSeriesDto {
  readonly name: string;
  /** Percent points per procedure, in the order of `categories`; null: no share to draw. */
  readonly values: readonly (number | null)[];
}

/**
 * The «2» share by procedure (PRODUCT.md §8): the справка's chart model, drawn by the dashboard as
 * inline SVG with the numbers as text.
 */
export interface ShareChartDto {
  readonly title: string;
  /** The procedures. */
  readonly categories: readonly string[];
  readonly series: readonly ShareSeriesDto[];
  /** The threshold, percent points (30). */
  readonly threshold: number;
  readonly unit: string;
  /** What the chart shows, in words, numbers included. */
  readonly altText: string;
}

/**
 * The value axis's end, one rule for the справка's PNG (server) and the dashboard's SVG (sidebar):
 * a round upper bound over every value and the threshold, at most 100 %.
 */
export function chartAxisMax(chart: ShareChartDto): number {
  let max = chart.threshold;
  for (const series of chart.series) for (const v of series.values) if (v !== null && v > max) max = v;
  return Math.min(100, Math.max(10, Math.ceil((max * 1.1) / 10) * 10));
}

/** Everything the dashboard shows, in one call. */
export interface DashboardDto {
  /** false: the template sheets are missing, the sidebar shows its empty state. */
  readonly templateReady: boolean;
  readonly schoolName: string;
  readonly reportDate: IsoDate;
  /** «Настройки» → Папка школ is filled: this is (also) a curator's workbook. */
  readonly schoolsFolderSet: boolean;
  readonly lowResult: SectionDto<LowResultStatusDto>;
  readonly riskMap: SectionDto<RiskMapDto>;
  readonly roadmap: SectionDto<RoadmapProgressDto>;
  readonly targets: SectionDto<TargetsDto>;
  /** The «2» share of each procedure over the last two years, with «Сравнение»'s shares. */
  readonly shareChart: SectionDto<ShareChartDto>;
  /** The actions this version can run; the others are shown as coming. */
  readonly availableActions: readonly DashboardActionId[];
}

/** A row to select in the workbook. */
export interface RowLinkDto {
  readonly sheet: string;
  readonly row: number;
}

/** One measure of «Очередь проверки» in the curator view (PRODUCT.md §7). */
export interface ReviewItemDto {
  readonly number: string;
  readonly measure: string;
  readonly status: string;
  /** `Что проверить`: every reason, as the sheet words them. */
  readonly reasons: string;
  readonly dueDate: IsoDate | null;
  /** The school's file on the measure's row, rebuilt from its ids; null when the row names no file. */
  readonly rowLink: string | null;
  /** The evidence on Drive, rebuilt from its id; null when there is none. */
  readonly documentLink: string | null;
}

/** The queue's measures of one school, in the sheet's order. */
export interface ReviewSchoolDto {
  readonly school: string;
  readonly items: readonly ReviewItemDto[];
}

/** «Очередь проверки» as the curator view lists it: by school, the first rows only. */
export interface ReviewQueueDto {
  readonly schools: readonly ReviewSchoolDto[];
  /** Rows of the sheet not listed (the view shows the first ones; the sheet has them all). */
  readonly more: number;
}

/** What the curator sidebar shows before collecting. */
export interface CuratorViewDto {
  /** «Настройки» → Папка школ as entered ('' when blank); shown as text, never as a link. */
  readonly folderText: string;
  /** The folder's Drive address rebuilt from the id in the entry; null when it names no folder. */
  readonly folderLink: string | null;
  /** The server can collect the folder summary in this version. */
  readonly collectAvailable: boolean;
  /** «Очередь проверки» as the last refresh left it; null when the sheet is missing or unreadable. */
  readonly queue: ReviewQueueDto | null;
}

/** One step of collecting «Сводка» chunk by chunk. */
export interface FolderSummaryProgressDto {
  readonly done: boolean;
  /** Files read so far in this collection. */
  readonly processed: number;
  /** Files in the folder; null while not yet known. */
  readonly total: number | null;
  /** School workbooks read, with or without remarks on their data. */
  readonly schools: number;
  /** Files that could not be read, with why. */
  readonly errors: readonly { readonly file: string; readonly message: string }[];
  /** Schools read whose data has remarks («Ошибка» of a read file); absent from older servers. */
  readonly remarks?: readonly { readonly file: string; readonly message: string }[];
  /** What the step did, in Russian. */
  readonly message: string;
}

/** Every global function the sidebars call. Each name is a global of dist/Code.js. */
export interface ServerApi {
  getDashboard(): DashboardDto;
  runDashboardAction(action: DashboardActionId): ActionResultDto;
  selectSheetRow(link: RowLinkDto): boolean;
  getCuratorView(): CuratorViewDto;
  openCuratorSidebar(): boolean;
  openDashboardSidebar(): boolean;
}

/**
 * The chunked folder collection the curator sidebar drives (PRODUCT.md §7). The curator issue
 * implements it; the sidebar calls it only when getCuratorView says it is available.
 */
export interface FolderSummaryApi {
  /** Reads the next chunk of files; restart: true forgets an earlier cursor. */
  collectFolderSummaryChunk(restart: boolean): FolderSummaryProgressDto;
}
