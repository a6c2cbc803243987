import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/run.js';

describe('npm run bench arguments', () => {
  it('keeps a name filter given first, with or without --json PATH', () => {
    expect(parseArgs(['intake', '--quick'], {})).toEqual({ quick: true, json: undefined, filters: ['intake'] });
    expect(parseArgs(['--json', '/tmp/b.json', 'workflow'], {})).toEqual({ quick: false, json: '/tmp/b.json', filters: ['workflow'] });
    expect(parseArgs([], { npm_config_quick: 'true' })).toEqual({ quick: true, json: undefined, filters: [] });
    expect(() => parseArgs(['--json'], {})).toThrow('--json needs a PATH');
  });
});
