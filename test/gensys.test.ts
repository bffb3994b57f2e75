// The generated system of the growth and precision benches (bench/gensys.ts): the same program
// on every run, the servers of a smaller system unchanged in a larger one (so the sizes of a
// series differ only by the servers added), and — compiled by clang and analysed by the shipped
// rules — the receive loops, dispatch and requests the generator wrote are the ones found.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findToolchain } from '../bench/clang.js';
import { buildGenerated } from '../bench/gensys-build.js';
import { GROUP, generateSystem, mtypeOf } from '../bench/gensys.js';
import { runAnalysis } from './helpers/analysis.js';

test('the generator writes the same files for the same options', (t) => {
  const a = generateSystem({ servers: 3, handlers: 5, seed: 7 });
  const b = generateSystem({ servers: 3, handlers: 5, seed: 7 });
  t.deepEqual([...a.files], [...b.files]);
  t.notDeepEqual(generateSystem({ servers: 3, handlers: 5, seed: 8 }).files.get('servers/s0.c'), a.files.get('servers/s0.c'));
});

test('a server is the same file in every system whose groups hold it whole', (t) => {
  const small = generateSystem({ servers: GROUP, handlers: 4 });
  const large = generateSystem({ servers: 4 * GROUP, handlers: 4 });
  for (let k = 0; k < GROUP; k++) t.is(large.files.get(`servers/s${k}.c`), small.files.get(`servers/s${k}.c`), `s${k}`);
  t.is(large.units.length, 4 * GROUP + 1);
});

test('bad sizes are refused', (t) => {
  t.throws(() => generateSystem({ servers: 0 }), { message: /servers/ });
  t.throws(() => generateSystem({ servers: 2, handlers: 1000 }), { message: /handlers/ });
});

/** (component, destination, m_type) of every send the generator wrote, read back from its C. */
function sendsInSource(files: Map<string, string>): string[] {
  const sends: string[] = [];
  for (const [file, text] of files) {
    const m = /^servers\/(s\d+)\.c$/.exec(file);
    if (!m) continue;
    for (const s of text.matchAll(/req\.m_type = (\d+);[^}]*?ipc_sendrec\((\d+), &req\)/g)) sends.push(`${m[1]} -> s${s[2]} ${s[1]}`);
    for (const s of text.matchAll(/srv_call\((\d+), (\d+),/g)) sends.push(`${m[1]} -> s${s[1]} ${s[2]}`);
  }
  return sends.sort();
}

test('compiled by clang, every receive loop, handler and request the generator wrote is found', (t) => {
  const tc = findToolchain();
  if (!tc) {
    t.log('neither clang-19 nor clang-14 installed (Debian package clang-19); the generated system is not compiled, check skipped');
    t.pass();
    return;
  }
  const opts = { servers: GROUP, handlers: 3, seed: 3 };
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-gensys-'));
  try {
    const built = buildGenerated(opts, tc, root);
    const a = runAnalysis(built.system);
    const servers = Array.from({ length: opts.servers }, (_, k) => `s${k}`);
    t.deepEqual(a.rows('receive_loop').map((r) => `${r[0]}`).sort(), servers.map((s) => `${s}:main`).sort());
    const expectedDispatch = servers.flatMap((s, k) => Array.from({ length: opts.handlers }, (_, h) => `${s} ${mtypeOf(k, h)} ${s}:${s}_do_${h}`));
    t.deepEqual(a.rows('dispatch').map((r) => r.join(' ')).sort(), expectedDispatch.sort());
    // every send: its origin's component, the one destination found and the m_type
    const dest = new Map(a.rows('request_dest').map((r) => [r[0], r[1]]));
    const mtype = new Map(a.rows('request_mtype').map((r) => [r[0], r[1]]));
    const found = a.rows('request').map((r) => `${String(r[2]).split(':')[0]} -> ${dest.get(r[0])} ${mtype.get(r[0])}`).sort();
    const written = sendsInSource(generateSystem(opts).files);
    t.true(written.length > 0);
    t.deepEqual(found, written);
    t.is(a.rows('request_dest').length, a.rows('request').length, 'one destination per request');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
