import { describe, expect, it } from 'vitest';
import { schoolMatch } from '../../../src/core/import/schoolMatch';

describe('schoolMatch: one school in two places (§4)', () => {
  const index = schoolMatch<number>();
  index.add('sch1', 'сош1', '2024|ogeMath', 2);
  index.add('', 'лицей1', '2024|ogeMath', 3);
  index.add('sch1', 'другоеимя', '2024|ogeMath', 4);
  index.add('', 'лицей1', '2024|ogeMath', 5);

  it.each([
    ['the same login, another name', 'sch1', 'школа', '2024|ogeMath', 2],
    ['the same name, the row without a login', 'sch7', 'лицей1', '2024|ogeMath', 3],
    ['the same name, the result without a login', '', 'сош1', '2024|ogeMath', 2],
    ['the same name, both without a login', '', 'лицей1', '2024|ogeMath', 3],
    ['the same name, two logins', 'sch2', 'сош1', '2024|ogeMath', undefined],
    ['another year or procedure', 'sch1', 'сош1', '2023|ogeMath', undefined],
    ['another school', '', 'сош2', '2024|ogeMath', undefined],
  ])('%s', (_case, login, nameKey, what, expected) => {
    expect(index.find(login, nameKey, what)).toBe(expected);
  });
});
