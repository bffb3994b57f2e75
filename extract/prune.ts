// Which library code a component keeps: like a static linker, only what its own code can
// reach. Every process gets its own copy of each library it links (a server's libc), and most
// of a library is code that server never runs; extracting it costs facts, time and memory in
// every later step while the analysis (callgraph.dl `live`) ignores it anyway.
//
// A library definition (function body, global variable, alias) is kept when the component's
// own modules refer to it, directly or through other kept definitions: any `@name` in a body
// or an initialiser counts (a call, an address taken, a load). The roots are every definition
// of the component's own modules, and whatever an appending global (llvm.used,
// llvm.compiler.used, llvm.global_ctors/dtors) of any module names, since the runtime calls
// those, and the description's entry functions (functions the run time enters without a call in
// the IR, such as a trampoline started from assembly). Declarations are kept when a kept definition refers to them. The references are the
// module scans' (scan.ts), resolved to ids as the facts name them: a renamed internal symbol
// is `name@module` in its module, and of a symbol defined twice only the first definition,
// the one the facts keep, counts.

import { baseName } from './facts.js';
import type { ModuleScan } from './scan.js';

export interface PruneInput {
  /** one of the component's own modules (never pruned), not a library's */
  own: boolean;
  /** module base name, as renamed internal symbols carry it (name@base) */
  base: string;
  /** the module's scan, with references */
  scan: ModuleScan;
  /** its internal names that are renamed (planRenames) */
  renames: Set<string>;
}

/** Of a module, whether the entity of an IR name is extracted; undefined: all of it. */
export type KeepPredicate = ((name: string) => boolean) | undefined;

/**
 * The predicate of each module: undefined for the component's own modules, the reachable set
 * for each library module. Nothing is pruned (all undefined) when a scan could not read every
 * reference, or when the component has no module of its own.
 */
export function planPruning(mods: PruneInput[], entryFunctions: readonly string[] = []): KeepPredicate[] {
  const entries = new Set(entryFunctions);
  const none = mods.map((): KeepPredicate => undefined);
  if (!mods.some((m) => m.own) || mods.some((m) => !m.scan.refsComplete)) return none;
  const idOf = (m: PruneInput, name: string): string => (m.renames.has(name) ? `${name}@${m.base}` : name);

  // id -> the ids its first definition refers to
  const refsOf = new Map<string, string[]>();
  const live = new Set<string>();
  const work: string[] = [];
  const reach = (id: string): void => {
    if (live.has(id)) return;
    live.add(id);
    work.push(id);
  };
  for (const m of mods) {
    for (const [name, def] of m.scan.defs) {
      const id = idOf(m, name);
      const refs = def.refs.map((r) => idOf(m, r));
      if (!refsOf.has(id)) refsOf.set(id, refs);
      if (m.own || entries.has(baseName(name))) reach(id);
      if (def.appending) { // every module's copy is linked, not only the first
        reach(id);
        refs.forEach(reach);
      }
    }
  }
  for (let id = work.pop(); id !== undefined; id = work.pop()) {
    for (const r of refsOf.get(id) ?? []) reach(r);
  }
  return mods.map((m): KeepPredicate => (m.own ? undefined : (name) => live.has(idOf(m, name))));
}
