import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/core/identity/index.js';
import type { Department } from '../../src/core/organization/types.js';
import { buildServer } from '../../src/http/build-server.js';
import { loadDemo } from '../../src/services/seed/load-demo.js';
import { createDatabase } from '../../src/store/database.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { application, buildApplicant, buildIntakeScene } from '../support/intake-factories.js';

/**
 * The service hall through HTTP (issue 9, docs/hall.md): setup, numbers under concurrency, calling with
 * priorities, no-shows, transfers, appointments, live pages across two servers, and a day's figures.
 * Every test sets up a hall of its own; the simulated clock only moves forward, so the tests run in
 * the order of the week they simulate: Monday 2 March 2026 to Friday 6 March (all workdays).
 */

interface Ticket { id: string; number: string; status: string; priority: string; callCount: number; windowId: string | null; caseId: string | null; categoryId: string }
interface Issued { id: string; number: string; accessCode: string; path: string; ahead: number | null; estimatedWaitMinutes: number | null; priority: string }

const HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: '08:30', close: '17:30' }));
const SETTINGS = { hours: HOURS, notices: ['请保管好随身物品'], noShowCalls: 3, elderlyAge: 60, agingMinutes: 30 };
/** A valid ID number of someone born on a date (YYYYMMDD). */
const idBornOn = (yyyymmdd: string) => `360102${yyyymmdd}123`.replace(/^(.{17})$/, (f) => f + idNumberCheckChar(f));

for (const dialect of DIALECTS) {
  describe(`the service hall (issue 9) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { start: new Date('2026-03-02T08:00:00+08:00'), sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });

    const at = (local: string) => t.clock.set(new Date(`${local}+08:00`));
    const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token?: string, payload?: object) =>
      t.app.inject({ method, url, ...(token && { headers: bearer(token) }), ...(payload && { payload }) });

    /** A hall with windows 1 (A, B), 2 (A), 3 (B), categories A 企业开办 (the scene's item, 10 min) and B 综合 (6 min). */
    async function hallScene() {
      const s = await buildIntakeScene(t);
      const windows: Department[] = [];
      for (const n of ['1', '2', '3']) windows.push(await buildDepartment(t, s.city, { name: `综合受理 ${n} 号窗口`, kind: 'window', parent: s.hall }));
      expect((await send('PUT', `/api/v1/halls/${s.hall.id}/settings`, s.token, SETTINGS)).statusCode).toBe(200);
      const category = async (prefix: string, name: string, serviceMinutes: number, itemCodes: string[]) => {
        const response = await send('POST', `/api/v1/halls/${s.hall.id}/categories`, s.token, { prefix, name, serviceMinutes, itemCodes });
        expect(response.statusCode).toBe(201);
        return response.json().id as string;
      };
      const A = await category('A', '企业开办', 10, [s.itemCode]);
      const B = await category('B', '综合', 6, []);
      for (const [i, categoryIds] of [[A, B], [A], [B]].entries()) {
        const response = await send('PUT', `/api/v1/halls/${s.hall.id}/windows/${windows[i]!.id}`, s.token, { number: String(i + 1), categoryIds, active: true });
        expect(response.statusCode).toBe(200);
      }
      const take = async (categoryId: string, extra: object = {}): Promise<Issued> => {
        const response = await send('POST', `/api/v1/public/halls/${s.hall.id}/tickets`, undefined, { categoryId, channel: 'kiosk', ...extra });
        expect(response.statusCode, response.body).toBe(201);
        return response.json();
      };
      const window = (i: number) => windows[i]!.id;
      const act = async (i: number, action: string, payload?: object) => send('POST', `/api/v1/hall-windows/${window(i)}/${action}`, s.clerk.token, payload);
      const callNext = async (i: number): Promise<Ticket | null> => {
        const response = await act(i, 'call-next');
        expect(response.statusCode, response.body).toBe(200);
        return response.json().ticket;
      };
      const phone = async (issued: Issued) => (await send('GET', `/api/v1/public/hall-tickets/${issued.id}?code=${issued.accessCode}`)).json();
      return { ...s, windows, A, B, take, window, act, callNext, phone };
    }

    it('the demo seed sets up the city hall: four categories, three windows, two weeks of slots', async () => {
      const demo = await buildTestApp(dialect, { start: new Date('2026-03-02T08:00:00+08:00') });
      try {
        expect(await loadDemo({ ...demo.deps, actor: null, ip: null })).toBe(true);
        const halls = (await demo.app.inject({ method: 'GET', url: '/api/v1/public/halls' })).json().halls;
        expect(halls).toEqual([{ id: expect.any(String), name: '南昌市民中心政务服务大厅' }]);
        const screen = (await demo.app.inject({ method: 'GET', url: `/api/v1/public/halls/${halls[0].id}/screen` })).json();
        expect(screen.categories.map((c: { prefix: string; name: string }) => `${c.prefix} ${c.name}`)).toEqual(['A 企业开办', 'B 不动产登记', 'C 社保医保', 'D 综合事项']);
        expect(screen).toMatchObject({ open: false, hoursToday: [{ open: '09:00', close: '12:00' }, { open: '13:30', close: '17:00' }] });
        // Tuesday 3 March: 6 + 7 half hours for each category.
        const slots = (await demo.app.inject({ method: 'GET', url: `/api/v1/public/halls/${halls[0].id}/slots?from=2026-03-03&to=2026-03-03` })).json().slots;
        expect(slots).toHaveLength(4 * 13);
      } finally {
        await demo.close();
      }
    });

    it('sets up a hall (admin only); bad input is reported field by field and changes nothing', async () => {
      const h = await hallScene();
      const setup = (await send('GET', `/api/v1/halls/${h.hall.id}`, h.token)).json();
      expect(setup).toMatchObject({ setUp: true, settings: { noShowCalls: 3 }, categories: [{ prefix: 'A', itemCodes: [h.itemCode] }, { prefix: 'B' }] });
      expect(setup.windows.map((w: { number: string }) => w.number)).toEqual(['1', '2', '3']);

      const overlapping = await send('PUT', `/api/v1/halls/${h.hall.id}/settings`, h.token, {
        ...SETTINGS, hours: [{ weekday: 1, open: '09:00', close: '12:00' }, { weekday: 1, open: '11:00', close: '13:00' }, { weekday: 2, open: '12:00', close: '11:00' }],
      });
      expect(overlapping.statusCode).toBe(400);
      expect(overlapping.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['hours[2].close']);
      const taken = await send('POST', `/api/v1/halls/${h.hall.id}/categories`, h.token, { prefix: 'A', name: '重复', itemCodes: ['NO-SUCH-ITEM'] });
      expect(taken.statusCode).toBe(400);
      expect(taken.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['prefix', 'itemCodes[0]']);
      expect((await send('POST', `/api/v1/halls/${h.hall.id}/categories`, h.token, { prefix: 'I', name: '像数字' })).statusCode).toBe(400);
      const sameNumber = await send('PUT', `/api/v1/halls/${h.hall.id}/windows/${h.window(1)}`, h.token, { number: '1', categoryIds: [h.A], active: true });
      expect(sameNumber.json().error.fields).toEqual([{ field: 'number', message: expect.any(String) }]);
      const foreign = await buildDepartment(t, h.city, { kind: 'window', name: '别处的窗口' });
      expect((await send('PUT', `/api/v1/halls/${h.hall.id}/windows/${foreign.id}`, h.token, { number: '9', categoryIds: [], active: true })).statusCode).toBe(400);
      expect((await send('GET', `/api/v1/halls/${h.hall.id}`, h.token)).json()).toEqual(setup);

      expect((await send('PUT', `/api/v1/halls/${h.hall.id}/settings`, h.clerk.token, SETTINGS)).statusCode).toBe(403);
      expect((await send('GET', `/api/v1/halls/${h.hall.id}`)).statusCode).toBe(401);
    });

    it('takes numbers only while the hall is open; numbers never repeat under parallel takes, and start again the next day', async () => {
      const h = await hallScene();
      const closed = await send('POST', `/api/v1/public/halls/${h.hall.id}/tickets`, undefined, { categoryId: h.A, channel: 'kiosk' });
      expect(closed.statusCode).toBe(409);
      expect(closed.json().error.code).toBe('hall.closed');

      at('2026-03-02T09:00:00');
      const taken = await Promise.all(Array.from({ length: 60 }, (_, i) => h.take(i % 2 === 0 ? h.A : h.B)));
      const numbers = taken.map((x) => x.number).sort();
      expect(new Set(numbers).size).toBe(60);
      expect(numbers.filter((n) => n.startsWith('A'))).toEqual(Array.from({ length: 30 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
      expect(numbers.filter((n) => n.startsWith('B'))).toHaveLength(30);
      // No personal data on a ticket, and the phone page needs its code.
      expect((await send('GET', `/api/v1/public/hall-tickets/${taken[0]!.id}?code=wrong-code-123`)).statusCode).toBe(404);
      expect(taken[0]!.path).toBe(`/hall/ticket/${taken[0]!.id}?code=${taken[0]!.accessCode}`);

      at('2026-03-03T09:00:00');
      expect((await h.take(h.A)).number).toBe('A001');
    });

    it('two windows calling at once never get the same ticket; a window holds one ticket at a time', async () => {
      at('2026-03-03T09:30:00');
      const h = await hallScene();
      const more = [];
      for (const n of ['4', '5']) more.push(await buildDepartment(t, h.city, { name: `${n} 号窗口`, kind: 'window', parent: h.hall }));
      for (const [i, w] of more.entries()) {
        await send('PUT', `/api/v1/halls/${h.hall.id}/windows/${w.id}`, h.token, { number: String(i + 4), categoryIds: [h.A, h.B], active: true });
      }
      const windows = [h.window(0), h.window(1), h.window(2), ...more.map((w) => w.id)];
      await Promise.all(Array.from({ length: 24 }, (_, i) => h.take(i % 3 === 0 ? h.B : h.A)));

      const called: string[] = [];
      for (let round = 0; round < 8; round += 1) {
        const answers = await Promise.all(windows.map((w) => send('POST', `/api/v1/hall-windows/${w}/call-next`, h.clerk.token)));
        const tickets = answers.map((a) => a.json().ticket as Ticket | null);
        for (const ticket of tickets) if (ticket) called.push(ticket.id);
        await Promise.all(windows.map((w, i) => (tickets[i] ? send('POST', `/api/v1/hall-windows/${w}/finish`, h.clerk.token) : null)));
      }
      expect(called).toHaveLength(24);
      expect(new Set(called).size).toBe(24);

      await h.take(h.A);
      await h.take(h.A);
      const twice = await Promise.all([h.act(1, 'call-next'), h.act(1, 'call-next')]);
      expect(twice.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const held = (await send('GET', `/api/v1/hall-windows/${h.window(1)}`, h.clerk.token)).json();
      expect(held.current.number).toBe(twice.find((r) => r.statusCode === 200)!.json().ticket.number);
      expect(held.categories.find((c: { id: string }) => c.id === h.A)).toMatchObject({ waiting: 1, served: true });
    });

    it('calls priority tickets first (appointment, elderly, disabled), then first come first called; an ordinary ticket ages into priority', async () => {
      at('2026-03-03T10:00:00');
      const h = await hallScene();
      const a1 = await h.take(h.A);
      const a2 = await h.take(h.A, { assist: 'elderly' });
      const a3 = await h.take(h.A);
      const a4 = await h.take(h.A, { assist: 'disabled' });
      const a5 = await h.take(h.A, { idNumber: idBornOn('19560101') });
      const a6 = await h.take(h.A, { idNumber: idBornOn('19900101') });
      expect([a1, a2, a3, a4, a5, a6].map((x) => x.priority)).toEqual(['none', 'elderly', 'none', 'disabled', 'elderly', 'none']);
      // Nobody closed yet: set minutes (10) over the windows serving A (1 and 2); a1 has the 3 priority tickets ahead.
      expect(await h.phone(a1)).toMatchObject({ status: 'waiting', ahead: 3, estimatedWaitMinutes: 15 });
      expect(await h.phone(a2)).toMatchObject({ ahead: 0, estimatedWaitMinutes: 0 });

      const order: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        order.push((await h.callNext(1))!.number);
        await h.act(1, 'finish');
      }
      expect(order).toEqual([a2, a4, a5, a1, a3, a6].map((x) => x.number));

      // Aging: an ordinary ticket waiting 30 minutes ranks with a priority ticket that came after it.
      const old = await h.take(h.A);
      at('2026-03-03T10:31:00');
      const elderly = await h.take(h.A, { assist: 'elderly' });
      expect((await h.callNext(1))!.id).toBe(old.id);
      await h.act(1, 'finish');
      expect((await h.callNext(1))!.id).toBe(elderly.id);
    });

    it('recalls up to N times, then a skip makes a no-show; an earlier skip sends the ticket to the back; transfer keeps number and place', async () => {
      at('2026-03-03T14:00:00');
      const h = await hallScene();
      const first = await h.take(h.A);
      const second = await h.take(h.A);
      at('2026-03-03T14:01:00');
      expect((await h.callNext(1))!.id).toBe(first.id);
      expect(await h.phone(first)).toMatchObject({ status: 'called', windowNumber: '2', callCount: 1 });
      const skipped = (await h.act(1, 'skip')).json().ticket;
      expect(skipped).toMatchObject({ status: 'waiting', callCount: 1 });
      expect((await h.callNext(1))!.id).toBe(second.id);
      await h.act(1, 'finish');
      expect((await h.callNext(1))!.id).toBe(first.id);
      expect((await h.act(1, 'recall')).json().ticket.callCount).toBe(3);
      const limit = await h.act(1, 'recall');
      expect(limit.statusCode).toBe(409);
      expect(limit.json().error.code).toBe('hall.call_limit');
      expect((await h.act(1, 'skip')).json().ticket).toMatchObject({ status: 'no_show', callCount: 3 });
      expect(await h.phone(first)).toMatchObject({ status: 'no_show' });
      expect((await h.act(1, 'finish')).json().error.code).toBe('hall.no_current_ticket');

      // Transfer: A's ticket, taken before B's, goes to B's queue with its number and is called first there.
      const fromA = await h.take(h.A);
      at('2026-03-03T14:02:00');
      const onB = await h.take(h.B);
      expect((await h.callNext(1))!.id).toBe(fromA.id);
      const moved = (await h.act(1, 'transfer', { categoryId: h.B })).json().ticket;
      expect(moved).toMatchObject({ number: fromA.number, status: 'waiting', categoryId: h.B, callCount: 0, transfers: 1 });
      expect((await h.callNext(2))!.id).toBe(fromA.id);

      // Finishing with the case the clerk opened links it; a case out of the clerk's reach is 404.
      const opened = await send('POST', '/api/v1/cases', h.clerk.token, { ...application(h.itemCode), applicantId: h.applicant.id, channel: 'window' });
      expect(opened.statusCode, opened.body).toBe(201);
      expect((await h.act(2, 'finish', { caseId: opened.json().id })).json().ticket).toMatchObject({ status: 'finished', caseId: opened.json().id });
      expect((await h.callNext(2))!.id).toBe(onB.id);
      expect((await send('POST', `/api/v1/hall-tickets/${onB.id}/case`, h.clerk.token, { caseId: randomUUID() })).statusCode).toBe(404);
      expect((await send('POST', `/api/v1/hall-tickets/${onB.id}/case`, h.clerk.token, { caseId: opened.json().id })).json().ticket.caseId).toBe(opened.json().id);

      // A clerk of window 3 reaches window 3 only.
      const window3Clerk = await buildStaff(t, h.windows[2]!, ['clerk']);
      const token3 = await signIn(t, window3Clerk.username);
      expect((await send('POST', `/api/v1/hall-windows/${h.window(0)}/call-next`, token3)).statusCode).toBe(403);
      expect((await send('GET', '/api/v1/hall-windows', token3)).json().windows.map((w: { number: string }) => w.number)).toEqual(['3']);
    });

    it('books, changes and cancels appointments within capacity; check-in makes a priority ticket; no-shows are counted', async () => {
      at('2026-03-03T15:00:00');
      const h = await hallScene();
      const slots = await send('POST', `/api/v1/halls/${h.hall.id}/slots`, h.token, {
        categoryId: h.A, from: '2026-03-04', to: '2026-03-08', times: [{ start: '10:00', end: '10:30' }, { start: '10:30', end: '11:00' }, { start: '18:00', end: '18:30' }], capacity: 1,
      });
      // Wed–Fri are open (18:00 is after closing); Saturday and Sunday have no hours.
      expect(slots.json()).toEqual({ created: 6, days: 3 });
      await send('POST', `/api/v1/halls/${h.hall.id}/slots`, h.token, { categoryId: h.B, from: '2026-03-04', to: '2026-03-04', times: [{ start: '10:00', end: '10:30' }], capacity: 5 });
      const list = (await send('GET', `/api/v1/public/halls/${h.hall.id}/slots?from=2026-03-04&to=2026-03-06`)).json().slots as { id: string; day: string; startTime: string; categoryId: string }[];
      const slot = (day: string, time: string, category = h.A) => list.find((s) => s.day === day && s.startTime === time && s.categoryId === category)!.id;

      const other = await buildApplicant(t);
      const booked = await send('POST', '/api/v1/hall-appointments', h.applicant.token, { slotId: slot('2026-03-04', '10:00') });
      expect(booked.statusCode, booked.body).toBe(201);
      expect(booked.json()).toMatchObject({ status: 'booked', day: '2026-03-04', startTime: '10:00', categoryName: '企业开办' });
      expect((await send('POST', '/api/v1/hall-appointments', other.token, { slotId: slot('2026-03-04', '10:00') })).json().error.code).toBe('hall.slot_full');
      expect((await send('POST', '/api/v1/hall-appointments', h.applicant.token, { slotId: slot('2026-03-04', '10:30') })).json().error.code).toBe('hall.appointment_exists');
      expect((await send('POST', '/api/v1/hall-appointments', h.clerk.token, { slotId: slot('2026-03-04', '10:30') })).statusCode).toBe(403);
      // Another applicant's appointment does not exist for this one.
      expect((await send('POST', `/api/v1/hall-appointments/${booked.json().id}/cancel`, other.token)).statusCode).toBe(404);

      const changed = await send('POST', `/api/v1/hall-appointments/${booked.json().id}/change`, h.applicant.token, { slotId: slot('2026-03-04', '10:30') });
      expect(changed.json()).toMatchObject({ startTime: '10:30', status: 'booked' });
      // Each booking and change is told with the check-in code: in the inbox, and by SMS to the registered phone.
      const told = await t.deps.store.db.selectFrom('notifications').leftJoin('notification_outbox', 'notification_outbox.notification_id', 'notifications.id')
        .select(['notifications.event', 'notifications.params', 'notification_outbox.channel']).where('notifications.user_id', '=', h.applicant.id)
        .where('notifications.event', 'like', 'hall.%').orderBy('notifications.created_at').orderBy('notifications.event').execute();
      const appointmentParams = { hallName: h.hall.name, categoryName: '企业开办', day: '2026-03-04', endTime: expect.any(String), checkinCode: booked.json().checkinCode };
      expect(told.map((n) => ({ ...n, params: JSON.parse(n.params) }))).toEqual([
        { event: 'hall.appointment_booked', params: { ...appointmentParams, startTime: '10:00' }, channel: 'sms' },
        { event: 'hall.appointment_changed', params: { ...appointmentParams, startTime: '10:30' }, channel: 'sms' },
      ]);
      expect(changed.json().checkinCode).toBe(booked.json().checkinCode);
      // The place given back is free again.
      const otherBooked = await send('POST', '/api/v1/hall-appointments', other.token, { slotId: slot('2026-03-04', '10:00') });
      expect(otherBooked.statusCode).toBe(201);
      const onB = await send('POST', '/api/v1/hall-appointments', other.token, { slotId: slot('2026-03-04', '10:00', h.B) });
      expect((await send('POST', `/api/v1/hall-appointments/${onB.json().id}/cancel`, other.token)).json().status).toBe('cancelled');
      expect((await send('POST', '/api/v1/hall-appointments', other.token, { slotId: slot('2026-03-04', '10:00', h.B) })).statusCode).toBe(201);

      const early = await send('POST', `/api/v1/hall-appointments/${changed.json().id}/check-in`, h.applicant.token);
      expect(early.json().error.code).toBe('hall.check_in_early');

      at('2026-03-04T10:05:00');
      const walkIn = await h.take(h.A);
      const byCode = await send('POST', `/api/v1/public/halls/${h.hall.id}/check-in`, undefined, { code: changed.json().checkinCode });
      expect(byCode.statusCode, byCode.body).toBe(201);
      expect(byCode.json()).toMatchObject({ priority: 'appointment', status: 'waiting' });
      expect((await send('POST', `/api/v1/public/halls/${h.hall.id}/check-in`, undefined, { code: changed.json().checkinCode })).statusCode).toBe(409);
      expect((await h.callNext(1))!.id).toBe(byCode.json().id);
      expect((await h.act(1, 'finish')).statusCode).toBe(200);
      expect((await h.callNext(1))!.id).toBe(walkIn.id);

      // The other applicant never came: a no-show once the slot ended; three within 90 days suspend booking.
      expect((await send('POST', `/api/v1/hall-appointments/${otherBooked.json().id}/cancel`, other.token)).json().error.code).toBe('hall.appointment_started');
      expect((await send('POST', '/api/v1/hall-appointments', other.token, { slotId: slot('2026-03-05', '10:00') })).statusCode).toBe(201);
      at('2026-03-05T11:00:00');
      const mine = (await send('GET', '/api/v1/hall-appointments', other.token)).json().appointments as { status: string }[];
      expect(mine.map((a) => a.status).sort()).toEqual(['cancelled', 'no_show', 'no_show', 'no_show']);
      const suspended = await send('POST', '/api/v1/hall-appointments', other.token, { slotId: slot('2026-03-06', '10:00') });
      expect(suspended.json().error).toMatchObject({ code: 'hall.booking_suspended' });
      const figures = (await send('GET', `/api/v1/halls/${h.hall.id}/figures?from=2026-03-04&to=2026-03-05`, h.token)).json();
      expect(figures.appointments).toEqual({ booked: 5, checkedIn: 1, cancelled: 1, noShows: 3, noShowRate: 0.75 });
    });

    it('pushes a call to the phone page and the screen within a second, also when another server made it', async () => {
      at('2026-03-05T14:00:00');
      const h = await hallScene();
      // A second server process on the same database: it sees the first one's changes only through the database.
      const otherStore = createDatabase(t.dbUrl);
      const other: FastifyInstance = await buildServer({ deps: { ...t.deps, store: otherStore }, jobs: [], webRoot: null, logLevel: 'silent', version: 'test' });
      await other.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`;
      try {
        const issued = await h.take(h.A);
        const phone = await openStream(`${base}/api/v1/public/hall-tickets/${issued.id}/stream?code=${issued.accessCode}`);
        const screen = await openStream(`${base}/api/v1/public/halls/${h.hall.id}/screen/stream`);
        expect(await phone.next((v) => v.status === 'waiting')).toMatchObject({ number: issued.number, ahead: 0 });
        expect((await screen.next(() => true)).categories).toEqual(expect.arrayContaining([expect.objectContaining({ prefix: 'A', waiting: 1 })]));

        const started = performance.now();
        await h.callNext(1);
        const called = await phone.next((v) => v.status === 'called');
        const phoneMs = performance.now() - started;
        const shown = await screen.next((v) => (v.calls as unknown[]).length > 0);
        const screenMs = performance.now() - started;
        expect(called).toMatchObject({ number: issued.number, windowNumber: '2' });
        expect(shown.calls[0]).toMatchObject({ number: issued.number, windowNumber: '2' });
        expect(phoneMs).toBeLessThan(1000);
        expect(screenMs).toBeLessThan(1000); phone.close();
        screen.close();
        expect((await fetch(`${base}/api/v1/public/hall-tickets/${issued.id}/stream?code=nope-nope-nope`)).status).toBe(404);
      } finally {
        await other.close();
        await otherStore.close();
      }
    });

    it('computes a simulated day\'s waiting and serving figures as by hand', async () => {
      at('2026-03-06T08:30:00');
      const h = await hallScene();
      const clerk2 = await buildStaff(t, h.hall, ['clerk']);
      const token2 = await signIn(t, clerk2.username);
      const by = (token: string) => async (i: number, action: string) => send('POST', `/api/v1/hall-windows/${h.window(i)}/${action}`, token);
      const [c1, c2] = [by(h.clerk.token), by(token2)];
      const step = async (time: string, run: () => Promise<unknown>) => {
        at(`2026-03-06T${time}:00`);
        await run();
      };
      // The day (Friday 6 March), minute by minute:
      //   08:40 A001 taken   08:41 B001 taken   08:45 A002 taken   09:10 A003 taken
      //   09:00 window 1 (clerk 1) calls A001 → wait 20; finishes 09:12 → serve 12
      //   09:05 window 3 (clerk 2) calls B001 → wait 24; finishes 09:11 → serve 6
      //   09:15 window 2 (clerk 1) calls A002 → wait 30; skip 09:16, recall… see below: no-show after 3 calls
      //         (09:15 call, 09:16 recall, 09:17 recall, 09:18 skip → no-show)
      //   09:20 window 1 (clerk 2) calls A003 → wait 10; finishes 09:40 → serve 20
      // Hand computation:
      //   total: 4 tickets, 4 called, 3 finished, 1 no-show
      //   wait  = (20 + 24 + 30 + 10) / 4 = 21; max 30
      //   serve = (12 + 6 + 20) / 3 = 12.67 → 12.7
      //   no-show rate = 1 / (3 + 1) = 0.25
      //   A: 3 tickets, wait (20 + 30 + 10) / 3 = 20, serve (12 + 20) / 2 = 16, no-show 1/3 = 0.3333
      //   B: 1 ticket, wait 24, serve 6, no-show 0
      //   window 1: A001, A003 → wait 15, serve 16; window 2: A002 → wait 30, no serve, rate 1; window 3: B001
      //   clerk 1 (called A001, A002): wait 25, serve 12, rate 0.5; clerk 2 (B001, A003): wait 17, serve 13
      //   per hour: 08h 3 tickets, 09h 1
      await step('08:40', () => h.take(h.A));
      await step('08:41', () => h.take(h.B));
      await step('08:45', () => h.take(h.A));
      await step('09:00', () => c1(0, 'call-next'));
      await step('09:05', () => c2(2, 'call-next'));
      await step('09:10', () => h.take(h.A));
      await step('09:11', () => c2(2, 'finish'));
      await step('09:12', () => c1(0, 'finish'));
      await step('09:15', () => c1(1, 'call-next'));
      await step('09:16', () => c1(1, 'recall'));
      await step('09:17', () => c1(1, 'recall'));
      await step('09:18', () => c1(1, 'skip'));
      await step('09:20', () => c2(0, 'call-next'));
      await step('09:40', () => c2(0, 'finish'));

      const response = await send('GET', `/api/v1/halls/${h.hall.id}/figures?from=2026-03-06&to=2026-03-06`, h.supervisor.token);
      expect(response.statusCode, response.body).toBe(200);
      const f = response.json();
      expect(f.total).toEqual({ tickets: 4, called: 4, finished: 3, noShows: 1, avgWaitMinutes: 21, maxWaitMinutes: 30, avgServeMinutes: 12.7, noShowRate: 0.25 });
      const row = (rows: { name: string }[], name: string) => rows.find((r) => r.name === name);
      expect(row(f.byCategory, 'A 企业开办')).toMatchObject({ tickets: 3, avgWaitMinutes: 20, avgServeMinutes: 16, noShowRate: 0.3333 });
      expect(row(f.byCategory, 'B 综合')).toMatchObject({ tickets: 1, avgWaitMinutes: 24, avgServeMinutes: 6, noShowRate: 0 });
      expect(row(f.byWindow, '1')).toMatchObject({ tickets: 2, avgWaitMinutes: 15, avgServeMinutes: 16 });
      expect(row(f.byWindow, '2')).toMatchObject({ tickets: 1, avgWaitMinutes: 30, avgServeMinutes: null, noShowRate: 1 });
      const names = f.byClerk.map((r: { name: string }) => r.name);
      expect(names).toHaveLength(2);
      const clerk1 = f.byClerk.find((r: { key: string }) => r.key === h.clerk.id);
      const clerk2Row = f.byClerk.find((r: { key: string }) => r.key === clerk2.id);
      expect(clerk1).toMatchObject({ tickets: 2, avgWaitMinutes: 25, avgServeMinutes: 12, noShowRate: 0.5 });
      expect(clerk2Row).toMatchObject({ tickets: 2, avgWaitMinutes: 17, avgServeMinutes: 13 });
      expect(f.perHour.filter((p: { tickets: number }) => p.tickets > 0)).toEqual([{ hour: 8, tickets: 3 }, { hour: 9, tickets: 1 }]);
      expect((await send('GET', `/api/v1/halls/${h.hall.id}/figures?from=2026-03-06&to=2026-03-05`, h.token)).statusCode).toBe(400);
      expect((await send('GET', `/api/v1/halls/${h.hall.id}/figures?from=2026-03-06&to=2026-03-06`, h.clerk.token)).statusCode).toBe(403);
    });

    it('counts wrong check-in codes against the address: after 30 in an hour even the right code waits (429); another address checks in', async () => {
      at('2026-03-09T08:40:00');
      const h = await hallScene();
      await send('POST', `/api/v1/halls/${h.hall.id}/slots`, h.token, { categoryId: h.A, from: '2026-03-09', to: '2026-03-09', times: [{ start: '09:00', end: '09:30' }], capacity: 2 });
      const slots = (await send('GET', `/api/v1/public/halls/${h.hall.id}/slots?from=2026-03-09&to=2026-03-09`)).json().slots as { id: string; categoryId: string }[];
      const booked = await send('POST', '/api/v1/hall-appointments', h.applicant.token, { slotId: slots.find((slot) => slot.categoryId === h.A)!.id });
      const code = booked.json().checkinCode as string;
      at('2026-03-09T09:05:00');
      const checkIn = (ip: string, guess: string) =>
        t.app.inject({ method: 'POST', url: `/api/v1/public/halls/${h.hall.id}/check-in`, headers: { 'x-forwarded-for': ip }, payload: { code: guess } });
      for (let i = 1; i <= 30; i += 1) {
        expect((await checkIn('198.51.100.7', String((Number(code) + i) % 100_000_000).padStart(8, '0'))).statusCode).toBe(404);
      }
      const refused = await checkIn('198.51.100.7', code);
      expect([refused.statusCode, refused.json().error.code]).toEqual([429, 'hall.check_in_too_many_attempts']);
      expect(refused.json().error.message).toBe('签到码错误次数过多，签到已暂停，请于 2026-03-09T10:05:00.000+08:00 后再试，或到窗口办理');
      const kiosk = await checkIn('198.51.100.8', code);
      expect(kiosk.statusCode, kiosk.body).toBe(201);
      expect(kiosk.json()).toMatchObject({ priority: 'appointment' });
    });
  });
}

/** Reads a server-sent event stream; `next` waits for the first event whose data passes `test`. */
async function openStream(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queue: Record<string, unknown>[] = [];
  const read = async (): Promise<void> => {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      if (data) queue.push(JSON.parse(data) as Record<string, unknown>);
    }
  };
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- events are asserted field by field
    async next(test: (value: Record<string, any>) => boolean, timeoutMs = 3000): Promise<Record<string, any>> {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const index = queue.findIndex(test);
        if (index >= 0) return queue.splice(0, index + 1).pop()!;
        queue.length = 0;
        if (performance.now() > deadline) throw new Error(`no matching event from ${url}`);
        await read();
      }
    },
    close: () => controller.abort(),
  };
}
