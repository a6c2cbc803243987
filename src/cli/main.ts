import { Command } from 'commander';
import { VERSION } from '../platform.js';
import { registerAuditCommand } from './commands/audit.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerServeCommand } from './commands/serve.js';

const program = new Command('tongban')
  .description('通办 Tongban — government services and administrative approval')
  .version(VERSION);
registerServeCommand(program);
registerMigrateCommand(program);
registerAuditCommand(program);

await program.parseAsync(process.argv);
