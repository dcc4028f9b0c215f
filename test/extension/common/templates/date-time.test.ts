import { parseDateFormat } from '../../../../src/extension/common/templates/date-format';
import { compiled, render } from './template-support';

const at = (iso: string) => ({ __createdAt: iso });
const formatted = (format: string, iso: string, locale?: string, timeZone = 'UTC') =>
  render(`{DateTime("${format}", {$__createdAt}${locale ? `, "${locale}"` : ''})}`, at(iso), timeZone);

describe('DateTime() format tokens', () => {
  // 4 March 2025 was a Tuesday.
  const morning = '2025-03-04T05:06:07Z';
  it.each([
    ['M', '3'],
    ['MM', '03'],
    ['MMM', 'Mar'],
    ['MMMM', 'March'],
    ['D', '4'],
    ['DD', '04'],
    ['DDD', 'Tue'],
    ['DDDD', 'Tuesday'],
    ['YY', '25'],
    ['YYYY', '2025'],
    ['hh', '05'],
    ['mm', '06'],
    ['ss', '07'],
  ])('%s renders %s', (token, expected) => {
    expect(formatted(token, morning)).toBe(expected);
  });

  it('uses 24-hour hours', () => {
    expect(formatted('hh:mm', '2025-03-04T17:06:07Z')).toBe('17:06');
    expect(formatted('hh:mm', '2025-03-04T00:00:00Z')).toBe('00:00');
  });

  it('does not pad M and D but pads MM and DD', () => {
    expect(formatted('D.M|DD.MM', '2025-12-25T00:00:00Z')).toBe('25.12|25.12');
    expect(formatted('D.M|DD.MM', '2025-01-09T00:00:00Z')).toBe('9.1|09.01');
  });

  it('copies every other character, including single h, m and s', () => {
    expect(formatted('DD-MM-YYYY', morning)).toBe('04-03-2025');
    expect(formatted('YYYY/MM/DD hh:mm:ss', morning)).toBe('2025/03/04 05:06:07');
    expect(formatted('hh h mm', morning)).toBe('05 h 06');
    expect(formatted('[x] ¿? — 😀', morning)).toBe('[x] ¿? — 😀');
  });

  it('pads years to four digits and keeps the last two for YY', () => {
    expect(formatted('YYYY|YY', '0033-06-01T00:00:00Z')).toBe('0033|33');
    expect(formatted('YYYY|YY', '2005-06-01T00:00:00Z')).toBe('2005|05');
  });

  it('splits a format into tokens and literal text, longest token first', () => {
    expect(parseDateFormat('DDDD, D MMM YY')).toEqual([
      { token: 'DDDD' },
      { literal: ', ' },
      { token: 'D' },
      { literal: ' ' },
      { token: 'MMM' },
      { literal: ' ' },
      { token: 'YY' },
    ]);
  });

  it('renders the example from the documentation', () => {
    const template = compiled('{$client.name} — {DateTime("DD.MM.YYYY", {$__createdAt}, "en_US")}');
    expect(template.render({ client: { name: 'Alice' }, __createdAt: new Date('2025-04-05T10:56:06Z') }, { timeZone: 'UTC' })).toBe('Alice — 05.04.2025');
  });
});

describe('DateTime() locales', () => {
  const months: Record<string, string[]> = {
    en_US: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    en_GB: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    de_DE: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    fr_FR: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    ru_RU: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    es_ES: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  };
  const shortMonths: Record<string, string> = {
    en_US: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
    en_GB: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
    de_DE: 'Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez',
    fr_FR: 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
    ru_RU: 'янв фев мар апр мая июн июл авг сен окт ноя дек',
    es_ES: 'ene feb mar abr may jun jul ago sept oct nov dic',
  };
  // Sunday first.
  const weekdays: Record<string, string[]> = {
    en_US: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    en_GB: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    de_DE: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    fr_FR: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    ru_RU: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
    es_ES: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  };
  const shortWeekdays: Record<string, string> = {
    en_US: 'Sun Mon Tue Wed Thu Fri Sat',
    en_GB: 'Sun Mon Tue Wed Thu Fri Sat',
    de_DE: 'So Mo Di Mi Do Fr Sa',
    fr_FR: 'dim. lun. mar. mer. jeu. ven. sam.',
    ru_RU: 'вс пн вт ср чт пт сб',
    es_ES: 'dom lun mar mié jue vie sáb',
  };
  const monthStarts = Array.from({ length: 12 }, (_, index) => `2025-${String(index + 1).padStart(2, '0')}-15T12:00:00Z`);
  // 2 March 2025 was a Sunday.
  const weekStarts = Array.from({ length: 7 }, (_, index) => `2025-03-0${index + 2}T12:00:00Z`);

  it.each(Object.keys(months))('%s names every month in full and short', (locale) => {
    expect(monthStarts.map((iso) => formatted('MMMM', iso, locale))).toEqual(months[locale]);
    expect(monthStarts.map((iso) => formatted('MMM', iso, locale)).join(' ')).toBe(shortMonths[locale]);
  });

  it.each(Object.keys(weekdays))('%s names every weekday in full and short', (locale) => {
    expect(weekStarts.map((iso) => formatted('DDDD', iso, locale))).toEqual(weekdays[locale]);
    expect(weekStarts.map((iso) => formatted('DDD', iso, locale)).join(' ')).toBe(shortWeekdays[locale]);
  });

  it('defaults to en_US', () => {
    expect(formatted('DDDD D MMMM', '2025-04-05T10:56:06Z')).toBe('Saturday 5 April');
  });

  it('reads naturally in a Russian date, with the month in the genitive', () => {
    expect(formatted('D MMMM YYYY', '2025-04-05T10:56:06Z', 'ru_RU')).toBe('5 апреля 2025');
  });
});

describe('dates and time zones', () => {
  const instant = '2025-04-05T10:56:06Z';
  const winter = '2025-01-15T12:00:00Z';

  it.each([
    ['UTC', instant, '2025-04-05 10:56:06 +0000 UTC'],
    ['Europe/Berlin', instant, '2025-04-05 12:56:06 +0200 CEST'],
    ['America/New_York', instant, '2025-04-05 06:56:06 -0400 EDT'],
    ['Europe/Berlin', winter, '2025-01-15 13:00:00 +0100 CET'],
    ['America/New_York', winter, '2025-01-15 07:00:00 -0500 EST'],
    ['Europe/London', '2025-07-01T12:00:00Z', '2025-07-01 13:00:00 +0100 BST'],
    ['Asia/Kolkata', winter, '2025-01-15 17:30:00 +0530 +0530'],
    ['Europe/Moscow', winter, '2025-01-15 15:00:00 +0300 +03'],
  ])('shows a date without DateTime() in full form in %s', (timeZone, iso, expected) => {
    expect(render('{$__createdAt}', at(iso), timeZone)).toBe(expected);
  });

  it('formats the same instant on the wall clock of each zone, including the date', () => {
    const late = '2025-12-31T23:30:00Z';
    const format = 'DDDD DD.MM.YYYY hh:mm';
    expect(formatted(format, late, 'en_US', 'UTC')).toBe('Wednesday 31.12.2025 23:30');
    expect(formatted(format, late, 'en_US', 'Europe/Berlin')).toBe('Thursday 01.01.2026 00:30');
    expect(formatted(format, late, 'en_US', 'America/New_York')).toBe('Wednesday 31.12.2025 18:30');
  });

  it('follows daylight-saving changes', () => {
    // Berlin moved its clocks forward at 01:00 UTC on 30 March 2025.
    expect(formatted('hh:mm', '2025-03-30T00:59:00Z', 'en_US', 'Europe/Berlin')).toBe('01:59');
    expect(formatted('hh:mm', '2025-03-30T01:00:00Z', 'en_US', 'Europe/Berlin')).toBe('03:00');
  });

  it('falls back to UTC for an unknown or empty zone', () => {
    for (const timeZone of ['Mars/Olympus_Mons', '', 'not a zone']) {
      expect(render('{$__createdAt}', at(instant), timeZone)).toBe('2025-04-05 10:56:06 +0000 UTC');
    }
  });

  it('accepts dates as Date objects, ISO strings with or without an offset, and epoch milliseconds', () => {
    const expected = '2025-04-05 10:56:06 +0000 UTC';
    for (const value of [new Date(instant), instant, '2025-04-05T12:56:06+02:00', '2025-04-05T12:56:06.000+0200', '2025-04-05 10:56:06', Date.parse(instant)]) {
      expect(render('{$__createdAt}', { __createdAt: value })).toBe(expected);
    }
    expect(render('{$__createdAt}', { __createdAt: '2025-04-05' })).toBe('2025-04-05 00:00:00 +0000 UTC');
  });

  it('shows a value that is not a date as text without DateTime() and as nothing with it', () => {
    for (const value of ['tomorrow', '2025-02-30', '2025-13-01T00:00:00Z']) {
      expect(render('{$__createdAt}', { __createdAt: value })).toBe(value);
      expect(formatted('DD.MM.YYYY', value)).toBe('');
    }
    expect(render('[{DateTime("DD", {$__createdAt})}]', { __createdAt: new Date(Number.NaN) })).toBe('[]');
  });

  it('formats dates below a json variable when they read as dates', () => {
    expect(render('{DateTime("DD MMM", {$extra.closedAt}, "de_DE")}', { extra: { closedAt: '2025-03-04T00:00:00Z' } })).toBe('04 Mär');
  });

  it('copes with the first and last instants a Date can hold', () => {
    expect(render('{$__createdAt}', { __createdAt: new Date(8.64e15) }, 'America/New_York')).toMatch(/^275760-09-1[23] /);
    expect(render('{$__createdAt}', { __createdAt: new Date(-8.64e15) }, 'America/New_York')).toMatch(/^-271821-04-/);
  });
});
