// The HTML report and an SVG graph, rendered from a small hand-made result set, in headless
// Chromium: the page loads without console errors and the tables and graphs are there.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { readResults, tableSource } from '../src/results.js';
import { buildReport, renderHtml } from '../src/report.js';
import { entryGraph, renderSvg, toDot } from '../src/graph.js';
import { stripXmlProlog } from '../src/commands/report.js';
import { checkInBrowser, haveChromium, tmpDir, CHROMIUM } from './cli-support.js';

const res = readResults(tableSource({
  component: [['pm'], ['vm']],
  stats: [['send_sites', 1]],
  entry_point: [['pm:do_fork', 'pm', 'handler']],
  recovery_class: [['pm:do_fork', 'global']],
  call_edge: [['pm:do_fork', 'pm:helper', 'direct'], ['pm:helper', 'vm:do_fork', 'ipc']],
  reaches: [['pm:do_fork', 'pm:helper'], ['pm:do_fork', 'vm:do_fork']],
  syscall: [['fork', 'fork', 'pm', 'pm:do_fork']],
}));

test('SVG from the WebAssembly Graphviz has the nodes of the graph', async (t) => {
  const svg = await renderSvg(toDot(entryGraph(res, 'pm:do_fork'), 'function'));
  t.regex(svg, /<svg/);
  t.is((svg.match(/class="node"/g) ?? []).length, 3);
  t.is((svg.match(/class="cluster"/g) ?? []).length, 2);
});

test('report and SVG load in headless Chromium without errors', async (t) => {
  if (!haveChromium()) { t.log(`Chromium not found at ${CHROMIUM}: browser check skipped (.ci/run installs it)`); t.pass(); return; }
  const dir = tmpDir('browser');
  const model = buildReport(res, { system: 'mini' });
  for (const g of model.graphs) g.svg = stripXmlProlog(await renderSvg(g.dot));
  const html = path.join(dir, 'report.html');
  fs.writeFileSync(html, renderHtml(model));
  const page = await checkInBrowser(html);
  t.deepEqual(page.errors, []);
  t.is(page.title, 'fuselog report: mini');
  t.true(page.tables >= 2);
  t.is(page.svgs, 1);
  t.is(page.svgNodes, 2, 'component graph of fork: pm and vm');
  const svgFile = path.join(dir, 'g.svg');
  fs.writeFileSync(svgFile, await renderSvg(toDot(entryGraph(res, 'pm:do_fork'), 'function')));
  const svgPage = await checkInBrowser(svgFile);
  t.deepEqual(svgPage.errors, []);
  t.is(svgPage.svgNodes, 3);
});
