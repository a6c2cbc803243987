import nodemailer from 'nodemailer';
import { ConfigError } from '../../config.js';
import type { Lang } from '../../core/errors.js';
import { maskPhone } from '../../core/identity/index.js';

/** One rendered message on its way out; `id` is the outbox row's, stable across retries. */
export interface OutgoingMessage {
  readonly id: string;
  readonly to: string;
  readonly lang: Lang;
  readonly title: string;
  readonly body: string;
  readonly sms: string;
}

/**
 * Sends one message or throws. An error with `permanent: true` (nodemailer sets it on 5xx replies) is
 * not retried; any other error is.
 */
export interface Transport {
  send(message: OutgoingMessage): Promise<void>;
}

/** A transport per channel; null where the channel is not configured (its rows are skipped). */
export interface Transports {
  readonly email: Transport | null;
  readonly sms: Transport | null;
  /** The site's public address (TONGBAN_PUBLIC_URL) put in front of links in messages; null leaves them as paths. */
  readonly publicUrl?: string | null;
}

/** Whether a send failure is final. */
export function isPermanentFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { permanent?: unknown }).permanent === true;
}

/**
 * Email over SMTP. The Message-ID is the outbox id, so a message resent after a crash between send
 * and mark carries the same id and the receiving side can drop the copy. Timeouts keep one attempt
 * well inside the dispatcher's claim.
 */
export function smtpTransport(options: { url: string; from: string }): Transport {
  const mailer = nodemailer.createTransport({ url: options.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  const domain = /@([^>\s]+)/.exec(options.from)?.[1] ?? 'tongban.invalid';
  return {
    async send(message) {
      await mailer.sendMail({
        from: options.from, to: message.to, subject: message.title, text: message.body,
        messageId: `<${message.id}@${domain}>`, headers: { 'Content-Language': message.lang === 'zh' ? 'zh-CN' : 'en' },
      });
    },
  };
}

/** SMS written to the log instead of a gateway: the phone masked, the text as it would be sent. */
export function logSmsTransport(write: (line: string) => void): Transport {
  return {
    async send(message) {
      write(JSON.stringify({ level: 30, time: Date.now(), msg: 'sms (log transport)', outboxId: message.id, to: maskPhone(message.to), text: message.sms }));
    },
  };
}

/** SMS modes: `log` writes each message to the server log; `off` sends none (their rows are skipped). */
export const SMS_MODES = ['log', 'off'] as const;

/**
 * The transports configured by TONGBAN_SMTP_URL (smtp:// or smtps://, optional: no email without it),
 * TONGBAN_MAIL_FROM (the sender), TONGBAN_SMS (`log` by default) and TONGBAN_PUBLIC_URL (the address links in
 * messages open). A bad value stops startup.
 */
export function transportsFromEnv(env: NodeJS.ProcessEnv, write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Transports {
  const url = env.TONGBAN_SMTP_URL?.trim() || null;
  if (url !== null && !/^smtps?:\/\/[^/]+/.test(url)) throw new ConfigError('Invalid configuration: TONGBAN_SMTP_URL: use smtp://user:pass@host:587 or smtps://…');
  const from = env.TONGBAN_MAIL_FROM?.trim() || 'no-reply@localhost';
  if (!/@/.test(from)) throw new ConfigError(`Invalid configuration: TONGBAN_MAIL_FROM: not an email address: "${from}"`);
  const sms = env.TONGBAN_SMS?.trim() || 'log';
  if (!(SMS_MODES as readonly string[]).includes(sms)) throw new ConfigError(`Invalid configuration: TONGBAN_SMS: use ${SMS_MODES.join(' or ')}, got "${sms}"`);
  const publicUrl = env.TONGBAN_PUBLIC_URL?.trim() || null;
  if (publicUrl !== null && !/^https?:\/\/[^/\s]+/.test(publicUrl)) {
    throw new ConfigError(`Invalid configuration: TONGBAN_PUBLIC_URL: use the address applicants open, e.g. https://zwfw.example.gov.cn, got "${publicUrl}"`);
  }
  return { email: url === null ? null : smtpTransport({ url, from }), sms: sms === 'log' ? logSmsTransport(write) : null, publicUrl };
}
