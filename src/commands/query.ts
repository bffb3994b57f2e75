// fuselog query '<body>'
import type { Command } from 'commander';
import { TABLE_FORMATS, formatRows, type TableFormat } from '../table.js';
import { act, dbOption, formatOption, open, type Ctx } from './shared.js';

export function register(program: Command, ctx: Ctx): void {
  program
    .command('query')
    .description('an ad-hoc query over the facts and derived relations of the last analysis')
    .argument('<body>', `a rule body, e.g. 'modifies("pm:do_fork", G, C), global_class(G, "global")'`)
    .addOption(dbOption())
    .addOption(formatOption(TABLE_FORMATS, 'table'))
    .action(act(ctx, async (body: string, opts: { db: string; format: TableFormat }) => {
      const a = await open(opts);
      const r = await a.query(body);
      process.stdout.write(formatRows(r.columns, r.rows, opts.format));
      return 0;
    }));
}
