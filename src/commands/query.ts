// fuselog query '<body>'
import type { Command } from 'commander';
import { TABLE_FORMATS, formatRows, type TableFormat } from '../table.js';
import { act, dbOption, formatOption, open, type Ctx } from './shared.js';

/** The names a query body may use as relations (a name before '('): only those are loaded. */
export function relationsIn(body: string): string[] {
  return [...new Set([...body.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1]!))];
}

export function register(program: Command, ctx: Ctx): void {
  program
    .command('query')
    .description('an ad-hoc query over the facts and derived relations of the last analysis')
    .argument('<body>', `a rule body, e.g. 'modifies("pm:do_fork", G, C), global_class(G, "global")'`)
    .addOption(dbOption())
    .addOption(formatOption(TABLE_FORMATS, 'table'))
    .action(act(ctx, async (body: string, opts: { db: string; format: TableFormat }) => {
      const a = await open(opts);
      const db = await a.database(relationsIn(body));
      const r = db.query(body);
      process.stdout.write(formatRows(r.columns, r.rows, opts.format));
      return 0;
    }));
}
