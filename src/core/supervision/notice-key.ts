/**
 * The key that makes each supervision notice happen once (DOMAIN.md §7 "each notice is sent once, even
 * with several server processes"): the subject, the clock's kind, the level, and the due instant the
 * level belongs to. The due instant is part of the key because a clock can start again with a new limit
 * (a resubmission restarts the acceptance clock, an extension moves the decision clock): the new limit
 * warns again, the old one never twice. Stored with a unique index and inserted with ON CONFLICT DO NOTHING.
 */
import { toEpochMs, type InstantInput } from '../clock/index.js';
import type { AlertLevel, WarningKind } from './kinds.js';

/**
 * What a notice is about: a case (its office or statutory clock), a workflow task (its step clock), or the
 * rectification of a bad rating (its deadline, DOMAIN.md §8).
 */
export type SubjectType = 'case' | 'task' | 'rectification';

/** The clock a notice is about: a warning kind, or a rectification's deadline. */
export type NoticeKind = WarningKind | 'rectification';

export interface NoticeKey {
  readonly subjectType: SubjectType;
  readonly subjectId: string;
  readonly kind: NoticeKind;
  readonly level: AlertLevel;
  /** UTC ISO text, the one stored form, so equal instants give equal keys. */
  readonly dueAt: string;
}

/** The key of a notice, its due instant normalized to UTC. */
export function noticeKey<K extends NoticeKind>(input: Omit<NoticeKey, 'dueAt' | 'kind'> & { kind: K; dueAt: InstantInput }): NoticeKey & { readonly kind: K } {
  return { ...input, dueAt: new Date(toEpochMs(input.dueAt)).toISOString() };
}

/** Red opens an overdue record that must be explained in writing; yellow only warns (DOMAIN.md §7). */
export function opensOverdueRecord(level: AlertLevel): boolean {
  return level === 'red';
}
