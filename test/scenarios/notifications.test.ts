import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxJob } from '../../src/jobs/outbox.js';
import { runDueJobs } from '../../src/jobs/scheduler.js';
import { inTransaction } from '../../src/services/context.js';
import { dispatchOutbox } from '../../src/services/notifications/dispatch-outbox.js';
import { enqueueNotification, type NotificationInput } from '../../src/services/notifications/enqueue-notification.js';
import { logSmsTransport, smtpTransport, transportsFromEnv, type Transports } from '../../src/services/notifications/transports.js';
import { createDatabase } from '../../src/store/database.js';
import { claimDueOutbox } from '../../src/store/repositories/notification-repository.js';
import type { NotificationEvent } from '../../src/core/notifications/index.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, signIn } from '../support/factories.js';

/** A real SMTP server on loopback (the outside world), which can be told to answer 4xx/5xx or to be slow. */
async function startSmtp() {
  const state = { received: [] as ParsedMail[], failures: 0, failCode: 451, delayMs: 0 };
  const server = new SMTPServer({
    logger: false, disabledCommands: ['STARTTLS'], allowInsecureAuth: true,
    onAuth: (auth, _session, done) => done(auth.username === 'tongban' && auth.password === 's3cret' ? null : new Error('bad credentials'), { user: auth.username }),
    onData: (stream, _session, done) => void simpleParser(stream).then(async (mail) => {
      await new Promise((resolve) => setTimeout(resolve, state.delayMs));
      if (state.failures > 0) {
        state.failures -= 1;
        return done(Object.assign(new Error('mailbox busy, try later'), { responseCode: state.failCode }));
      }
      state.received.push(mail);
      return done();
    }, done),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { state, url: `smtp://tongban:s3cret@127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

const minutes = (n: number) => n * 60_000;
const params = { caseNo: '360100-20260302-0001', itemName: '食品经营许可', dueDate: '2026-03-20' };

for (const dialect of DIALECTS) {
  describe(`notifications [${dialect}]`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let transports: Transports;
    let smsLog: string[];
    let counter = 0;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });
    beforeEach(async () => {
      smtp = await startSmtp();
      smsLog = [];
      transports = { email: smtpTransport({ url: smtp.url, from: '通办 <no-reply@tongban.test>' }), sms: logSmsTransport((line) => smsLog.push(line)) };
    });
    afterEach(async () => { await smtp.close(); });

    const applicant = async () => {
      counter += 1;
      const username = `notify${counter}${randomUUID().slice(0, 6)}`;
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/applicants',
        payload: { type: 'person', username, password: 'abc12345x', name: '王五', idNumber: '11010519491231002X', phone: '13812341234' },
      });
      expect(response.statusCode).toBe(201);
      const { id } = response.json() as { id: string };
      return { id, email: `${username}@example.test`, token: await signIn(t, username, 'abc12345x') };
    };
    const notify = <E extends NotificationEvent>(input: NotificationInput<E>) =>
      inTransaction(t.deps, (trx) => enqueueNotification(trx, t.deps, input));
    const dispatch = async (using: Transports = transports) => {
      const pass = await runDueJobs(t.deps, [createOutboxJob(using)], { force: true });
      expect(pass.failed).toEqual([]);
    };
    const outboxOf = (notificationId: string) => t.deps.store.db.selectFrom('notification_outbox')
      .select(['id', 'channel', 'status', 'attempts', 'next_attempt_at']).where('notification_id', '=', notificationId).orderBy('channel').execute();
    const mailTo = (address: string) => smtp.state.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);
    const inbox = async (token: string, query = '') =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/notifications${query}`, headers: bearer(token) })).json();
    const later = (ms: number) => t.clock.set(new Date(t.clock.now().getTime() + ms));

    it('sends nothing and keeps nothing when the transaction that enqueued rolls back', async () => {
      const user = await applicant();
      await expect(inTransaction(t.deps, async (trx) => {
        await enqueueNotification(trx, t.deps, { userId: user.id, event: 'case.accepted', params, channels: { email: user.email } });
        throw new Error('the state change failed');
      })).rejects.toThrow('the state change failed');
      await dispatch();
      expect(mailTo(user.email)).toHaveLength(0);
      expect((await inbox(user.token)).notifications).toEqual([]);
    });

    it('delivers a committed notification to the inbox, by email once in Chinese, and by SMS with the phone masked', async () => {
      const user = await applicant();
      const { notificationId } = await notify({ userId: user.id, event: 'case.accepted', params, channels: { email: user.email, phone: '13812341234' } });
      expect((await inbox(user.token)).notifications[0]).toMatchObject({ id: notificationId, title: '办件已受理', readAt: null });
      await dispatch();
      await dispatch();
      const [mail, ...more] = mailTo(user.email);
      expect(more).toHaveLength(0);
      const [email, sms] = await outboxOf(notificationId);
      expect(mail?.subject).toBe('办件已受理');
      expect(mail?.text).toContain('“食品经营许可”（办件编号 360100-20260302-0001）已受理，承诺于 2026年3月20日 前办结');
      expect(mail?.messageId).toBe(`<${email?.id}@tongban.test>`);
      expect([email?.status, sms?.status]).toEqual(['sent', 'sent']);
      expect(smsLog).toHaveLength(1);
      expect(smsLog[0]).toContain('138****1234');
      expect(smsLog[0]).not.toContain('13812341234');
      expect(smsLog[0]).not.toContain('食品经营许可');
    });

    it('writes in English for a user who prefers English', async () => {
      const user = await applicant();
      await notify({ userId: user.id, event: 'case.correction_required', params, lang: 'en', channels: { email: user.email } });
      await dispatch();
      expect(mailTo(user.email)[0]?.subject).toBe('Please supply missing materials');
      expect(mailTo(user.email)[0]?.text).toContain('by 2026-03-20');
      expect((await inbox(user.token)).notifications[0].title).toBe('Please supply missing materials');
    });

    it('sends each message once when two dispatchers run at the same moment', async () => {
      const user = await applicant();
      for (let i = 0; i < 3; i += 1) await notify({ userId: user.id, event: 'case.submitted', params, channels: { email: user.email } });
      smtp.state.delayMs = 50;
      // A second connection to the same database stands in for a second server process.
      const other = createDatabase(t.dbUrl);
      try {
        const now = t.clock.now();
        await Promise.all([dispatchOutbox(t.deps, transports, now), dispatchOutbox({ ...t.deps, store: other }, transports, now)]);
      } finally {
        await other.close();
      }
      const ids = mailTo(user.email).map((mail) => mail.messageId);
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3);
    });

    it('sends a message claimed by a dispatcher that died once its claim runs out, with the same Message-ID', async () => {
      const user = await applicant();
      const { notificationId } = await notify({ userId: user.id, event: 'case.delivered', params, channels: { email: user.email } });
      const now = t.clock.now();
      const [row] = await outboxOf(notificationId);
      await claimDueOutbox(t.deps.store.db, t.deps.store.dialect, { holder: 'crashed', now: now.toISOString(), leaseUntil: new Date(now.getTime() + minutes(10)).toISOString(), limit: 1000 });
      await dispatch();
      expect(mailTo(user.email)).toHaveLength(0);
      later(minutes(10));
      await dispatch();
      expect(mailTo(user.email).map((mail) => mail.messageId)).toEqual([`<${row?.id}@tongban.test>`]);
    });

    it('retries a 451 after 1 and then 5 minutes, and then delivers once', async () => {
      const user = await applicant();
      smtp.state.failures = 2;
      const { notificationId } = await notify({ userId: user.id, event: 'case.concluded', params: { ...params, outcome: 'granted' }, channels: { email: user.email } });
      const step = async (ms: number) => { later(ms); await dispatch(); return (await outboxOf(notificationId))[0]; };
      expect(await step(0)).toMatchObject({ status: 'pending', attempts: 1 });
      expect(await step(minutes(1) - 1_000)).toMatchObject({ status: 'pending', attempts: 1 });
      expect(await step(1_000)).toMatchObject({ status: 'pending', attempts: 2 });
      expect(await step(minutes(5) - 1_000)).toMatchObject({ status: 'pending', attempts: 2 });
      expect(mailTo(user.email)).toHaveLength(0);
      expect(await step(1_000)).toMatchObject({ status: 'sent', attempts: 3 });
      expect(mailTo(user.email)).toHaveLength(1);
    });

    it('gives up after six attempts, and at once on a permanent 550', async () => {
      const user = await applicant();
      smtp.state.failures = 1_000;
      const { notificationId } = await notify({ userId: user.id, event: 'case.abandoned', params, channels: { email: user.email } });
      for (let i = 0; i < 6; i += 1) { later(minutes(6 * 60)); await dispatch(); }
      expect((await outboxOf(notificationId))[0]).toMatchObject({ status: 'failed', attempts: 6 });
      smtp.state.failCode = 550;
      const second = await notify({ userId: user.id, event: 'case.abandoned', params, channels: { email: user.email } });
      await dispatch();
      expect((await outboxOf(second.notificationId))[0]).toMatchObject({ status: 'failed', attempts: 1 });
    });

    it('skips email when no SMTP server is configured instead of queueing it forever', async () => {
      const user = await applicant();
      const { notificationId } = await notify({ userId: user.id, event: 'case.refused', params, channels: { email: user.email } });
      await dispatch({ email: null, sms: transports.sms });
      expect((await outboxOf(notificationId))[0]?.status).toBe('skipped');
    });

    it('shows each user only their own notifications; another user\'s answers 404', async () => {
      const [mine, theirs] = [await applicant(), await applicant()];
      const first = await notify({ userId: mine.id, event: 'case.submitted', params });
      await notify({ userId: mine.id, event: 'rating.rectified', params });
      const foreign = await notify({ userId: theirs.id, event: 'case.submitted', params });
      expect((await inbox(mine.token))).toMatchObject({ total: 2, unread: 2 });
      const read = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${first.notificationId}/read`, headers: bearer(mine.token) });
      expect(read.json().readAt).toBe(t.clock.now().toISOString());
      expect((await inbox(mine.token, '?unread=true')).notifications.map((n: { event: string }) => n.event)).toEqual(['rating.rectified']);
      const stolen = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${foreign.notificationId}/read`, headers: bearer(mine.token) });
      expect([stolen.statusCode, stolen.json().error.code]).toEqual([404, 'request.not_found']);
      const all = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: bearer(mine.token) });
      expect(all.json()).toEqual({ marked: 1 });
      expect(await inbox(mine.token, '?unread=true')).toMatchObject({ notifications: [], total: 0, unread: 0 });
      expect(await inbox(theirs.token, '?unread=true')).toMatchObject({ total: 1, unread: 1 });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
    });
  });
}

describe('notification transports from the environment', () => {
  it('email only with TONGBAN_SMTP_URL, SMS to the log by default, and a bad value names its variable', () => {
    expect(transportsFromEnv({})).toMatchObject({ email: null, sms: expect.any(Object) });
    expect(transportsFromEnv({ TONGBAN_SMTP_URL: 'smtp://u:p@mail.example.test:587', TONGBAN_SMS: 'off' })).toMatchObject({ email: expect.any(Object), sms: null });
    expect(() => transportsFromEnv({ TONGBAN_SMTP_URL: 'mail.example.test' })).toThrow(/TONGBAN_SMTP_URL/);
    expect(() => transportsFromEnv({ TONGBAN_SMS: 'carrier-pigeon' })).toThrow(/TONGBAN_SMS/);
    expect(() => transportsFromEnv({ TONGBAN_MAIL_FROM: 'nobody' })).toThrow(/TONGBAN_MAIL_FROM/);
    expect(transportsFromEnv({ TONGBAN_PUBLIC_URL: 'https://zwfw.example.gov.cn/' }).publicUrl).toBe('https://zwfw.example.gov.cn/');
    expect(() => transportsFromEnv({ TONGBAN_PUBLIC_URL: 'zwfw.example.gov.cn' })).toThrow(/TONGBAN_PUBLIC_URL/);
  });
});
