import type { Command } from 'commander';
import { ConfigError, loadServeConfig } from '../../config.js';
import { composePlatform } from '../../platform.js';
import { DEMO_LOGINS } from '../../services/seed/load-demo.js';
import { DEMO_PASSWORD } from '../../services/seed/demo-data.js';
import { redactUrl } from '../redact-url.js';

/** `tongban serve`: runs the API and the web pages. */
export function registerServeCommand(program: Command): void {
  program.command('serve')
    .description('Run the platform (API and web pages); migrations run at start')
    .option('--port <port>', 'port to listen on (TONGBAN_PORT; default 3000)')
    .option('--host <host>', 'address to bind (TONGBAN_HOST)')
    .option('--db <url>', 'sqlite:PATH or postgres://… (TONGBAN_DB; default sqlite:./data/tongban.db)')
    .option('--seed <name>', 'load the demo region, catalog and accounts into an empty database ("demo")')
    .option('--simulated-clock', 'let an admin move the clock with PUT /api/v1/system/clock')
    .option('--log-level <level>', 'silent | error | warn | info | debug (TONGBAN_LOG_LEVEL)')
    .option('--key-dir <dir>', 'folder of the Ed25519 license signing keys (TONGBAN_KEY_DIR; default ./data/keys)')
    .option('--trust-proxy <value>', 'believe X-Forwarded-For from: true, a hop count, or proxy addresses (TONGBAN_TRUST_PROXY; default none)')
    .action(async (flags: Record<string, unknown>) => {
      try {
        const config = loadServeConfig({ ...flags, simulatedClock: flags.simulatedClock === true ? true : undefined }, process.env);
        console.log(`通办 Tongban: opening ${redactUrl(config.db)} and migrating…`);
        const platform = await composePlatform(config);
        const address = await platform.app.listen({ port: config.port, host: config.host });
        if (platform.seeded) {
          console.log(`Demo data loaded. Sign in with any of these (password ${DEMO_PASSWORD}):`);
          const width = Math.max(...DEMO_LOGINS.map((l) => l.username.length)) + 2;
          for (const login of DEMO_LOGINS) console.log(`  ${login.username.padEnd(width)} ${login.roles.padEnd(11)} ${login.name}`);
        } else if (config.seed === 'demo') {
          console.log(`Demo seed skipped: the database already has accounts (demo logins use password ${DEMO_PASSWORD}).`);
        }
        console.log(`通办 Tongban is running on http://localhost:${config.port} (${address}); API docs at /api/docs`);
        if (config.simulatedClock) console.log('Simulated clock: PUT /api/v1/system/clock moves it (admin).');
        const stop = async () => {
          await platform.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      } catch (error) {
        if (error instanceof ConfigError) {
          console.error(error.message);
          process.exit(2);
        }
        throw error;
      }
    });
}
