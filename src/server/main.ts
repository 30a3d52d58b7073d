// biome-ignore-all assist/source/organizeImports: main.ts reads as the table of contents, in menu order
// The global surface of ШНОР-монитор: every name Apps Script may call, and nothing else.
// scripts/build.mjs turns each export into a top-level function stub with its JSDoc.

// Triggers and the menu (PRODUCT.md §3).
export { menuCreateTemplate, menuHelp, onInstall, onOpen } from './entries/workbookEntries';

export { menuIdentifyLowResultSchools } from './entries/identificationEntries';

export { menuAssessRiskProfile } from './entries/riskEntries';

export { dailyStatusRefresh, menuEnableDailyRefresh, menuRefreshStatuses } from './entries/roadmapEntries';

export { collectFolderSummaryChunk, menuRefreshFolderSummary } from './entries/summaryEntries';

export { menuImportResults } from './entries/importEntries';

export { menuBuildReport } from './entries/reportEntries';

export { menuCheckInstallation } from './entries/installationEntries';

// Sidebars and their RPC handlers (src/shared/api.ts).
export {
  getCuratorView,
  getDashboard,
  menuOpenDashboard,
  menuRecalculateAll,
  openCuratorSidebar,
  openDashboardSidebar,
  runDashboardAction,
  selectSheetRow,
} from './entries/sidebarEntries';

// Custom functions (PRODUCT.md §9).
export {
  CLUSTER_TREND,
  MEAN_MARK,
  QUALITY_RATE,
  SHNOR_IDENTIFY,
  SHNOR_LOW,
  SOU,
  SUCCESS_RATE,
} from './functions/identification';

export { RISK_LEVEL } from './functions/risk';

export { ROADMAP_DUE, ROADMAP_STATUS, TARGET_PROGRESS, TARGET_STATUS } from './functions/roadmap';
