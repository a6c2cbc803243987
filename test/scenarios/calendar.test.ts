import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildAdminScene, buildStaff, signIn } from '../support/factories.js';
import { runCli } from '../support/run-cli.js';

const ICS_2027 = [
  'BEGIN:VCALENDAR', 'VERSION:2.0',
  'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:元旦 休', 'END:VEVENT',
  'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270205', 'DTEND;VALUE=DATE:20270213', 'SUMMARY:春节 休', 'END:VEVENT',
  'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270214', 'DTEND;VALUE=DATE:20270215', 'SUMMARY:春节调休 班', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

for (const dialect of DIALECTS) {
  describe(`working-day calendar API (DOMAIN.md §5) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    const addWorkdays = async (from: string, days: number) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/calendar/add-workdays?from=${from}&days=${days}` })).json();

    it('counts across the 2026 Spring Festival and its Saturday workdays', async () => {
      expect(await addWorkdays('2026-02-13', 1)).toEqual({ from: '2026-02-13', days: 1, date: '2026-02-14', calendarIncomplete: false });
      // 2026-02-15 … 02-23 are off; 02-24 is the first workday after them, 02-28 (Saturday) is worked.
      expect((await addWorkdays('2026-02-14', 1)).date).toBe('2026-02-24');
      expect((await addWorkdays('2026-02-14', 5)).date).toBe('2026-02-28');
      expect((await addWorkdays('2026-02-15', 0)).date).toBe('2026-02-24');
    });

    it('describes a day: workday, weekend, holiday or adjusted workday', async () => {
      const day = async (d: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/calendar/days/${d}` })).json();
      expect(await day('2026-02-14')).toMatchObject({ date: '2026-02-14', workday: true, kind: 'adjusted_workday' });
      expect(await day('2026-02-17')).toMatchObject({ workday: false, kind: 'holiday' });
      expect(await day('2026-03-07')).toMatchObject({ workday: false, kind: 'weekend' });
      expect(await day('2026-03-09')).toMatchObject({ workday: true, kind: 'workday' });
    });

    it('flags a year without a schedule as calendarIncomplete and counts weekends only there', async () => {
      const result = await addWorkdays('2030-09-30', 1);
      expect(result).toEqual({ from: '2030-09-30', days: 1, date: '2030-10-01', calendarIncomplete: true });
    });

    it('rejects bad dates and day counts field by field, in Chinese and English', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/add-workdays?from=2026-02-30&days=-1', headers: { 'accept-language': 'en' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['days', 'from']);
      const day = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/days/2026-13-01' });
      expect(day.statusCode).toBe(400);
      expect(day.json().error.fields[0].message).toContain('日期');
    });

    it('lets an admin mark a day and clear it again, changing the arithmetic; others get 403', async () => {
      const { token, bureau } = await buildAdminScene(t);
      const clerk = await signIn(t, (await buildStaff(t, bureau, ['clerk'])).username);
      const denied = await t.app.inject({ method: 'PUT', url: '/api/v1/calendar/days/2026-03-10', headers: bearer(clerk), payload: { kind: 'holiday' } });
      expect(denied.statusCode).toBe(403);
      const marked = await t.app.inject({ method: 'PUT', url: '/api/v1/calendar/days/2026-03-10', headers: bearer(token), payload: { kind: 'holiday', name: '临时休假' } });
      expect(marked.json()).toMatchObject({ date: '2026-03-10', workday: false, kind: 'holiday', name: '临时休假' });
      expect((await addWorkdays('2026-03-09', 1)).date).toBe('2026-03-11');
      const year = (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2026', headers: bearer(token) })).json();
      expect(year.days).toHaveLength(365);
      expect(year.days.find((d: { date: string }) => d.date === '2026-03-10')).toMatchObject({ kind: 'holiday', overridden: true });
      const cleared = await t.app.inject({ method: 'DELETE', url: '/api/v1/calendar/days/2026-03-10', headers: bearer(token) });
      expect(cleared.json()).toMatchObject({ workday: true, kind: 'workday' });
      expect((await addWorkdays('2026-03-09', 1)).date).toBe('2026-03-10');
    });

    it('imports a new year from an iCalendar feed: the year is covered and its holidays count', async () => {
      const { token } = await buildAdminScene(t);
      const overview = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/calendar', headers: bearer(token) })).json();
      expect((await overview()).coveredYears).not.toContain(2027);
      const imported = await t.app.inject({ method: 'POST', url: '/api/v1/calendar/years/2027/import', headers: bearer(token), payload: { format: 'ics', ics: ICS_2027 } });
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toEqual({ year: 2027, marks: 10, skipped: [] });
      expect((await overview()).coveredYears).toContain(2027);
      expect(await addWorkdays('2027-02-04', 1)).toEqual({ from: '2027-02-04', days: 1, date: '2027-02-14', calendarIncomplete: false });
      // The CLI with --db sees the same calendar.
      const cli = runCli(['calendar', 'add-workdays', '2027-02-04', '1', '--db', t.dbUrl]);
      expect(cli.stdout.trim()).toBe('2027-02-14');
    });

    it('imports a year from JSON in the notice shape, and rejects a bad schedule storing nothing', async () => {
      const { token } = await buildAdminScene(t);
      const bad = await t.app.inject({
        method: 'POST', url: '/api/v1/calendar/years/2028/import', headers: bearer(token),
        payload: { format: 'json', schedule: { holidays: [{ name: '国庆节', from: '2028-10-07', to: '2028-10-01' }, { name: 'x', from: '2028-02-31', to: '2028-03-01' }] } },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['holidays[0].to', 'holidays[1].from']);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar', headers: bearer(token) })).json().coveredYears).not.toContain(2028);
      const good = await t.app.inject({
        method: 'POST', url: '/api/v1/calendar/years/2028/import', headers: bearer(token),
        payload: { format: 'json', schedule: { holidays: [{ name: '国庆节', from: '2028-10-01', to: '2028-10-07', workdays: ['2028-09-30'] }] } },
      });
      expect(good.json()).toMatchObject({ year: 2028, marks: 8 });
      expect((await addWorkdays('2028-09-29', 1)).date).toBe('2028-09-30');
    });
  });
}
