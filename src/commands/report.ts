// fuselog report [-o report.html] [--format html|md]
import { Option, type Command } from 'commander';
import { renderSvg } from '../graph.js';
import { buildReport, renderHtml, renderMarkdown, SYSTEM_LAYOUT } from '../report.js';
import { act, dbOption, open, writeOut, type Ctx } from './shared.js';

export function register(program: Command, ctx: Ctx): void {
  program
    .command('report')
    .description('one self-contained HTML page (or Markdown): statistics, the whole system, system calls, entry points, unresolved sends, component graphs')
    .addOption(new Option('--format <format>', 'output format').choices(['html', 'md']).default('html'))
    .option('-o, --output <file>', 'where to write it ("-": stdout)', undefined)
    .addOption(dbOption())
    .action(act(ctx, async (opts: { db: string; format: 'html' | 'md'; output?: string }) => {
      const a = await open(opts);
      const comps = a.meta.components;
      const overview: Array<[string, string]> = [
        ['system description', a.meta.systemPath],
        ['analysed', a.meta.date],
        ['components', `${comps.length}: ${comps.map((c) => c.name).join(', ')}`],
        ['rule files', a.meta.rules.map((r) => (r.origin === 'shipped' ? r.name : `${r.name} (${r.origin})`)).join(', ')],
        ['analysis time', `${a.meta.phases.reduce((n, p) => n + p.seconds, 0).toFixed(2)} s (${a.meta.phases.map((p) => `${p.phase} ${p.seconds.toFixed(2)}`).join(', ')})`],
      ];
      const model = buildReport(a.results, { system: a.meta.system, overview });
      let text: string;
      if (opts.format === 'html') {
        model.systemGraph.svg = stripXmlProlog(await renderSvg(model.systemGraph.dot, SYSTEM_LAYOUT));
        for (const g of model.graphs) g.svg = stripXmlProlog(await renderSvg(g.dot));
        text = renderHtml(model);
      } else {
        text = renderMarkdown(model);
      }
      const file = opts.output ?? (opts.format === 'html' ? 'report.html' : 'report.md');
      writeOut(text, file);
      if (file !== '-') process.stderr.write(`wrote ${file}\n`);
      return 0;
    }));
}

/** Graphviz's SVG starts with an XML declaration and DOCTYPE, not allowed inside HTML. */
export function stripXmlProlog(svg: string): string {
  const i = svg.indexOf('<svg');
  return i < 0 ? svg : svg.slice(i);
}
