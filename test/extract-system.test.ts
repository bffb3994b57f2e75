// The system description, config facts, the fact directory (in the form Soufflé's .input
// reads) and the schema file.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSystem, extractSystem, extractComponent, mergeFactDirs, renderSchemaDl, ExtractError, MemorySink, configFacts } from '../extract/index.js';
import { RELATIONS } from '../extract/schema.js';
import { packageRoot } from '../src/paths.js';
import { FIXTURES, fixtureSystem } from './extract-fixtures.js';

function tmp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Write a description next to the fixtures (so its relative IR paths resolve) and load it. */
function loadText(json: string): ExtractError {
  const dir = tmp('fuselog-sys-');
  fs.cpSync(path.join(FIXTURES, 'llvm19'), path.join(dir, 'llvm19'), { recursive: true });
  const f = path.join(dir, 'system.json');
  fs.writeFileSync(f, json);
  try {
    loadSystem(f);
  } catch (e) {
    if (e instanceof ExtractError) return e;
    throw e;
  }
  throw new Error('loaded without error');
}

/** Write a description next to the fixtures and load it (it must be valid). */
function loadValid(json: string): ReturnType<typeof loadSystem> {
  const dir = tmp('fuselog-sys-');
  fs.cpSync(path.join(FIXTURES, 'llvm19'), path.join(dir, 'llvm19'), { recursive: true });
  const f = path.join(dir, 'system.json');
  fs.writeFileSync(f, json);
  return loadSystem(f);
}

const base = (): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(FIXTURES, 'system-llvm19.json'), 'utf8'));

test('facts/schema.dl is the rendering of extract/schema.ts', (t) => {
  t.is(fs.readFileSync(path.join(packageRoot, 'facts', 'schema.dl'), 'utf8'), renderSchemaDl());
});

test('the system description loads with paths resolved and defaults filled in', (t) => {
  const sys = fixtureSystem('llvm19');
  t.deepEqual(sys.components.map((c) => c.name), ['pm', 'vm', 'user']);
  const vm = sys.components[1]!;
  t.is(vm.endpoint, 2);
  t.is(vm.label, 'vm_server');
  t.true(path.isAbsolute(vm.ir[0]!));
  t.deepEqual(vm.irRel, ['llvm19/vm.ll']);
  t.is(sys.components[2]!.endpoint, undefined);
  t.is(sys.ipc.mtypeOffset, 4);
  t.is(sys.ipc.sourceOffset, 0);
  t.is(sys.ipc.any, 31744);
});

test('config facts of the description', (t) => {
  const sink = new MemorySink();
  configFacts(fixtureSystem('llvm19'), sink);
  t.deepEqual(sink.rows('component'), [['pm'], ['vm'], ['user']]);
  t.deepEqual(sink.rows('component_endpoint'), [['pm', 0], ['vm', 2]]);
  t.deepEqual(sink.rows('component_label'), [['pm', 'pm'], ['vm', 'vm_server'], ['user', 'user']]);
  t.deepEqual(sink.rows('user_component'), [['user']]);
  t.deepEqual(sink.rows('module'), [
    ['pm/pm.ll', 'pm', 'llvm19/pm.ll'], ['pm/libsys.ll', 'pm', 'llvm19/libsys.ll'],
    ['vm/vm.ll', 'vm', 'llvm19/vm.ll'], ['vm/libsys.ll', 'vm', 'llvm19/libsys.ll'],
    ['user/libc.ll', 'user', 'llvm19/libc.ll'],
  ]);
  t.deepEqual(sink.rows('module_library'), [['pm/libsys.ll', 'sys'], ['vm/libsys.ll', 'sys']]);
  t.deepEqual(sink.rows('config_send'), [['_ipc_sendrec', 0, 1, 'sync'], ['asynsend3', 0, 1, 'async']]);
  t.deepEqual(sink.rows('config_receive'), [['sef_receive_status', 1]]);
  t.deepEqual(sink.rows('config_ignore'), [['ipc_send']]);
  t.deepEqual(sink.rows('config_lookup'), [['ds_retrieve_label_endpt', 0, 1]]);
  t.deepEqual(sink.rows('config_mtype_offset'), [[4]]);
  t.deepEqual(sink.rows('config_source_offset'), [[0]]);
  t.deepEqual(sink.rows('config_any_endpoint'), [[31744]]);
  t.deepEqual(sink.rows('annot_global_class'), [['pm:m_in', 'request-local']]);
});

test('an inlined send primitive becomes config_send_slot (the -O2 description of the example)', (t) => {
  const sink = new MemorySink();
  configFacts(loadSystem(path.join(packageRoot, 'examples', 'minios', 'system-llvm19-O2.json')), sink);
  t.deepEqual(sink.rows('config_send_slot'), [['_ipc_sendrec', 'kernel_call_table', 8]]);
});

/** The fixture description with the fields of a handle-based IPC (HelenOS's async framework). */
function handleStyle(): Record<string, unknown> {
  const j = base();
  const ipc = j.ipc as Record<string, unknown>;
  ipc.send = [{ function: 'async_send_1', endpoint: 0, mtype: 1, mode: 'async' }, { function: '_ipc_sendrec', endpoint: 0, message: 1 }];
  ipc.reply = [{ function: 'async_answer_0', message: 0 }];
  ipc.connect = [{ function: 'service_connect', service: 0, interface: 1 }, { function: 'loc_service_connect', service: 0, by: 'name' }];
  ipc.derive = [{ function: 'async_exchange_begin', from: 0 }, { function: 'async_connect_me_to', from: 0, interface: 1 }];
  ipc.serve = [{ function: 'service_register', service: 0, interface: 1, handler: 2 }, { function: 'loc_service_register', name: 1 }];
  ipc.well_known = [{ global: 'session_ns', component: 'vm' }];
  (ipc.message as Record<string, unknown>).mtype_accessors = [{ function: 'ipc_get_imethod', message: 0 }];
  j.entry_functions = ['_fibril_main'];
  return j;
}

test('the fields of a handle-based IPC become config facts', (t) => {
  const sink = new MemorySink();
  configFacts(loadValid(JSON.stringify(handleStyle())), sink);
  t.deepEqual(sink.rows('config_send'), [['async_send_1', 0, -1, 'async'], ['_ipc_sendrec', 0, 1, 'sync']]);
  t.deepEqual(sink.rows('config_send_mtype'), [['async_send_1', 1]]);
  t.deepEqual(sink.rows('config_reply'), [['async_answer_0', 0]]);
  t.deepEqual(sink.rows('config_connect'), [['service_connect', 0, 1, 'number'], ['loc_service_connect', 0, -1, 'name']]);
  t.deepEqual(sink.rows('config_derive'), [['async_exchange_begin', 0, -1], ['async_connect_me_to', 0, 1]]);
  t.deepEqual(sink.rows('config_serve'), [['service_register', 0, 1, 2, -1], ['loc_service_register', -1, -1, -1, 1]]);
  t.deepEqual(sink.rows('config_well_known'), [['session_ns', 'vm']]);
  t.deepEqual(sink.rows('config_mtype_accessor'), [['ipc_get_imethod', 0]]);
  t.deepEqual(sink.rows('config_entry_function'), [['_fibril_main']]);
  // a MINIX-style description has none of them
  const minix = new MemorySink();
  configFacts(fixtureSystem('llvm19'), minix);
  for (const r of ['config_send_mtype', 'config_reply', 'config_connect', 'config_derive', 'config_serve', 'config_well_known', 'config_mtype_accessor', 'config_entry_function']) {
    t.deepEqual(minix.rows(r), [], r);
  }
});

test('errors in the fields of a handle-based IPC name the field', (t) => {
  const set = (f: (ipc: Record<string, unknown>) => void): string => {
    const j = handleStyle();
    f(j.ipc as Record<string, unknown>);
    return loadText(JSON.stringify(j)).format();
  };
  t.regex(set((ipc) => { ipc.send = [{ function: 'async_send_1', endpoint: 0 }]; }), /ipc\.send\[0\]: expected "message" \(the message argument\) or "mtype"/);
  t.regex(set((ipc) => { (ipc.connect as Array<Record<string, unknown>>)[1]!.by = 'label'; }), /ipc\.connect\[1\]\.by: expected "number" or "name", found "label"/);
  t.regex(set((ipc) => { ipc.well_known = [{ global: 'session_ns', component: 'nosuch' }]; }), /ipc\.well_known\[0\]\.component: unknown component "nosuch"/);
  t.regex(set((ipc) => { ipc.serve = [{ function: 'service_register' }]; }), /ipc\.serve\[0\]: expected at least one of "service", "interface", "handler", "name"/);
  t.regex(set((ipc) => { ipc.derive = [{ function: 'async_exchange_begin', from: -1 }]; }), /ipc\.derive\[0\]\.from: expected an integer >= 0/);
  t.regex(set((ipc) => { (ipc.message as Record<string, unknown>).mtype_accessors = [{ function: 'ipc_get_imethod' }]; }), /ipc\.message\.mtype_accessors\[0\]\.message: expected an integer/);
});

test('description errors name the file, the JSON path and what was expected', (t) => {
  const j = base();
  (j.components as Record<string, Record<string, unknown>>).pm!.endpoint = 'zero';
  t.regex(loadText(JSON.stringify(j)).format(), /system\.json: components\.pm\.endpoint: expected an integer .*found "zero"/);
  const k = base();
  (k.ipc as Record<string, unknown>).message = {};
  t.regex(loadText(JSON.stringify(k)).format(), /ipc\.message\.mtype_offset: expected an integer .*found nothing \(the field is missing\)/);
  const l = base();
  (l.components as Record<string, Record<string, unknown>>).vm!.libraries = ['nosuch'];
  t.regex(loadText(JSON.stringify(l)).format(), /components\.vm\.libraries\[0\]: unknown library "nosuch"/);
  const m = base();
  (m.components as Record<string, Record<string, unknown>>).vm!.ir = ['llvm19/missing.ll'];
  t.regex(loadText(JSON.stringify(m)).format(), /components\.vm\.ir\[0\]: no such file: llvm19\/missing\.ll/);
  const n = base();
  ((n.ipc as Record<string, unknown>).send as Array<Record<string, unknown>>)[1]!.mode = 'later';
  t.regex(loadText(JSON.stringify(n)).format(), /ipc\.send\[1\]\.mode: expected "sync" or "async", found "later"/);
  const o = base();
  (o.components as Record<string, Record<string, unknown>>).vm!.endpoint = 0;
  t.regex(loadText(JSON.stringify(o)).format(), /components\.vm\.endpoint: endpoint 0 is also the endpoint of pm/);
  t.regex(loadText('{\n  "name": "x",\n  "components": { ]\n}').format(), /system\.json:3:\d+: invalid JSON/);
});

/**
 * What Soufflé's default `.input` (IO=file) accepts, after its reader (ReadStreamCSV in
 * souffle-lang/souffle, src/include/souffle/io/ReadStreamCSV.h), checked more strictly where
 * Soufflé would silently read something else:
 * - `<rel>.facts` in the fact directory; a missing file is an error ("Cannot open fact file");
 * - one tuple a line, read with getline: a value holding a newline would split the tuple;
 *   a trailing '\r' is stripped (so we allow none at all);
 * - columns split at each tab: too few is an error ("Values missing"); too many are silently
 *   ignored (so we require exactly the arity: a tab inside a symbol would shift columns);
 * - a `number` column is read with RamSignedFromString (std::stoi) and must be consumed whole
 *   and fit 32 bits; we require plain decimal digits with an optional minus;
 * - a `symbol` is any bytes; we require valid UTF-8 and no empty symbols.
 */
function checkFactDir(dir: string): string[] {
  const problems: string[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (const r of RELATIONS) {
    const file = path.join(dir, `${r.name}.facts`);
    if (!fs.existsSync(file)) {
      problems.push(`missing ${r.name}.facts`);
      continue;
    }
    const bytes = fs.readFileSync(file);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      problems.push(`${r.name}: not valid UTF-8`);
      continue;
    }
    if (text === '') continue;
    if (!text.endsWith('\n')) problems.push(`${r.name}: no final newline`);
    text.slice(0, -1).split('\n').forEach((line, i) => {
      const cols = line.split('\t');
      if (cols.length !== r.columns.length) problems.push(`${r.name}:${i + 1}: ${cols.length} columns, expected ${r.columns.length}`);
      r.columns.forEach(([name, type], k) => {
        const v = cols[k] ?? '';
        if (type === 'number' && !(/^-?\d+$/.test(v) && Number(v) >= -2147483648 && Number(v) <= 2147483647)) {
          problems.push(`${r.name}:${i + 1}: ${name} is not a 32-bit number: ${v}`);
        }
        if (type === 'symbol' && v === '') problems.push(`${r.name}:${i + 1}: empty symbol ${name}`);
        if (/\r/.test(v)) problems.push(`${r.name}:${i + 1}: carriage return in ${name}`);
      });
    });
  }
  return problems;
}

test('every example flavour gives a fact directory that Soufflé\'s reader takes as facts/schema.dl declares it', (t) => {
  const ex = path.join(packageRoot, 'examples', 'minios');
  const flavours = fs.readdirSync(ex).filter((f) => /^system.*\.json$/.test(f));
  t.true(flavours.length >= 3);
  for (const f of flavours) {
    const dir = tmp('fuselog-souffle-format-');
    const counts = extractSystem(loadSystem(path.join(ex, f)), dir);
    t.deepEqual(checkFactDir(dir), [], f);
    t.true(counts.instruction! > 1000 && counts.global_init! > 10, f);
  }
});

test('extractSystem writes one well-formed TSV file per relation, identical on a second run', (t) => {
  const sys = fixtureSystem('llvm19-g');
  const a = tmp('fuselog-facts-');
  const b = tmp('fuselog-facts-');
  const counts = extractSystem(sys, a);
  extractSystem(sys, b);
  t.deepEqual(Object.keys(counts).sort(), RELATIONS.map((r) => r.name).sort());
  t.deepEqual(checkFactDir(a), []);
  for (const r of RELATIONS) {
    const fa = fs.readFileSync(path.join(a, `${r.name}.facts`), 'utf8');
    t.is(fa, fs.readFileSync(path.join(b, `${r.name}.facts`), 'utf8'), r.name);
    t.is(fa === '' ? 0 : fa.split('\n').length - 1, counts[r.name], `${r.name} count`);
  }
  t.true(counts.instruction! > 100);
  // shared constants appear once although several components use them
  const ints = fs.readFileSync(path.join(a, 'const_int.facts'), 'utf8').trim().split('\n');
  t.is(new Set(ints).size, ints.length);
});

test('per-component fact directories merged give the files extractSystem writes, byte for byte', (t) => {
  const ex = path.join(packageRoot, 'examples', 'minios');
  for (const f of fs.readdirSync(ex).filter((n) => /^system.*\.json$/.test(n))) {
    const sys = loadSystem(path.join(ex, f));
    const whole = tmp('fuselog-whole-');
    const wholeCounts = extractSystem(sys, whole);
    const parts = sys.components.map((c) => {
      const d = tmp(`fuselog-part-${c.name}-`);
      extractComponent(sys, c.name, d);
      return d;
    });
    const merged = tmp('fuselog-merged-');
    const counts = mergeFactDirs(parts, merged, (sink) => configFacts(sys, sink));
    t.deepEqual(counts, wholeCounts, f);
    for (const r of RELATIONS) {
      t.is(fs.readFileSync(path.join(merged, `${r.name}.facts`), 'utf8'), fs.readFileSync(path.join(whole, `${r.name}.facts`), 'utf8'), `${f} ${r.name}`);
    }
    // constants that several components use are written once
    t.true(wholeCounts.const_int! < parts.map((d) => fs.readFileSync(path.join(d, 'const_int.facts'), 'utf8').split('\n').length - 1).reduce((a, b) => a + b, 0));
  }
});

test('facts/system.schema.json is draft 2020-12 and documents every field the loader reads', (t) => {
  const schema = JSON.parse(fs.readFileSync(path.join(packageRoot, 'facts', 'system.schema.json'), 'utf8'));
  t.is(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  t.deepEqual(Object.keys(schema.properties).sort(), ['annotations', 'components', 'entry_functions', 'ipc', 'libraries', 'libraries_whole', 'name', 'user']);
  t.deepEqual(Object.keys(schema.properties.ipc.properties).sort(), ['any', 'connect', 'derive', 'ignore', 'inlined_send', 'lookup', 'message', 'receive', 'reply', 'send', 'serve', 'well_known']);
  t.deepEqual(Object.keys(schema.properties.ipc.properties.message.properties).sort(), ['mtype_accessors', 'mtype_offset', 'source_offset']);
  t.deepEqual(Object.keys(schema.properties.ipc.properties.send.items.properties).sort(), ['endpoint', 'message', 'mode', 'function', 'mtype'].sort());
  t.deepEqual(Object.keys(schema.$defs.component.properties).sort(), ['endpoint', 'ir', 'label', 'libraries']);
  const doc = fs.readFileSync(path.join(packageRoot, 'docs', 'system-description.md'), 'utf8');
  for (const f of ['mtype_offset', 'source_offset', 'lookup', 'inlined_send', 'global_class', 'label', 'endpoint', 'mtype_accessors', 'connect', 'derive', 'serve', 'well_known', 'reply', 'entry_functions', '`mtype`', '`by`', 'libraries_whole']) t.true(doc.includes(f), f);
});
