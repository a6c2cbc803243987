import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfigError } from '../../config.js';
import { DomainError } from '../../core/errors.js';

/**
 * Webhook secrets at rest. HMAC needs the secret itself to sign, so it cannot be hashed like a password;
 * it is sealed with AES-256-GCM under TONGBAN_WEBHOOK_KEY (32 bytes, 64 hex digits), which lives in the
 * environment, not the database: a leaked dump does not let anyone forge deliveries. The subscription id
 * is the associated data, so a sealed secret copied onto another row does not open. Without the key
 * (development) a secret is stored as `plain:` and sealed at its next rotation once the key is set.
 */

export const WEBHOOK_KEY_ENV = 'TONGBAN_WEBHOOK_KEY';
const SEALED = 'aes256gcm:';
const PLAIN = 'plain:';

const KEY_FORM = /^[0-9a-fA-F]{64}$/;

function masterKey(env: NodeJS.ProcessEnv): Buffer | null {
  const raw = env[WEBHOOK_KEY_ENV]?.trim();
  if (!raw) return null;
  if (!KEY_FORM.test(raw)) throw new DomainError('webhook.secret_unavailable');
  return Buffer.from(raw, 'hex');
}

/**
 * Checks the key at startup, like the mail and SMS settings: a malformed key stops the server naming the
 * variable (never its value, a secret) instead of failing every subscription later. Whether a key is set:
 * without one secrets are stored unsealed, which the caller warns about.
 */
export function webhookKeyConfigured(env: NodeJS.ProcessEnv): boolean {
  const raw = env[WEBHOOK_KEY_ENV]?.trim();
  if (!raw) return false;
  if (!KEY_FORM.test(raw)) throw new ConfigError(`Invalid configuration: ${WEBHOOK_KEY_ENV}: use 64 hex digits (e.g. openssl rand -hex 32)`);
  return true;
}

/** A new signing secret: 32 random bytes, shown once to the admin who creates or rotates. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** Seals a secret for the row `subscriptionId`. */
export function sealSecret(secret: string, subscriptionId: string, env: NodeJS.ProcessEnv = process.env): string {
  const key = masterKey(env);
  if (key === null) return `${PLAIN}${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(subscriptionId, 'utf8'));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${SEALED}${[iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')}`;
}

/** Opens a sealed secret; a missing or wrong key, or a tampered value, is `webhook.secret_unavailable`. */
export function openSecret(stored: string, subscriptionId: string, env: NodeJS.ProcessEnv = process.env): string {
  if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
  const key = masterKey(env);
  const [iv, tag, sealed] = stored.slice(SEALED.length).split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!stored.startsWith(SEALED) || key === null || !iv || !tag || !sealed) throw new DomainError('webhook.secret_unavailable');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(subscriptionId, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  } catch {
    throw new DomainError('webhook.secret_unavailable');
  }
}
