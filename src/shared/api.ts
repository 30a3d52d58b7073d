// The sidebar ⇄ server contract. Both sides compile against it; the server implements it with
// `satisfies ServerApi`. Types say what really survives google.script.run: plain JSON, dates as
// ISO strings (a Date anywhere in a result turns the whole result into null).

/** The result of a menu action run from a sidebar button. */
export interface ActionResultDto {
  readonly ok: boolean;
  readonly message: string;
  readonly journalCount: number;
}

export interface ServerApi {
  runCreateTemplate(): ActionResultDto;
}
