// The extractor's public API: system description -> fact files. The CLI (`fuselog extract`,
// src/commands/extract.ts) and the analysis cache call these; nothing here prints or exits:
// progress and warnings go to the caller's callbacks, bad input is an ExtractError.

import fs from 'node:fs';
import path from 'node:path';
import { ExtractError } from './errors.js';
import { loadSystem, USER } from './system.js';
import type { SystemDescription, ComponentDescription } from './system.js';
import { FileSink, MemorySink, DedupSink, writeFactDir } from './sink.js';
import type { FactSink, FactRow } from './sink.js';
import { ComponentWriter, planRenames, moduleBase } from './facts.js';
import type { ExtractOptions, ModuleSource } from './facts.js';
import { scanModule, scanModuleFile } from './scan.js';
import { planPruning } from './prune.js';
import type { KeepPredicate } from './prune.js';
import { IRFiles } from './source.js';
import { RELATIONS, renderSchemaDl } from './schema.js';

export { ExtractError, loadSystem, MemorySink, FileSink, writeFactDir, renderSchemaDl, RELATIONS };
export type { SystemDescription, ComponentDescription, ExtractOptions, FactSink, FactRow };
export { baseName } from './facts.js';

/** Bumped when the facts for the same input change (part of the CLI's cache key). */
export const EXTRACTOR_VERSION = '3';

/** Relations whose ids are not component-qualified, so components may repeat their rows. */
const SHARED_RELATIONS = ['const_int', 'const_expr', 'const_gep'];

interface ModuleFile extends ModuleSource {
  abs: string;
  /** path relative to the system description */
  rel: string;
  lib?: string;
}

/** The modules of a component in reading order: its own IR, then each library's. */
export function componentModules(sys: SystemDescription, comp: ComponentDescription): ModuleFile[] {
  const files: Array<{ abs: string; rel: string; lib?: string }> = comp.ir.map((abs, i) => ({ abs, rel: comp.irRel[i]! }));
  const seenLib = new Set<string>();
  for (const l of comp.libraries) {
    if (seenLib.has(l)) continue;
    seenLib.add(l);
    const lib = sys.libraries.get(l)!;
    lib.ir.forEach((abs, i) => files.push({ abs, rel: lib.irRel[i]!, lib: l }));
  }
  return nameModules(comp.name, files);
}

function nameModules(c: string, files: Array<{ abs: string; rel: string; lib?: string }>): ModuleFile[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(path.basename(f.abs), (count.get(path.basename(f.abs)) ?? 0) + 1);
  const bases = new Set<string>();
  return files.map((f) => {
    const bn = path.basename(f.abs);
    // the file name alone when it is unique in the component, else its path
    const id = `${c}/${count.get(bn)! > 1 ? f.rel : bn}`;
    let base = moduleBase(f.abs);
    for (let k = 2; bases.has(base); k++) base = `${moduleBase(f.abs)}.${k}`;
    bases.add(base);
    return { id, display: displayPath(f.abs), base, abs: f.abs, rel: f.rel, lib: f.lib };
  });
}

function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** Facts of one component (its modules and its copies of libraries). Throws ExtractError. */
export function componentFacts(sys: SystemDescription, component: string, sink: FactSink, opts: ExtractOptions = {}): void {
  const comp = sys.components.find((c) => c.name === component);
  if (!comp) {
    throw new ExtractError(`no component "${component}" (components: ${sys.components.map((c) => c.name).join(', ')})`, displayPath(sys.path));
  }
  const whole = opts.wholeLibraries ?? sys.librariesWhole;
  extractModules(comp.name, componentModules(sys, comp), sink, opts, whole ? undefined : sys.entryFunctions);
}

/**
 * One streaming pass over each module. A component of several modules has them scanned
 * first: their symbols decide the renames of internal names that collide across them, and,
 * when `prune` is given (the description's entry functions) and the component links
 * libraries, their references decide which library code it keeps (prune.ts).
 */
function extractModules(component: string, mods: ModuleFile[], sink: FactSink, opts: ExtractOptions, prune?: readonly string[]): void {
  const files = new IRFiles();
  try {
    const refs = prune !== undefined && mods.some((m) => m.lib !== undefined) && mods.some((m) => m.lib === undefined);
    const scans = mods.length < 2 ? [] : mods.map((m) => {
      // a library's scan is the same in every component that links it
      if (m.lib !== undefined) return scanModuleFile(m.abs, () => files.open(m.abs, m.display), m.display, { refs });
      const src = files.open(m.abs, m.display);
      try {
        return scanModule(src, m.display, { refs });
      } finally {
        src.close();
      }
    });
    const renames = mods.length < 2 ? mods.map(() => new Set<string>()) : planRenames(scans);
    const keep: KeepPredicate[] = refs
      ? planPruning(mods.map((m, i) => ({ own: m.lib === undefined, base: m.base, scan: scans[i]!, renames: renames[i]! })), prune)
      : mods.map(() => undefined);
    scans.length = 0; // what the parse needs of them is in renames and keep
    const sizes = mods.map((m) => fs.statSync(files.text(m.abs, m.display)).size);
    const total = sizes.reduce((a, b) => a + b, 0);
    const cw = new ComponentWriter(component, sink, opts);
    let done = 0;
    mods.forEach((m, i) => {
      const before = done;
      const src = files.open(m.abs, m.display);
      try {
        cw.addModule(m, src, renames[i]!, {
          progress: opts.onProgress ? (pos) => opts.onProgress!(before + pos, total) : undefined,
          reopen: () => files.open(m.abs, m.display),
          keep: keep[i],
        });
      } finally {
        src.close();
      }
      done += sizes[i]!;
      opts.onProgress?.(done, total);
    });
    cw.finish();
  } finally {
    files.dispose();
  }
}

/**
 * Facts of one module given as text (tests, tools): as `extractModuleFile` but into a sink.
 * `display` names the module in messages and its id (`<component>/<display base name>`).
 */
export function moduleTextFacts(text: string, display: string, component: string, sink: FactSink, opts: ExtractOptions = {}): void {
  const mod = nameModules(component, [{ abs: path.resolve(display), rel: path.basename(display) }])[0]!;
  mod.display = display;
  const cw = new ComponentWriter(component, sink, opts);
  cw.addModule(mod, text, new Set());
  cw.finish();
}

/** Facts of the system description itself (components, modules, libraries, IPC conventions). */
export function configFacts(sys: SystemDescription, sink: FactSink): void {
  for (const c of sys.components) {
    sink.emit('component', [c.name]);
    if (c.endpoint !== undefined) sink.emit('component_endpoint', [c.name, c.endpoint]);
    sink.emit('component_label', [c.name, c.label]);
    if (c.user) sink.emit('user_component', [c.name]);
    for (const m of componentModules(sys, c)) {
      sink.emit('module', [m.id, c.name, m.rel]);
      if (m.lib) sink.emit('module_library', [m.id, m.lib]);
    }
    for (const l of new Set(c.libraries)) sink.emit('library_instance', [l, c.name]);
  }
  const ipc = sys.ipc;
  for (const s of ipc.send) {
    sink.emit('config_send', [s.function, s.endpoint, s.message, s.mode]);
    if (s.mtype !== undefined) sink.emit('config_send_mtype', [s.function, s.mtype]);
  }
  for (const r of ipc.reply) sink.emit('config_reply', [r.function, r.message]);
  for (const c of ipc.connect) sink.emit('config_connect', [c.function, c.service, c.interface, c.by]);
  for (const d of ipc.derive) sink.emit('config_derive', [d.function, d.from, d.interface]);
  for (const v of ipc.serve) sink.emit('config_serve', [v.function, v.service, v.interface, v.handler, v.name]);
  for (const w of ipc.wellKnown) sink.emit('config_well_known', [w.global, w.component]);
  for (const a of ipc.mtypeAccessors) sink.emit('config_mtype_accessor', [a.function, a.message]);
  for (const r of ipc.receive) sink.emit('config_receive', [r.function, r.message]);
  for (const f of ipc.ignore) sink.emit('config_ignore', [f]);
  for (const l of ipc.lookup) sink.emit('config_lookup', [l.function, l.label, l.result]);
  for (const l of ipc.inlinedSend) sink.emit('config_send_slot', [l.function, l.table, l.offset]);
  sink.emit('config_source_offset', [ipc.sourceOffset]);
  sink.emit('config_mtype_offset', [ipc.mtypeOffset]);
  if (ipc.any !== undefined) sink.emit('config_any_endpoint', [ipc.any]);
  for (const f of sys.entryFunctions) sink.emit('config_entry_function', [f]);
  for (const g of sys.globalClasses) sink.emit('annot_global_class', [g.global, g.class]);
}

/**
 * A fact directory written by `write` (rows of the shared constants once, through `sink`; `files`
 * for what bypasses rows), closed whatever happens; returns the row counts per relation.
 */
function writeFacts(outDir: string, write: (sink: FactSink, files: FileSink) => void): Record<string, number> {
  const files = new FileSink(outDir);
  try {
    write(new DedupSink(files, SHARED_RELATIONS), files);
  } catch (e) {
    files.close(); // what was written stays readable; the error goes on
    throw e;
  }
  return files.close();
}

/** All facts of a system into outDir (one file per relation); returns the row counts. */
export function extractSystem(sys: SystemDescription, outDir: string, opts: ExtractOptions = {}): Record<string, number> {
  return writeFacts(outDir, (sink) => {
    configFacts(sys, sink);
    // progress over all components, by bytes
    const sizes = sys.components.map((c) => componentModules(sys, c).reduce((n, m) => n + fileSize(m.abs), 0));
    const total = sizes.reduce((a, b) => a + b, 0);
    let before = 0;
    sys.components.forEach((c, i) => {
      const base = before;
      componentFacts(sys, c.name, sink, {
        ...opts,
        onProgress: opts.onProgress ? (done, tot) => opts.onProgress!(base + (tot ? (done / tot) * sizes[i]! : 0), total) : undefined,
      });
      before += sizes[i]!;
    });
  });
}

function fileSize(p: string): number {
  try {
    return fs.statSync(p).size;
  } catch {
    return 0;
  }
}

/**
 * The facts of one component into outDir, one file per relation (as extractSystem writes them
 * for a whole system); returns the row counts. The analysis caches these per component.
 */
export function extractComponent(sys: SystemDescription, component: string, outDir: string, opts: ExtractOptions = {}): Record<string, number> {
  return writeFacts(outDir, (sink) => componentFacts(sys, component, sink, opts));
}

/**
 * Fact directories (of extractComponent) joined into outDir in order, then the rows `more`
 * emits (the configuration facts): what extractSystem would have written. The files are copied
 * in chunks, so memory does not grow with the facts; only the rows of the relations that
 * components share (constants) are read, to write each once. Returns the row counts.
 */
export function mergeFactDirs(dirs: string[], outDir: string, more: (sink: FactSink) => void = () => {}): Record<string, number> {
  return writeFacts(outDir, (sink, files) => {
    for (const dir of dirs) {
      for (const r of RELATIONS) {
        const file = path.join(dir, `${r.name}.facts`);
        if (!SHARED_RELATIONS.includes(r.name)) {
          files.appendFile(r.name, file);
          continue;
        }
        if (!fs.existsSync(file)) continue;
        for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line !== '') sink.emit(r.name, line.split('\t'));
      }
    }
    more(sink);
  });
}

/** One module without a description, as component `component`; returns the row counts. */
export function extractModuleFile(irPath: string, component: string, outDir: string, opts: ExtractOptions = {}): Record<string, number> {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(component)) {
    throw new ExtractError(`bad component name "${component}": use letters, digits, '_', '.', '-'`);
  }
  const abs = path.resolve(irPath);
  return writeFacts(outDir, (sink) => {
    const mods = nameModules(component, [{ abs, rel: path.basename(abs) }]);
    sink.emit('component', [component]);
    sink.emit('component_label', [component, component]);
    if (component === USER) sink.emit('user_component', [component]);
    sink.emit('module', [mods[0]!.id, component, mods[0]!.rel]);
    extractModules(component, mods, sink, opts);
  });
}
