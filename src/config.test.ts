import { describe, expect, it } from 'vitest';
import { ConfigError, loadServeConfig, trustProxyOption } from './config.js';

describe('the serve configuration', () => {
  it('trusts no proxy unless told: then all (true), a hop count, or the named addresses', () => {
    const of = (value?: string) => trustProxyOption(loadServeConfig({}, value === undefined ? {} : { TONGBAN_TRUST_PROXY: value }).trustProxy);
    expect(of()).toBe(false);
    expect(of('true')).toBe(true);
    const twoHops = of('2') as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => twoHops('10.0.0.1', hop))).toEqual([true, true, false]);
    expect(of('10.0.0.1, 10.0.0.0/8')).toBe('10.0.0.1, 10.0.0.0/8');
  });

  it('stops on a proxy setting that is none of those, naming the variable', () => {
    expect(() => loadServeConfig({}, { TONGBAN_TRUST_PROXY: 'everyone' })).toThrow(ConfigError);
    expect(() => loadServeConfig({ trustProxy: 'everyone' }, {})).toThrow(/TONGBAN_TRUST_PROXY/);
  });
});
