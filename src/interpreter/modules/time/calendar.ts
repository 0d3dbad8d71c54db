// Seconds since 1970 ↔ (year, month, mday, hour, minute, second, weekday, yearday), proleptic Gregorian, as
// MicroPython's time.localtime/gmtime/mktime compute them (no time zones: the board's clock is local time).

export interface StructTime {
  year: number;
  month: number; // 1..12
  mday: number; // 1..31
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Monday
  yearday: number; // 1..366
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const days = DAYS_BEFORE_MONTH[month] - DAYS_BEFORE_MONTH[month - 1];
  return month === 2 && isLeapYear(year) ? days + 1 : days;
}

function yearDay(year: number, month: number, mday: number): number {
  return DAYS_BEFORE_MONTH[month - 1] + mday + (month >= 3 && isLeapYear(year) ? 1 : 0);
}

/** Days from 1970-01-01 to the given date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, mday: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + mday - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const mday = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, mday];
}

export function secondsToStructTime(seconds: number): StructTime {
  const days = Math.floor(seconds / 86400);
  const rem = seconds - days * 86400;
  const [year, month, mday] = civilFromDays(days);
  return {
    year,
    month,
    mday,
    hour: Math.floor(rem / 3600),
    minute: Math.floor(rem / 60) % 60,
    second: rem % 60,
    weekday: (((days + 3) % 7) + 7) % 7, // 1970-01-01 was a Thursday
    yearday: yearDay(year, month, mday),
  };
}

/** The inverse of secondsToStructTime; out-of-range fields carry over (mday 0 is the last day of the month before). */
export function mktime(year: number, month: number, mday: number, hour: number, minute: number, second: number): number {
  // Carry month overflow into the year first so that mday normalisation uses the right month lengths.
  const m0 = month - 1;
  year += Math.floor(m0 / 12);
  month = (((m0 % 12) + 12) % 12) + 1;
  const days = daysFromCivil(year, month, 1) + (mday - 1);
  return days * 86400 + hour * 3600 + minute * 60 + second;
}
