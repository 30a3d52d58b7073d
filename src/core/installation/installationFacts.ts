// What «Проверить установку» (PRODUCT.md §12) looks at, as plain facts an adapter gathers without
// changing anything; checkInstallation turns them into the lines of the dialog.

/** A template sheet as found in the workbook. */
export interface SheetFact {
  readonly name: string;
  /** The sheet's title in the workbook (found with the tolerance of headers); null when absent. */
  readonly title: string | null;
  /** Input sheets: the expected headers not found; [] when all are; null for sheets the add-on writes. */
  readonly missingHeaders: readonly string[] | null;
  /**
   * A found table's header problems the actions journal: a header typed twice (its output column is
   * written nowhere), an expected column missing («Выполнено», «Факт»). Absent: none.
   */
  readonly headerProblems?: readonly SettingProblem[];
  /** True for the sheets the add-on itself creates and writes. */
  readonly owned: boolean;
}

/** One setting as read, shown as text. */
export interface SettingFact {
  readonly label: string;
  readonly value: string;
}

/** A problem with «Настройки» as the journal would name it. */
export interface SettingProblem {
  readonly problem: string;
  readonly fix: string;
}

export interface InstallationFacts {
  /** The manifest's scopes the user granted; null when Google could not be asked. */
  readonly grantedScopes: readonly string[] | null;
  /** The advanced services of the manifest found as globals. */
  readonly advancedServices: { readonly Drive: boolean; readonly Sheets: boolean };
  /** The daily trigger of this document exists; null when the triggers could not be listed. */
  readonly dailyTrigger: boolean | null;
  readonly spreadsheetTimeZone: string;
  readonly scriptTimeZone: string;
  /** «ru_RU», «en_US»…; null when it could not be read. */
  readonly spreadsheetLocale: string | null;
  /** False when the add-on could not read this spreadsheet at all (its scope declined). */
  readonly documentReadable: boolean;
  readonly sheets: readonly SheetFact[];
  readonly settings: readonly SettingFact[];
  readonly settingProblems: readonly SettingProblem[];
}
