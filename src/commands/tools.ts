// The thin wrapper: fuselog schema (fuselog eval is eval.ts, fuselog extract extract.ts).
import type { Command } from 'commander';
import { loadExtractor } from '../backend.js';
import { act, writeOut, type Ctx } from './shared.js';

export function register(program: Command, ctx: Ctx): void {
  program
    .command('schema')
    .description('print the fact schema (facts/schema.dl): every input relation with its columns')
    .option('-o, --output <file>', 'write here instead of stdout')
    .action(act(ctx, async (o: { output?: string }) => {
      const ex = await loadExtractor();
      writeOut(ex.renderSchemaDl(), o.output);
      return 0;
    }));
}
