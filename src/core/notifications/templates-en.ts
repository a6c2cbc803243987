import { SUPERVISION_TEMPLATES_EN } from '../supervision/notices.js';
import type { AppointmentRef, Templates } from './events.js';

const SIGN = '[Tongban] ';

const about = (p: { caseNo: string; itemName: string }) => `Your application for "${p.itemName}" (case ${p.caseNo})`;

/** An appointment booked or moved: where and when, and how to check in. */
const appointment = (verb: 'booked' | 'moved') => (p: AppointmentRef) => {
  const when = `${p.day} ${p.startTime}–${p.endTime}`;
  return {
    title: verb === 'booked' ? 'Hall appointment booked' : 'Hall appointment moved',
    body: `Your appointment at ${p.hallName} ("${p.categoryName}") is ${verb === 'booked' ? 'booked for' : 'moved to'} ${when}. Come to the hall from 30 minutes before it starts and check in at the kiosk with code ${p.checkinCode}, or on your phone when signed in.`,
    sms: `${SIGN}Appointment ${verb} at ${p.hallName}, ${when}; check-in code ${p.checkinCode}.`,
  };
};

/** English messages, for users who prefer English. Dates stay `YYYY-MM-DD`. */
export const EN_TEMPLATES: Templates = {
  ...SUPERVISION_TEMPLATES_EN,
  'case.submitted': (p) => ({
    title: 'Application submitted',
    body: `${about(p)} has been submitted. The office will tell you within 5 workdays whether it is accepted.`,
    sms: `${SIGN}Application submitted, case ${p.caseNo}.`,
  }),
  'case.accepted': (p) => ({
    title: 'Application accepted',
    body: `${about(p)} has been accepted. It will be concluded by ${p.dueDate}.`,
    sms: `${SIGN}Case ${p.caseNo} accepted; due by ${p.dueDate}.`,
  }),
  'case.deemed_accepted': (p) => ({
    title: 'Application deemed accepted',
    body: `${about(p)} received no decision within 5 workdays, so by law it is accepted from the day it was received. It will be concluded by ${p.dueDate}.`,
    sms: `${SIGN}Case ${p.caseNo} is deemed accepted; due by ${p.dueDate}.`,
  }),
  'case.correction_required': (p) => ({
    title: 'Please supply missing materials',
    body: `${about(p)} needs corrections. The one-time notice lists everything to supply. Please supply it by ${p.dueDate}; otherwise the application is treated as abandoned.`,
    sms: `${SIGN}Case ${p.caseNo} needs materials by ${p.dueDate}; see the notice online.`,
  }),
  'case.refused': (p) => ({
    title: 'Application refused',
    body: `${about(p)} has been refused. The refusal notice states the reasons and your right to administrative review or a lawsuit.`,
    sms: `${SIGN}Case ${p.caseNo} refused; reasons and remedies online.`,
  }),
  'case.suspended': (p) => ({
    title: 'Time limit suspended',
    body: `${about(p)} is paused for a statutory reason (such as a hearing, testing or expert review); the suspension notice says why and for how long.`,
    sms: `${SIGN}The time limit of case ${p.caseNo} is suspended; details online.`,
  }),
  'case.resumed': (p) => ({
    title: 'Time limit running again',
    body: `${about(p)} is no longer paused: the statutory procedure is over and the time limit runs again. The paused time does not count, so it will now be concluded by ${p.dueDate}.`,
    sms: `${SIGN}The time limit of case ${p.caseNo} runs again; due by ${p.dueDate}.`,
  }),
  'case.extended': (p) => ({
    title: 'Time limit extended',
    body: `${about(p)} has an approved extension. It will now be concluded by ${p.dueDate}; the extension notice gives the reason.`,
    sms: `${SIGN}Case ${p.caseNo} extended to ${p.dueDate}.`,
  }),
  'case.concluded': (p) => ({
    title: 'Case concluded',
    body: p.outcome === 'granted'
      ? `${about(p)} has been concluded and granted.`
      : `${about(p)} has been concluded and denied. The decision states the reasons and your right to administrative review or a lawsuit.`,
    sms: `${SIGN}Case ${p.caseNo} concluded; see the result online.`,
  }),
  'case.delivered': (p) => ({
    title: 'Result delivered',
    body: `The result of ${about(p).replace(/^Your/, 'your')} has been delivered.`,
    sms: `${SIGN}The result of case ${p.caseNo} has been delivered.`,
  }),
  'case.abandoned_reminder': (p) => ({
    title: 'Correction period ending',
    body: `${about(p)} still needs materials. Please supply them by ${p.dueDate}; otherwise the application is treated as abandoned.`,
    sms: `${SIGN}Case ${p.caseNo}: supply materials by ${p.dueDate} or it is abandoned.`,
  }),
  'case.abandoned': (p) => ({
    title: 'Application abandoned',
    body: `${about(p)} was not corrected in time and is treated as abandoned. Apply again if you still need it.`,
    sms: `${SIGN}Case ${p.caseNo} closed: materials not supplied in time.`,
  }),
  'rating.requested': (p) => ({
    title: 'Please rate our service',
    body: `${about(p)} has a result. Please rate the service you received: ${p.rateLink}`,
    sms: `${SIGN}Case ${p.caseNo} has a result; please rate our service: ${p.rateLink}`,
  }),
  'rating.rectified': (p) => ({
    title: 'Your rating was acted on',
    body: `Thank you for rating the service on case ${p.caseNo} ("${p.itemName}"). The department has called back and rectified; the measures and the result are on the case page.`,
    sms: `${SIGN}The department has acted on your rating of case ${p.caseNo}; see the result online.`,
  }),
  'license.revoked': (p) => ({
    title: 'License revoked',
    body: `The electronic license (no. ${p.licenseNo}) granted on ${about(p).replace(/^Your/, 'your')} has been revoked (reason: ${p.reason}). It is no longer valid, and verifying it shows "revoked". You may apply for administrative review or file a lawsuit against the revocation.`,
    sms: `${SIGN}The license of case ${p.caseNo} has been revoked; reason and remedies online.`,
  }),
  'hall.appointment_booked': appointment('booked'),
  'hall.appointment_changed': appointment('moved'),
};
