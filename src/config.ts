import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DEFAULT_DATABASE_URL, isDatabaseUrl } from './store/database.js';

/** The server's configuration: flags first, then TONGBAN_* environment variables, then defaults. */
/** Log levels, quietest first. */
export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

export const ServeConfig = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  host: Type.String({ minLength: 1, default: '0.0.0.0' }),
  db: Type.String({ minLength: 1, default: DEFAULT_DATABASE_URL }),
  seed: Type.Optional(Type.Literal('demo')),
  simulatedClock: Type.Boolean({ default: false }),
  logLevel: Type.Union(LOG_LEVELS.map((l) => Type.Literal(l)), { default: 'info' }),
  sessionHours: Type.Number({ exclusiveMinimum: 0, maximum: 720, default: 12 }),
  // The licenses' Ed25519 signing keys live here, outside the database (docs/licenses.md).
  keyDir: Type.String({ minLength: 1, default: './data/keys' }),
  // Which proxies' X-Forwarded-For to believe for the client address (lockout, throttles, audit): unset trusts
  // none (the county machine faces its clients); behind a load balancer `true`, a hop count, or its addresses.
  trustProxy: Type.Optional(Type.String({ minLength: 1, pattern: '^(true|[0-9]+|[0-9a-fA-F.:/, ]+)$' })),
});
export type ServeConfig = Static<typeof ServeConfig>;

/** A configuration problem, named by field; startup stops on it. */
export class ConfigError extends Error {}

const ENV: Record<keyof ServeConfig, string> = {
  port: 'TONGBAN_PORT', host: 'TONGBAN_HOST', db: 'TONGBAN_DB', seed: 'TONGBAN_SEED',
  simulatedClock: 'TONGBAN_SIMULATED_CLOCK', logLevel: 'TONGBAN_LOG_LEVEL', sessionHours: 'TONGBAN_SESSION_HOURS',
  keyDir: 'TONGBAN_KEY_DIR', trustProxy: 'TONGBAN_TRUST_PROXY',
};

/** Merges flags, environment and defaults and checks the result, naming the first bad field. */
export function loadServeConfig(flags: Partial<Record<keyof ServeConfig, unknown>>, env: NodeJS.ProcessEnv): ServeConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ENV) as (keyof ServeConfig)[]) {
    const value = flags[key] ?? env[ENV[key]];
    if (value !== undefined) raw[key] = value;
  }
  const converted = Value.Convert(ServeConfig, Value.Default(ServeConfig, raw));
  const error = Value.Errors(ServeConfig, converted).First();
  if (error) {
    const field = error.path.replace(/^\//, '') || '(config)';
    throw new ConfigError(`Invalid configuration: ${field} (--${field} or ${ENV[field as keyof ServeConfig] ?? ''}): ${error.message}`);
  }
  const config = converted as ServeConfig;
  if (!isDatabaseUrl(config.db)) throw new ConfigError(`Invalid configuration: db (--db or TONGBAN_DB): use sqlite:PATH or postgres://…, got "${config.db}"`);
  return config;
}

/** Whose X-Forwarded-For to believe, as Fastify takes it: nobody, everybody, the nearest N hops, or named addresses. */
export type TrustProxy = boolean | string | ((address: string, hop: number) => boolean);

/** The `trustProxy` setting as Fastify takes it: false when unset. */
export function trustProxyOption(value: string | undefined): TrustProxy {
  if (value === undefined) return false;
  if (value === 'true') return true;
  if (!/^[0-9]+$/.test(value)) return value;
  const hops = Number(value);
  return (_address, hop) => hop < hops;
}
