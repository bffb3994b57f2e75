// fuselog export --format souffle|csv|json|sqlite [-o dir]
import path from 'node:path';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, exportCsv, exportJsonLines, exportSouffle, exportSqlite, relationData, type ExportFormat } from '../export.js';
import { act, dbOption, open, type Ctx } from './shared.js';

export function register(program: Command, ctx: Ctx): void {
  program
    .command('export')
    .description('facts and results for other engines: a Soufflé directory, CSV, JSON lines or SQLite')
    .addOption(new Option('--format <format>', 'what to write').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('-o, --out <dir>', 'output directory (default: fuselog-export-<format>)')
    .addOption(dbOption())
    .action(act(ctx, async (opts: { db: string; format: ExportFormat; out?: string }) => {
      const a = await open(opts);
      const dest = opts.out ?? `fuselog-export-${opts.format}`;
      let written: string[];
      switch (opts.format) {
        case 'souffle': written = exportSouffle(a.dir, dest); break;
        case 'csv': written = exportCsv(relationData(a.store), dest); break;
        case 'json': written = exportJsonLines(relationData(a.store), dest); break;
        case 'sqlite': written = await exportSqlite(relationData(a.store), path.join(dest, 'fuselog.sqlite')); break;
      }
      process.stdout.write(`wrote ${written.length} file${written.length === 1 ? '' : 's'} to ${dest}\n`);
      if (opts.format === 'souffle') process.stdout.write(`run it with: cd ${dest} && souffle -F facts -D out rules/main.dl\n`);
      return 0;
    }));
}
