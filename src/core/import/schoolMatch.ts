// When two rows are one school's result (PRODUCT.md §4, §10): the same login, or the same loose
// name unless both carry a login — two «МБОУ СОШ №1» of a region with two logins are two schools.
// The import asks it twice: a repeat on «Импорт», and a user's row on «Результаты ОП».

export interface SchoolMatch<T> {
  /** The first value added for the school under `what` (its year and procedure), if any. */
  find(login: string, nameKey: string, what: string): T | undefined;
  /** Adds a value under its login («» for none) and its name's key, where none is there yet. */
  add(login: string, nameKey: string, what: string, value: T): void;
}

export function schoolMatch<T>(): SchoolMatch<T> {
  const byLogin = new Map<string, T>();
  const byName = new Map<string, { readonly value: T; readonly hasLogin: boolean }>();
  return {
    find(login, nameKey, what) {
      const named = byName.get(`${nameKey}|${what}`);
      return (
        (login ? byLogin.get(`${login}|${what}`) : undefined) ??
        (named && !(login && named.hasLogin) ? named.value : undefined)
      );
    },
    add(login, nameKey, what, value) {
      const loginKey = `${login}|${what}`;
      if (login && !byLogin.has(loginKey)) byLogin.set(loginKey, value);
      const nameKeyWhat = `${nameKey}|${what}`;
      if (!byName.has(nameKeyWhat)) byName.set(nameKeyWhat, { value, hasLogin: login !== '' });
    },
  };
}
