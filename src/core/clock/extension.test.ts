import { describe, expect, it } from 'vitest';
import { checkExtension, extensionLimit } from './extension.js';

describe('extension (ALL Art. 42)', () => {
  it('allows up to 10 workdays by default, 15 for joint handling, or the item limit', () => {
    expect(extensionLimit()).toBe(10);
    expect(extensionLimit({ jointHandling: true })).toBe(15);
    expect(extensionLimit({ itemLimit: 5, jointHandling: true })).toBe(5);
  });

  it('grants one extension within the limit', () => {
    expect(checkExtension({ requestedDays: 10, previousExtensions: 0, limit: 10 })).toEqual({ ok: true, days: 10 });
  });

  it('refuses a second extension, one over the limit, or a non-positive one', () => {
    expect(checkExtension({ requestedDays: 5, previousExtensions: 1, limit: 10 })).toEqual({ ok: false, reason: 'already_extended', limit: 10 });
    expect(checkExtension({ requestedDays: 11, previousExtensions: 0, limit: 10 })).toEqual({ ok: false, reason: 'over_limit', limit: 10 });
    expect(checkExtension({ requestedDays: 0, previousExtensions: 0, limit: 10 })).toMatchObject({ ok: false, reason: 'not_positive' });
    expect(checkExtension({ requestedDays: 2.5, previousExtensions: 0, limit: 10 })).toMatchObject({ ok: false, reason: 'not_positive' });
  });
});
