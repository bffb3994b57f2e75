// fuselog repl: queries interactively, with history, dot-commands and completion of relation names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Command } from 'commander';
import type { RelationDecl } from '../outputs.js';
import { CliError, internalErrorMessage, userMessage } from '../errors.js';
import { didYouMean } from '../suggest.js';
import { TABLE_FORMATS, alignedTable, formatRows, type TableFormat } from '../table.js';
import { act, dbOption, open, type Ctx } from './shared.js';

const HELP = `Type a query body, e.g.  entry_point(E, C, "syscall"), recovery_class(E, "global")
  .relations          every relation: name, arity, kind, size
  .schema REL         the columns of a relation
  .format FORMAT      table | tsv | csv | json
  .help               this text
  .quit               leave (also Ctrl-D)
Tab completes relation names.
`;

export const historyFile = (): string => process.env.FUSELOG_HISTORY ?? path.join(os.homedir(), '.fuselog_history');

/** Relation names that complete the identifier under the cursor. */
export function completeRelation(line: string, names: string[]): [string[], string] {
  const m = /([A-Za-z_][A-Za-z0-9_.]*)$/.exec(line);
  const word = m ? m[1] : '';
  if (line.startsWith('.') && !line.includes(' ')) {
    const cmds = ['.help', '.relations', '.schema ', '.format ', '.quit'];
    return [cmds.filter((c) => c.startsWith(line)), line];
  }
  const hits = names.filter((n) => n.startsWith(word));
  return [hits, word];
}

const kind = (r: RelationDecl): string => (r.input ? 'input' : r.output ? 'output' : 'derived');

export function register(program: Command, ctx: Ctx): void {
  program
    .command('repl')
    .description('query the last analysis interactively: history, .help, .relations, .schema REL, tab completion')
    .addOption(dbOption())
    .action(act(ctx, async (opts: { db: string }) => {
      const a = await open(opts);
      const infos = a.store.decls().map((d) => ({ ...d, size: a.store.size(d.name) })).sort((x, y) => x.name.localeCompare(y.name));
      const names = infos.map((r) => r.name);
      const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
      let history: string[] = [];
      if (interactive) {
        try { history = fs.readFileSync(historyFile(), 'utf8').split('\n').filter(Boolean).reverse().slice(0, 1000); } catch { /* first run */ }
      }
      const rl = readline.createInterface({
        input: process.stdin, output: process.stdout, terminal: interactive, history, historySize: 1000,
        completer: (line: string) => completeRelation(line, names), prompt: 'fuselog> ',
      });
      let format: TableFormat = 'table';
      let errors = 0;
      let internal = 0;
      const say = (s: string): void => { process.stdout.write(s.endsWith('\n') ? s : s + '\n'); };
      if (interactive) say(`fuselog repl on ${a.dir} (${a.meta.system}): ${names.length} relations. .help for help.`);
      const prompt = (): void => { if (interactive) rl.prompt(); };
      prompt();
      for await (const raw of rl) {
        const line = raw.trim();
        if (interactive && line) fs.appendFileSync(historyFile(), line + '\n');
        if (!line || line.startsWith('//')) { prompt(); continue; }
        const [cmd, ...args] = line.split(/\s+/);
        if (cmd === '.quit' || cmd === '.exit') break;
        try {
          if (cmd === '.help') say(HELP);
          else if (cmd === '.relations') say(alignedTable(['relation', 'arity', 'kind', 'size'], infos.map((r) => [r.name, r.columns.length, kind(r), r.size])));
          else if (cmd === '.schema') {
            if (!args[0]) throw new CliError('.schema needs a relation name');
            const info = infos.find((r) => r.name === args[0]);
            if (!info) throw new CliError(`no relation '${args[0]}'${didYouMean(args[0], names)}`);
            const where = info.file ? `  // ${info.file}${info.line ? ':' + info.line : ''}` : '';
            say(`.decl ${info.name}(${info.columns.map((c) => `${c.name}: ${c.type}`).join(', ')})  // ${kind(info)}, ${info.size} rows${where}`);
          } else if (cmd === '.format') {
            if (!TABLE_FORMATS.includes(args[0] as TableFormat)) throw new CliError(`.format takes one of ${TABLE_FORMATS.join(', ')}`);
            format = args[0] as TableFormat;
          } else if (cmd.startsWith('.')) throw new CliError(`unknown command ${cmd}${didYouMean(cmd, ['.help', '.relations', '.schema', '.format', '.quit'])}; .help lists them`);
          else {
            // each query loads the stored relations it names: the session starts at once on any size
            const r = await a.query(line.replace(/\.\s*$/, ''));
            process.stdout.write(formatRows(r.columns, r.rows, format));
          }
        } catch (e) {
          const msg = userMessage(e);
          if (msg === undefined) {
            // a bug of ours: said as such, and the session goes on; the exit code says it happened
            process.stdout.write(internalErrorMessage(e, process.env.FUSELOG_DEBUG === '1').replace(/^fuselog: /, ''));
            internal++;
          } else {
            process.stdout.write(/\berror: /.test(msg) ? `${msg}\n` : `error: ${msg}\n`);
            errors++;
          }
        }
        prompt();
      }
      rl.close();
      // on a pipe, a script with failing queries is bad input
      return internal ? 70 : !interactive && errors ? 2 : 0;
    }));
}
