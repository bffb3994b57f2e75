// fuselog explain <entry>
import type { Command } from 'commander';
import { explainEntry, renderExplanation } from '../explain.js';
import { act, dbOption, entriesNamed, open, type Ctx } from './shared.js';

export function register(program: Command, ctx: Ctx): void {
  program
    .command('explain')
    .description('why an entry point has its recovery class: the path of calls and IPC to each store that decided it')
    .argument('<entry>', 'an entry point (pm:do_fork), its short name (do_fork) or a system call (fork)')
    .addOption(dbOption())
    .action(act(ctx, async (name: string, opts: { db: string }) => {
      const a = await open(opts);
      const texts = entriesNamed(a, name).map((e) => renderExplanation(explainEntry(a.results, e)));
      process.stdout.write(texts.join('\n'));
      return 0;
    }));
}
