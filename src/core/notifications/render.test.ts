import { describe, expect, it } from 'vitest';
import type { EventParams, NotificationEvent } from './events.js';
import { isNotificationEvent, NOTIFICATION_EVENTS, renderMessage, renderStoredMessage, withPublicLinks } from './render.js';

const ref = { caseNo: '360100-20260302-0007', itemName: '食品经营许可' };
const dated = { ...ref, dueDate: '2026-03-09' };
const appointmentRef = { hallName: '南昌市民之家', categoryName: '企业开办', day: '2026-03-09', startTime: '10:00', endTime: '10:30', checkinCode: '04817263' };
const SAMPLES: EventParams = {
  'supervision.task_yellow': { ...dated, stepName: '审查' }, 'supervision.red': { ...dated, kind: 'decision', explanationDueDate: '2026-03-12' },
  'supervision.explanation_required': { ...dated, kind: 'step', explanationDueDate: '2026-03-12' },
  'supervision.urged': { ...ref, message: '请加快办理', replyDueDate: '2026-03-12' }, 'supervision.urge_replied': ref,
  'supervision.escalated': { ...ref, message: '请加快办理', replyDueDate: '2026-03-12' },
  'supervision.rectification_yellow': dated, 'supervision.rectification_red': dated,
  'case.submitted': ref, 'case.accepted': dated, 'case.deemed_accepted': dated, 'case.correction_required': dated,
  'case.refused': ref, 'case.suspended': ref, 'case.resumed': dated, 'case.extended': dated, 'case.concluded': { ...ref, outcome: 'denied' },
  'case.delivered': ref, 'case.abandoned_reminder': dated, 'case.abandoned': ref,
  'rating.requested': { ...ref, rateLink: '/rate?caseNo=360100-20260302-0007&queryCode=123456&channel=sms' },
  'rating.rectified': ref, 'license.revoked': { ...ref, licenseNo: '360100-2026-000001', reason: '承诺不实' },
  'hall.appointment_booked': appointmentRef, 'hall.appointment_changed': appointmentRef,
};
const isAboutCase = (event: NotificationEvent) => 'caseNo' in SAMPLES[event];

describe('notification templates', () => {
  for (const event of NOTIFICATION_EVENTS.filter(isAboutCase)) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${event} [${lang}] names the case everywhere and keeps the item name out of the SMS`, () => {
        const message = renderMessage(event, SAMPLES[event], lang);
        expect(message.title).not.toBe('');
        expect(message.body).toContain(ref.caseNo);
        expect(message.body).toContain(ref.itemName);
        expect(message.sms).toContain(ref.caseNo);
        expect(message.sms).not.toContain(ref.itemName);
        expect(`${message.title}${message.body}${message.sms}`).not.toMatch(/undefined|\{\w+\}/);
      });
    }
  }

  for (const event of NOTIFICATION_EVENTS.filter((e) => !isAboutCase(e))) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${event} [${lang}] says where, when and the check-in code, in the SMS too`, () => {
        const message = renderMessage(event, SAMPLES[event], lang);
        for (const text of [message.body, message.sms]) {
          expect(text).toContain(appointmentRef.hallName);
          expect(text).toContain(appointmentRef.startTime);
          expect(text).toContain(appointmentRef.checkinCode);
        }
        expect(message.body).toContain(appointmentRef.categoryName);
        expect(message.sms).toContain(lang === 'zh' ? '2026年3月9日' : '2026-03-09');
        expect(`${message.title}${message.body}${message.sms}`).not.toMatch(/undefined|\{\w+\}/);
      });
    }
  }

  it('writes legal dates the Chinese way in Chinese and as ISO dates in English', () => {
    expect(renderMessage('case.accepted', dated, 'zh').body).toContain('2026年3月9日');
    expect(renderMessage('case.accepted', dated, 'en').body).toContain('2026-03-09');
  });

  it('tells the applicant the moved conclusion date when a suspended clock runs again', () => {
    expect(renderMessage('case.resumed', dated, 'zh')).toMatchObject({ title: '办理时限恢复计算', sms: expect.stringContaining('2026年3月9日') });
    expect(renderMessage('case.resumed', dated, 'en').body).toContain('2026-03-09');
  });

  it('states remedies when a case is denied, not when it is granted', () => {
    expect(renderMessage('case.concluded', { ...ref, outcome: 'denied' }, 'zh').body).toContain('行政复议');
    expect(renderMessage('case.concluded', { ...ref, outcome: 'granted' }, 'zh').body).not.toContain('行政复议');
  });

  it('tells the holder the revoked license, the reason and the remedies; the SMS keeps the reason out', () => {
    const params = { ...ref, licenseNo: '360100-2026-000001', reason: '承诺不实' };
    expect(renderMessage('license.revoked', params, 'zh').body).toMatch(/360100-2026-000001.*承诺不实.*行政复议/);
    expect(renderMessage('license.revoked', params, 'en').body).toMatch(/360100-2026-000001.*承诺不实.*administrative review/);
    expect(renderMessage('license.revoked', params, 'zh').sms).not.toContain('承诺不实');
  });

  it('puts the public address in front of link paths for messages that leave the site, and nothing else', () => {
    const params = { ...ref, rateLink: '/rate?caseNo=1&queryCode=2', reason: '/not-a-link' };
    expect(withPublicLinks(params, 'https://zwfw.example.gov.cn/')).toEqual({ ...params, rateLink: 'https://zwfw.example.gov.cn/rate?caseNo=1&queryCode=2' });
    expect(withPublicLinks(params, null)).toEqual(params);
  });

  it('renders stored rows and rejects an event this build does not know', () => {
    expect(renderStoredMessage('case.accepted', dated, 'zh').title).toBe('办件已受理');
    expect(isNotificationEvent('toString')).toBe(false);
    expect(() => renderStoredMessage('case.teleported', ref, 'zh')).toThrow(/unknown notification event/);
  });
});
