// The spreadsheet's time zone for custom functions: date cells arrive as midnights there, and a
// returned date must be a midnight there too. A custom function may call the read-only getters of
// the active spreadsheet (no authorisation needed).

/** The zone of the manifest, used where no spreadsheet is at hand (Node tests, the local preview). */
const MANIFEST_TIME_ZONE = 'Europe/Moscow';

export function customFunctionTimeZone(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || MANIFEST_TIME_ZONE;
  } catch (_error) {
    return MANIFEST_TIME_ZONE;
  }
}
