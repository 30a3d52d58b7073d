// «Настройки» as the actions read them, shown in «Проверить установку»: what the add-on understood,
// not what the cells say, so a misread value is visible before it changes a result.
import { type CalendarDate, formatRussianDate } from '../dates/calendarDate';
import { installationMessages as m } from '../messages/installation';
import { SETTING_SPECS, type Settings } from '../settings/settings';
import type { SettingFact } from './installationFacts';

function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'object' && value !== null && 'year' in value && 'month' in value && 'day' in value;
}

function shown(key: keyof Settings, value: Settings[keyof Settings]): string {
  if (value === null || value === '') return m.notSet;
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  // The label already carries the unit («Порог низкого результата, %»): the points alone.
  if (key === 'lowResultThreshold' && typeof value === 'number')
    return String(Number((value * 100).toFixed(4))).replace('.', ',');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (isCalendarDate(value)) return formatRussianDate(value);
  // The school year's end: a day and a month.
  const { day, month } = value as { day: number; month: number };
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`;
}

/** Every setting of the template with the value the actions use. */
export function settingFacts(settings: Settings): SettingFact[] {
  return SETTING_SPECS.map((spec) => ({ label: spec.label, value: shown(spec.key, settings[spec.key]) }));
}
