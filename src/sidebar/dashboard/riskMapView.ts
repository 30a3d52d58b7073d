import type { RiskFactorDto, RiskLevelDto, RiskMapDto } from '../../shared/api';
import { type Child, h } from '../lib/dom';
import { texts } from '../lib/texts';

const t = texts.riskMap;

function chip(source: string, level: RiskLevelDto | null, missing: string): HTMLElement {
  const tone = level ?? 'none';
  return h(
    'span',
    { class: `chip level-${tone}` },
    h('span', { class: 'chip-source' }, `${source}: `),
    level ? t.levels[level] : missing,
  );
}

function factorView(factor: RiskFactorDto): HTMLElement {
  const worst = factor.localLevel === 'high' || factor.officialLevel === 'high' ? 'high' : factor.localLevel;
  return h(
    'li',
    { class: `factor level-${worst ?? 'none'}`, attrs: { 'data-factor': factor.name } },
    h('span', { class: 'factor-name' }, factor.name),
    factor.priority ? h('span', { class: 'priority' }, t.priority) : null,
    h(
      'span',
      { class: 'chips' },
      chip(t.local, factor.localLevel, t.notScored),
      chip(t.official, factor.officialLevel, t.notEntered),
    ),
    factor.conclusion ? h('span', { class: 'muted small' }, factor.conclusion) : null,
  );
}

/** The ten factors as a map: colour for a glance, the level written out for everyone. */
export function riskMapView(map: RiskMapDto): Child {
  const high = map.factors.filter((f) => f.localLevel === 'high' || f.officialLevel === 'high').length;
  return [
    h('p', { class: 'facts' }, t.highCount(high)),
    h('ul', { class: 'risk-map' }, ...map.factors.map(factorView)),
    h('p', { class: 'muted small' }, t.legend),
  ];
}
