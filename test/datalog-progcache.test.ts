// The checked program kept on disk (src/datalog/progcache.ts): read back, it is the program a
// fresh compile gives (same outputs, plans and warnings on the shipped rules); any change to a
// file it was read from, or to what an #include finds, is a miss; a damaged entry is a miss; a
// program with an error is never kept.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analysis.js';
import { compileFile, Database, DatalogError } from '../src/datalog/index.js';
import { cacheKey, readEntry } from '../src/datalog/progcache.js';
import { packageRoot } from '../src/paths.js';
import { fuselog, tmpDir } from './cli-support.js';

const work = tmpDir('progcache');

/** Whether the cache in `dir` holds a usable entry for the program file as it is now. */
function cached(dir: string, file: string, includeDirs: string[] = []): boolean {
  const key = cacheKey({ file, text: fs.readFileSync(file, 'utf8'), includeDirs });
  return readEntry(dir, key, includeDirs) !== undefined;
}

function outputs(db: Database): Record<string, unknown[][]> {
  db.run();
  return Object.fromEntries(db.relationInfos().map((r) => [r.name, db.rows(r.name)]));
}

test('the shipped rules read back from the cache: the same outputs, plans and warnings as compiled afresh', async (t) => {
  const out = path.join(work, 'minios');
  await analyze(path.join(packageRoot, 'examples', 'minios', 'system.json'), { out });
  const main = path.join(out, 'rules', 'main.dl');
  const opts = { includeDirs: [path.join(out, 'rules'), path.join(out, 'facts')] };
  const cache = path.join(work, 'cache-minios');
  const fresh = compileFile(main, opts);
  const first = compileFile(main, { ...opts, cacheDir: cache });
  t.true(cached(cache, main, opts.includeDirs), 'kept after the first compile');
  const again = compileFile(main, { ...opts, cacheDir: cache });
  t.deepEqual(again.warnings, fresh.warnings);
  t.true(fresh.warnings.length > 0, 'the shipped rules have warnings to compare');
  t.is(again.explain(), fresh.explain());
  t.deepEqual(again.relations(), fresh.relations());
  const load = (p: typeof fresh): Database => {
    const db = new Database(p);
    db.loadInputs(path.join(out, 'facts'));
    return db;
  };
  const want = outputs(load(fresh));
  t.deepEqual(outputs(load(again)), want);
  t.deepEqual(outputs(load(first)), want);
  t.true(Object.values(want).some((rows) => rows.length > 100));
});

test('a changed included file, or an include that now finds another file, is a miss', (t) => {
  const dir = path.join(work, 'includes');
  const lib = path.join(dir, 'lib');
  fs.mkdirSync(lib, { recursive: true });
  const main = path.join(dir, 'main.dl');
  fs.writeFileSync(main, '#include "part.dl"\n.decl out(x: number)\n.output out\nout(x) :- part(x).\n');
  fs.writeFileSync(path.join(lib, 'part.dl'), '.decl part(x: number)\npart(1).\n');
  const cache = path.join(work, 'cache-includes');
  const run = (): unknown[][] => {
    const db = new Database(compileFile(main, { includeDirs: [lib], cacheDir: cache }));
    db.run();
    return db.rows('out');
  };
  t.deepEqual(run(), [[1]]);
  t.true(cached(cache, main, [lib]));
  // same size, same second: only the text tells
  fs.writeFileSync(path.join(lib, 'part.dl'), '.decl part(x: number)\npart(2).\n');
  t.false(cached(cache, main, [lib]), 'the included file changed');
  t.deepEqual(run(), [[2]]);
  t.true(cached(cache, main, [lib]));
  // a part.dl beside main.dl comes before the include folder
  fs.writeFileSync(path.join(dir, 'part.dl'), '.decl part(x: number)\npart(3).\n');
  t.false(cached(cache, main, [lib]), 'the include finds another file');
  t.deepEqual(run(), [[3]]);
  t.is(fs.readdirSync(cache).length, 1, 'one entry per program file');
});

test('a damaged entry is a miss, and a program with an error is not kept', (t) => {
  const dir = path.join(work, 'damaged');
  fs.mkdirSync(dir, { recursive: true });
  const main = path.join(dir, 'main.dl');
  fs.writeFileSync(main, '.decl a(x: number)\na(7).\n.output a\n');
  const cache = path.join(work, 'cache-damaged');
  compileFile(main, { cacheDir: cache });
  for (const f of fs.readdirSync(cache)) fs.writeFileSync(path.join(cache, f), '{"key": "not json');
  t.false(cached(cache, main));
  const db = new Database(compileFile(main, { cacheDir: cache }));
  db.run();
  t.deepEqual(db.rows('a'), [[7]]);
  t.true(cached(cache, main), 'written again');

  fs.writeFileSync(main, '.decl a(x: number)\na(7) :- b(7).\n');
  const e = t.throws(() => compileFile(main, { cacheDir: cache }), { instanceOf: DatalogError });
  t.regex(e!.message, /undefined relation b/);
  t.false(cached(cache, main));
});

test('fuselog eval keeps the checked program in FUSELOG_CACHE_DIR, and not with --no-cache', (t) => {
  const dir = path.join(work, 'cli');
  fs.mkdirSync(dir, { recursive: true });
  const prog = path.join(dir, 'p.dl');
  fs.writeFileSync(prog, '.decl e(x: number, y: number)\ne(1, 2). e(2, 3).\n.decl p(x: number, y: number)\n.output p\np(x, y) :- e(x, y).\np(x, z) :- p(x, y), e(y, z).\n');
  const none = path.join(work, 'cache-cli-none');
  const off = fuselog(['eval', prog, '-D', '-', '--no-cache'], { env: { FUSELOG_CACHE_DIR: none } });
  t.is(off.code, 0, off.stderr);
  t.false(fs.existsSync(none));
  const cache = path.join(work, 'cache-cli');
  for (let i = 0; i < 2; i++) {
    const r = fuselog(['eval', prog, '-D', '-'], { env: { FUSELOG_CACHE_DIR: cache } });
    t.is(r.code, 0, r.stderr);
    t.is(r.stdout, off.stdout);
    t.true(cached(cache, prog));
  }
});
