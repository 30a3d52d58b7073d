// «Проверить установку» shows the settings as the actions read them, each unit once.
import { describe, expect, it } from 'vitest';
import { settingFacts } from '../../../src/core/installation/settingFacts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

describe('settingFacts', () => {
  it('shows the threshold in percent points once, its label carrying the unit', () => {
    const facts = settingFacts({ ...DEFAULT_SETTINGS, lowResultThreshold: 0.305 });
    const threshold = facts.find((f) => f.label.startsWith('Порог низкого результата'));
    expect(threshold).toEqual({ label: 'Порог низкого результата, %', value: '30,5' });
  });

  it('says «не задано» for a blank setting and shows a yes/no one in Russian', () => {
    const facts = settingFacts({ ...DEFAULT_SETTINGS, schoolName: '' });
    expect(facts.find((f) => f.label === 'Образовательная организация')?.value).toBe('не задано');
    expect(facts.find((f) => f.label === 'Критерий 2: одна и та же процедура')?.value).toBe('Нет');
  });
});
