import { describe, expect, it } from 'vitest';
import { officialCalendar, parseLocalDate } from '../calendar/index.js';
import { acceptanceClock, deliveryClock, periodClock, stepClock } from './period.js';

const cal = officialCalendar();
const d = parseLocalDate;

describe('fixed clocks', () => {
  it('gives 5 workdays from receipt to tell corrections (ALL Art. 32), across 2026 春节', () => {
    // 02-13 (1), Sat 02-14 worked (2), 02-15..02-23 off, 02-24 (3), 02-25 (4), 02-26 (5)
    expect(acceptanceClock(cal, d('2026-02-12'))).toEqual({
      dueDate: '2026-02-26', dueAt: '2026-02-26T23:59:59.999+08:00', calendarIncomplete: false,
    });
  });

  it('gives 10 workdays from a grant to deliver the license (ALL Art. 44), across 2025 国庆节', () => {
    // 10-09, 10-10, Sat 10-11 worked, 10-13 … 10-17, 10-20, 10-21
    expect(deliveryClock(cal, d('2025-09-30')).dueDate).toBe('2025-10-21');
  });

  it('runs a step clock from the day its task was created', () => {
    // 2024 除夕 02-09 is worked (1); 02-10..02-17 off; Sun 02-18 worked (2); 02-19 (3)
    expect(stepClock(cal, d('2024-02-08'), 3).dueDate).toBe('2024-02-19');
  });

  it('ends a 0-day clock on the same day if it is a workday, else on the next workday', () => {
    expect(periodClock(cal, d('2026-02-14'), 0).dueDate).toBe('2026-02-14');
    expect(periodClock(cal, d('2026-02-15'), 0).dueDate).toBe('2026-02-24');
  });

  it('flags a clock that runs into a year without a published schedule', () => {
    expect(acceptanceClock(cal, d('2026-12-29')).calendarIncomplete).toBe(true);
  });
});
