// The roll-up rule of a direction (PRODUCT.md §5 leaves it to us; README and «Справка» state it):
//   at least one parameter «высокий»                    → «высокий»;
//   otherwise at least half of the scored ones «средний» → «средний»;
//   otherwise                                            → «низкий».
// One sharply bad parameter is enough to act on (the seed's school named its direction after
// four high ones); a tie between «средний» and «низкий» goes to the more careful «средний».
import { HIGH, LOW, MEDIUM, type RiskLevel } from './riskLevel';

/** The level of a direction from its parameters' levels; null when none was scored. */
export function rollUpFactorLevel(levels: readonly RiskLevel[]): RiskLevel | null {
  if (levels.length === 0) return null;
  if (levels.includes(HIGH)) return HIGH;
  const medium = levels.filter((level) => level === MEDIUM).length;
  return 2 * medium >= levels.length ? MEDIUM : LOW;
}
