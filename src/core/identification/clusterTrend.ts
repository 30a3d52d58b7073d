// FIOKO clusters and their dynamics (seed 003_…): from one year to the next, a move towards
// «базово неуспевающие» or out of the ШНОР list is «положительная», the other way «отрицательная»,
// the same cluster «нейтральная».
import type { FIOKO_CLUSTERS } from '../template/sheets';
import { isBlank, normalizeText } from '../text/normalize';

export type ClusterLevel = (typeof FIOKO_CLUSTERS)[number];
/** A cluster, or null: the school is out of the ШНОР list that year. */
export type ClusterState = ClusterLevel | null;
export type ClusterTrend = 'положительная' | 'отрицательная' | 'нейтральная';

const SEVERITY: Readonly<Record<ClusterLevel, number>> = {
  'сильно неуспевающие': 3,
  'умеренно неуспевающие': 2,
  'базово неуспевающие': 1,
};

const OUT_OF_LIST = /^(?:-|–|—|нет|вне списка|не шнор|вне шнор|вышла из списка|вышла|исключена)$/;

// The reports name the cluster inside a phrase (seed 003_…: «отнесенных к кластеру «сильно
// неуспевающие»», PRODUCT.md §2: «Сильно неуспевающие школы»): the words around it are not part of it.
const CLUSTER_WORD = /^(?:(?:отнесен[аыо]?|относится)\s+)?(?:к\s+)?кластер(?:у|а|ом|е)?\s*[:\-–—]?\s*/;

/**
 * «сильно неуспевающие» (any case, «сильно», «сильно неуспевающая», «кластер «сильно неуспевающие»»,
 * «Сильно неуспевающие школы»…), a blank or «вне списка» as
 * null (out of the list); undefined when the text is not a cluster.
 */
export function parseCluster(value: unknown): ClusterState | undefined {
  if (isBlank(value)) return null;
  const text = normalizeText(value).replace(CLUSTER_WORD, '');
  if (OUT_OF_LIST.test(text)) return null;
  if (/^сильн/.test(text)) return 'сильно неуспевающие';
  if (/^умерен/.test(text)) return 'умеренно неуспевающие';
  if (/^базов/.test(text)) return 'базово неуспевающие';
  return undefined;
}

/** The dynamics from one year's state to the next; null when the school was out both years. */
export function clusterTrend(from: ClusterState, to: ClusterState): ClusterTrend | null {
  const before = from === null ? 0 : SEVERITY[from];
  const after = to === null ? 0 : SEVERITY[to];
  if (before === 0 && after === 0) return null;
  if (after < before) return 'положительная';
  if (after > before) return 'отрицательная';
  return 'нейтральная';
}
