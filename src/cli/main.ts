import { Command } from 'commander';
import { VERSION } from '../platform.js';
import { loadCliCalendar } from './calendar-loader.js';
import { registerAuditCommand } from './commands/audit.js';
import { registerCalendarCommand } from './commands/calendar.js';
import { registerKeysCommand } from './commands/keys.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerServeCommand } from './commands/serve.js';

const program = new Command('tongban')
  .description('通办 Tongban — government services and administrative approval')
  .version(VERSION);
registerServeCommand(program);
registerMigrateCommand(program);
registerAuditCommand(program);
registerKeysCommand(program);
const calendar = registerCalendarCommand(program, loadCliCalendar);
for (const sub of calendar.commands) sub.option('--db <url>', "include this database's admin overrides (sqlite:PATH or postgres://…)");

await program.parseAsync(process.argv);
