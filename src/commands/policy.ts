// fuselog policy [--format json|c]
import { Option, type Command } from 'commander';
import { buildPolicy, policyC, policyJson } from '../policy.js';
import { act, dbOption, open, writeOut, type Ctx } from './shared.js';

export function register(program: Command, ctx: Ctx): void {
  program
    .command('policy')
    .description('the recovery classes as a policy for a checkpoint/recovery runtime: JSON, or a C header')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'c']).default('json'))
    .option('-o, --output <file>', 'write here instead of stdout')
    .addOption(dbOption())
    .action(act(ctx, async (opts: { db: string; format: 'json' | 'c'; output?: string }) => {
      const a = await open(opts);
      const p = buildPolicy(a.results, a.meta.system);
      writeOut(opts.format === 'json' ? policyJson(p) : policyC(p), opts.output);
      return 0;
    }));
}
