// The HTML report and an SVG graph, rendered from a small hand-made result set, in headless
// Chromium: the page loads without console errors, the tables sort and filter, the graphs are
// there. Without Chromium these tests are reported as skipped.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { readResults } from '../src/results.js';
import { buildReport, renderHtml, SYSTEM_LAYOUT } from '../src/report.js';
import { entryGraph, renderSvg, toDot } from '../src/graph.js';
import { stripXmlProlog } from '../src/commands/report.js';
import { checkInBrowser, noChromium, testIf, tmpDir } from './cli-support.js';
import { resultsOf, rows } from './helpers/results.js';

const res = readResults(resultsOf({
  component: rows('c', [['pm'], ['vm'], ['vfs'], ['user']]),
  stats: rows('metric value', [['send_sites', 3]]),
  entry_point: rows('e c kind', [['pm:do_fork', 'pm', 'handler'], ['pm:do_getpid', 'pm', 'handler'], ['vfs:do_read', 'vfs', 'handler']]),
  dispatch: rows('c mtype handler', [['pm', 1, 'pm:do_fork'], ['pm', 2, 'pm:do_getpid'], ['vfs', 3, 'vfs:do_read']]),
  recovery_class: rows('e class', [['pm:do_fork', 'global'], ['pm:do_getpid', 'idempotent'], ['vfs:do_read', 'process-local']]),
  call_edge: rows('caller callee kind', [['pm:do_fork', 'pm:helper', 'direct'], ['pm:helper', 'vm:do_fork', 'ipc']]),
  reaches: rows('e f', [['pm:do_fork', 'pm:helper'], ['pm:do_fork', 'vm:do_fork']]),
  entry_reaches_component: rows('e c', [['pm:do_fork', 'pm'], ['pm:do_fork', 'vm'], ['pm:do_getpid', 'pm'], ['vfs:do_read', 'vfs']]),
  syscall: rows('name user_fn comp handler', [['fork', 'user:fork', 'pm', 'pm:do_fork'], ['getpid', 'user:getpid', 'pm', 'pm:do_getpid'], ['read', 'user:read', 'vfs', 'vfs:do_read']]),
  request: rows('req site origin', [['r1', 'user:_syscall:i1', 'user:fork'], ['r2', 'user:_syscall:i1', 'user:getpid'], ['r3', 'user:_syscall:i1', 'user:read'], ['r4', 'pm:helper:i2', 'pm:helper']]),
  request_component: rows('req c', [['r1', 'user'], ['r2', 'user'], ['r3', 'user'], ['r4', 'pm']]),
  request_dest: rows('req c', [['r1', 'pm'], ['r2', 'pm'], ['r3', 'vfs'], ['r4', 'vm']]),
  request_handler: rows('req handler', [['r1', 'pm:do_fork'], ['r2', 'pm:do_getpid'], ['r3', 'vfs:do_read']]),
}));

async function reportFile(): Promise<string> {
  const dir = tmpDir('browser');
  const model = buildReport(res, { system: 'mini' });
  model.systemGraph.svg = stripXmlProlog(await renderSvg(model.systemGraph.dot, SYSTEM_LAYOUT));
  for (const g of model.graphs) g.svg = stripXmlProlog(await renderSvg(g.dot));
  const html = path.join(dir, 'report.html');
  fs.writeFileSync(html, renderHtml(model));
  return html;
}

test('SVG from the WebAssembly Graphviz has the nodes of the graph', async (t) => {
  const svg = await renderSvg(toDot(entryGraph(res, 'pm:do_fork'), 'function'));
  t.regex(svg, /<svg/);
  t.is((svg.match(/class="node"/g) ?? []).length, 3);
  t.is((svg.match(/class="cluster"/g) ?? []).length, 2);
});

const chromium = testIf(noChromium());

chromium('report and SVG load in headless Chromium without errors', async (t) => {
  const page = await checkInBrowser(await reportFile());
  t.deepEqual(page.errors, []);
  t.is(page.title, 'fuselog report: mini');
  t.true(page.tables >= 3);
  const svgFile = path.join(tmpDir('browser'), 'g.svg');
  fs.writeFileSync(svgFile, await renderSvg(toDot(entryGraph(res, 'pm:do_fork'), 'function')));
  const svgPage = await checkInBrowser(svgFile);
  t.deepEqual(svgPage.errors, []);
  t.is(svgPage.svgNodes, 3);
});

chromium('report: the whole system as components and request flows coloured by class', async (t) => {
  const page = await checkInBrowser(await reportFile(), (p) => p.evaluate(() => {
    const svg = document.querySelector('#system-graph svg')!;
    const edge = (title: string) => [...svg.querySelectorAll('g.edge')].find((g) => g.querySelector('title')?.textContent === title);
    return {
      nodes: [...svg.querySelectorAll('g.node title')].map((n) => n.textContent).sort(),
      userPm: edge('user->pm')?.querySelector('path')?.getAttribute('stroke'),
      userVfs: edge('user->vfs')?.querySelector('path')?.getAttribute('stroke'),
      userPmLabel: edge('user->pm')?.querySelector('text')?.textContent,
    };
  }));
  t.deepEqual(page.errors, []);
  t.deepEqual(page.acted.nodes, ['pm', 'user', 'vfs', 'vm']);
  t.is(page.acted.userPm, '#a93226', 'fork (global) and getpid (idempotent): the edge has the highest class');
  t.is(page.acted.userVfs, '#b9770e', 'read is process-local');
  t.is(page.acted.userPmLabel, '2', 'two requests');
});

chromium('report: tables sort by a click on a header and filter by component, class, reached component', async (t) => {
  const page = await checkInBrowser(await reportFile(), async (p) => {
    const visible = () => p.evaluate(() => [...document.querySelectorAll('#syscalls tbody tr')].filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[0]!.textContent));
    const first = await visible();
    await p.click('#syscalls th[data-col="0"]');
    await p.click('#syscalls th[data-col="0"]');
    const descending = await visible();
    await p.click('#syscalls th[data-col="4"]');
    const byClass = await visible();
    await p.selectOption('.filters[data-for="syscalls"] select[data-filter="class"]', 'global');
    const global = await visible();
    await p.selectOption('.filters[data-for="syscalls"] select[data-filter="class"]', '');
    await p.selectOption('.filters[data-for="syscalls"] select[data-filter="reached"]', 'vm');
    const reachVm = await visible();
    await p.selectOption('.filters[data-for="entries"] select[data-filter="component"]', 'pm');
    const pmEntries = await p.evaluate(() => [...document.querySelectorAll('#entries tbody tr')].filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[0]!.textContent));
    const shown = await p.evaluate(() => document.querySelector('.filters[data-for="entries"] .shown')!.textContent);
    await p.click('#syscalls tr:not([hidden]) details summary');
    const chains = await p.evaluate(() => [...document.querySelectorAll('#syscalls details[open] li')].map((l) => l.textContent));
    return { first, descending, byClass, global, reachVm, pmEntries, shown, chains };
  });
  t.deepEqual(page.errors, []);
  const a = page.acted;
  t.deepEqual(a.first, ['fork', 'getpid', 'read']);
  t.deepEqual(a.descending, ['read', 'getpid', 'fork']);
  t.deepEqual(a.byClass, ['getpid', 'read', 'fork'], 'by the rank of the class, not its name');
  t.deepEqual(a.global, ['fork']);
  t.deepEqual(a.reachVm, ['fork']);
  t.deepEqual(a.pmEntries, ['pm:do_fork', 'pm:do_getpid']);
  t.is(a.shown, '2 of 3 rows');
  t.is(a.chains.length, 1);
});
