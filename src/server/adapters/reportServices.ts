// DocumentApp and the Charts service for the справка, reached only when it is built: the globals
// are named inside the functions, so loading the bundle or running another action touches neither.
import type { ChartsLike, DocumentAppLike, ReportServices } from '../report/documentSurface';

export const appsScriptReportServices: ReportServices = {
  // The real services satisfy the narrow interfaces; only their enum types differ nominally.
  documentApp: () => DocumentApp as unknown as DocumentAppLike,
  charts: () => Charts as unknown as ChartsLike,
};
