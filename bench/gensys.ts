// A generated multi-server C system for the growth and precision benches: N servers, each its
// own component, each linking one generated library (libgen), written as C with the patterns
// that make an inclusion-based points-to analysis blow up on real C at -O0:
//   - generic `void *` and `char *` helpers called from everywhere (gen_copy, gen_free,
//     gen_memdup, str_append, str_copy, hash_bytes, buf_append),
//   - a context struct on the stack of every request, passed by pointer through a chain of
//     steps and through utilities every handler shares,
//   - tables of function pointers: the handler table (a static initialiser), the hook table
//     and the kernel-trap table (filled at run time), the hash-ops table of the library,
//   - memcpy of structs holding pointers (struct assignment, gen_copy, gen_memdup),
//   - callbacks registered at run time (cb_register, with heap contexts) and called later
//     through a struct field (cb_fire), dtors and grow hooks in struct fields,
//   - linked lists and a chained hash table of heap items holding pointers.
// Each server has a receive loop (sef_receive_status) that dispatches on m_type through its
// handler table (like MINIX's pm) or a switch, and sends requests to other servers with
// ipc_sendrec (a constant endpoint and m_type) or through the library wrapper srv_call
// (endpoint and m_type passed down as arguments), so the IPC rules have work too.
//
// Deterministic: server k's code depends only on the seed and k (not on N), except for whom it
// sends to. Servers talk within groups of GROUP consecutive servers, so what an entry point
// reaches across servers stays bounded as N grows (a ring through all servers would make the
// fused call graph's `reaches` quadratic in N, which is the output's size, not the analysis's
// cost).
import { rng } from '../test/helpers/rng.js';

export interface GenOptions {
  /** number of servers (components) */
  servers: number;
  /** request handlers per server (each a chain of 3-6 steps) */
  handlers?: number;
  seed?: number;
}

export interface GeneratedSystem {
  /** path relative to the system's folder -> file text (C sources, the header, system.json) */
  files: Map<string, string>;
  /** the C sources to compile, one IR file each: source path -> IR path (both relative) */
  units: Array<{ source: string; ir: string }>;
}

/** Servers talk only to servers of their own group of this many (see the banner). */
export const GROUP = 4;
const ANY = 31744;
const DEFAULT_HANDLERS = 16;
const HOOKS = 4;
const EVENTS = 4;
/** Every step and utility has its own stack objects, which the 'ref' action lets escape into a list. */
const LOCALS = '\tstruct item lit;\n\tchar lbuf[24];\n\tgen_zero(&lit, sizeof lit);\n\tlbuf[0] = 0;';
const NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];

/** The m_type of handler t of server k. */
export function mtypeOf(server: number, handler: number): number {
  return 10000 + 1000 * server + handler;
}

export function generateSystem(opts: GenOptions): GeneratedSystem {
  const handlers = opts.handlers ?? DEFAULT_HANDLERS;
  const seed = opts.seed ?? 1;
  if (!Number.isInteger(opts.servers) || opts.servers < 1) throw new Error(`servers: expected a positive integer, found ${opts.servers}`);
  if (!Number.isInteger(handlers) || handlers < 1 || handlers > 999) throw new Error(`handlers: expected 1..999, found ${handlers}`);
  const files = new Map<string, string>();
  files.set('include/gen.h', HEADER);
  files.set('lib/gen.c', LIBRARY);
  const units = [{ source: 'lib/gen.c', ir: 'ir/libgen.ll' }];
  const components: Record<string, unknown> = {};
  for (let k = 0; k < opts.servers; k++) {
    const partners = partnersOf(k, opts.servers, seed);
    files.set(`servers/s${k}.c`, serverSource(k, handlers, partners, seed));
    units.push({ source: `servers/s${k}.c`, ir: `ir/s${k}.ll` });
    components[`s${k}`] = { endpoint: k, ir: [`ir/s${k}.ll`], libraries: ['gen'] };
  }
  const system = {
    name: `gensys-${opts.servers}x${handlers}`,
    generator: { servers: opts.servers, handlers, seed },
    components,
    libraries: { gen: ['ir/libgen.ll'] },
    ipc: {
      send: [{ function: 'ipc_sendrec', endpoint: 0, message: 1, mode: 'sync' }],
      receive: [{ function: 'sef_receive_status', message: 1 }],
      ignore: ['ipc_send'],
      message: { mtype_offset: 4, source_offset: 0 },
      any: ANY,
    },
  };
  files.set('system.json', JSON.stringify(system, null, 2) + '\n');
  return { files, units };
}

/** The servers k sends to: up to two others of its group, chosen by the seed. */
function partnersOf(k: number, servers: number, seed: number): number[] {
  const start = k - (k % GROUP);
  const group = [];
  for (let s = start; s < Math.min(start + GROUP, servers); s++) if (s !== k) group.push(s);
  const next = rng(seed * 7919 + k * 104729 + 17);
  const picked: number[] = [];
  while (group.length && picked.length < 2) picked.push(group.splice(Math.floor(next() * group.length), 1)[0]!);
  return picked.sort((a, b) => a - b);
}

// ---- the library --------------------------------------------------------------------------

const HEADER = `/* gen.h - the generated system's message format and shared library (libgen).
 * Written by bench/gensys.ts; see its banner for what the code is made of. */
#ifndef GEN_H
#define GEN_H

typedef __SIZE_TYPE__ size_t;
typedef int endpoint_t;
#define NULL ((void *)0)
#define ANY ${ANY}
#define OK 0
#define ENOSYS (-38)

void *malloc(size_t n);
void free(void *p);
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);

/* 64 bytes: m_source at offset 0, m_type at offset 4 (system.json) */
typedef struct {
	endpoint_t m_source;
	int m_type;
	union {
		struct { int a; int b; long c; } m_args;
		struct { char key[24]; int len; } m_key;
		unsigned char size[56];
	} m_u;
} message;

/* ipc: every trap goes through trap_table, filled by ipc_init */
typedef int (*trap_fn)(endpoint_t e, message *m, int *word);
extern trap_fn trap_table[4];
void ipc_init(void);
int ipc_sendrec(endpoint_t dst, message *m);
int ipc_send(endpoint_t dst, message *m);
int sef_receive_status(endpoint_t src, message *m, int *status);
int srv_call(endpoint_t dst, int type, const void *payload, size_t n, message *reply);

/* memory and strings: the generic helpers everything calls */
void *gen_alloc(size_t n);
void gen_free(void *p);
void *gen_copy(void *dst, const void *src, size_t n);
void *gen_memdup(const void *src, size_t n);
void gen_zero(void *p, size_t n);
size_t str_len(const char *s);
char *str_copy(char *dst, const char *src, size_t cap);
char *str_append(char *dst, const char *src, size_t cap);
char *str_dup(const char *s);
unsigned hash_bytes(const void *p, size_t n);
unsigned hash_str(const void *s, size_t n);
int cmp_bytes(const void *a, const void *b, size_t n);

/* singly linked lists of anything */
struct list { struct list *next; void *data; };
void list_push(struct list **head, void *data);
void *list_pop(struct list **head);
void *list_find(struct list *head, int (*pred)(void *item, void *key), void *key);
void list_foreach(struct list *head, void (*fn)(void *item, void *ctx), void *ctx);
void list_free(struct list **head, void (*dtor)(void *p));

/* a chained hash table whose hash and compare functions are fields */
typedef unsigned (*hash_fn)(const void *key, size_t n);
typedef int (*cmp_fn)(const void *a, const void *b, size_t n);
struct hent { struct hent *next; void *key; size_t klen; void *val; };
struct htab { struct hent *buckets[32]; hash_fn hash; cmp_fn cmp; int count; };
void htab_init(struct htab *h, int kind);
void htab_put(struct htab *h, const void *key, size_t klen, void *val);
void *htab_get(struct htab *h, const void *key, size_t klen);
void htab_foreach(struct htab *h, void (*fn)(void *val, void *ctx), void *ctx);

/* callbacks registered at run time, called later through a struct field */
typedef void (*cb_fn)(void *ctx, message *m);
struct callback { int event; cb_fn fn; void *ctx; struct callback *next; };
struct cb_registry { struct callback *head; int fired; };
void cb_register(struct cb_registry *r, int event, cb_fn fn, void *ctx);
int cb_fire(struct cb_registry *r, int event, message *m);

/* growable byte buffers with a grow hook */
struct buf { char *data; size_t len; size_t cap; void (*on_grow)(struct buf *b, size_t need); };
void buf_init(struct buf *b, size_t cap);
void buf_append(struct buf *b, const void *p, size_t n);
void buf_append_str(struct buf *b, const char *s);
char *buf_detach(struct buf *b);
void buf_release(struct buf *b);

#endif /* GEN_H */
`;

const LIBRARY = `/* gen.c - libgen, linked by every server. Written by bench/gensys.ts. */
#include "gen.h"

/* ---- ipc ---- */
extern int _kernel_trap(int trap, endpoint_t e, message *m, int *word);
static int trap_send(endpoint_t e, message *m, int *w) { return _kernel_trap(0, e, m, w); }
static int trap_receive(endpoint_t e, message *m, int *w) { return _kernel_trap(1, e, m, w); }
static int trap_sendrec(endpoint_t e, message *m, int *w) { return _kernel_trap(2, e, m, w); }
static int trap_notify(endpoint_t e, message *m, int *w) { return _kernel_trap(3, e, m, w); }
trap_fn trap_table[4];

void ipc_init(void)
{
	trap_table[0] = trap_send;
	trap_table[1] = trap_receive;
	trap_table[2] = trap_sendrec;
	trap_table[3] = trap_notify;
}

int ipc_sendrec(endpoint_t dst, message *m) { return trap_table[2](dst, m, NULL); }
int ipc_send(endpoint_t dst, message *m) { return trap_table[0](dst, m, NULL); }

int sef_receive_status(endpoint_t src, message *m, int *status)
{
	for (;;) {
		int r = trap_table[1](src, m, status);
		if (r != OK)
			return r;
		if (m->m_type == -1)
			continue;
		return OK;
	}
}

int srv_call(endpoint_t dst, int type, const void *payload, size_t n, message *reply)
{
	message m;
	int r;
	gen_zero(&m, sizeof m);
	m.m_type = type;
	if (n > sizeof m.m_u)
		n = sizeof m.m_u;
	if (payload)
		gen_copy(&m.m_u, payload, n);
	r = ipc_sendrec(dst, &m);
	if (reply)
		*reply = m;
	return r;
}

/* ---- memory ---- */
void *gen_alloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p)
		memset(p, 0, n);
	return p;
}
void gen_free(void *p) { if (p) free(p); }
void *gen_copy(void *dst, const void *src, size_t n) { return memcpy(dst, src, n); }
void *gen_memdup(const void *src, size_t n)
{
	void *p = gen_alloc(n);
	if (p)
		gen_copy(p, src, n);
	return p;
}
void gen_zero(void *p, size_t n) { memset(p, 0, n); }

/* ---- strings ---- */
size_t str_len(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}
char *str_copy(char *dst, const char *src, size_t cap)
{
	size_t i;
	for (i = 0; i + 1 < cap && src[i]; i++)
		dst[i] = src[i];
	if (cap)
		dst[i] = 0;
	return dst;
}
char *str_append(char *dst, const char *src, size_t cap)
{
	size_t n = str_len(dst);
	if (n < cap)
		str_copy(dst + n, src, cap - n);
	return dst;
}
char *str_dup(const char *s)
{
	size_t n = str_len(s) + 1;
	char *p = gen_alloc(n);
	if (p)
		gen_copy(p, s, n);
	return p;
}
unsigned hash_bytes(const void *p, size_t n)
{
	const unsigned char *b = p;
	unsigned h = 2166136261u;
	while (n--) {
		h ^= *b++;
		h *= 16777619u;
	}
	return h;
}
unsigned hash_str(const void *s, size_t n) { (void)n; return hash_bytes(s, str_len(s)); }
int cmp_bytes(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	size_t i;
	for (i = 0; i < n; i++)
		if (x[i] != y[i])
			return x[i] - y[i];
	return 0;
}
static int cmp_str(const void *a, const void *b, size_t n)
{
	(void)n;
	return cmp_bytes(a, b, str_len(a) + 1);
}

/* ---- lists ---- */
void list_push(struct list **head, void *data)
{
	struct list *l = gen_alloc(sizeof *l);
	l->data = data;
	l->next = *head;
	*head = l;
}
void *list_pop(struct list **head)
{
	struct list *l = *head;
	void *data;
	if (!l)
		return NULL;
	*head = l->next;
	data = l->data;
	gen_free(l);
	return data;
}
void *list_find(struct list *head, int (*pred)(void *item, void *key), void *key)
{
	for (; head; head = head->next)
		if (pred(head->data, key))
			return head->data;
	return NULL;
}
void list_foreach(struct list *head, void (*fn)(void *item, void *ctx), void *ctx)
{
	for (; head; head = head->next)
		fn(head->data, ctx);
}
void list_free(struct list **head, void (*dtor)(void *p))
{
	void *data;
	while ((data = list_pop(head)) != NULL)
		if (dtor)
			dtor(data);
}

/* ---- hash table ---- */
struct hash_ops { hash_fn hash; cmp_fn cmp; };
static const struct hash_ops builtin_ops[2] = { { hash_bytes, cmp_bytes }, { hash_str, cmp_str } };

void htab_init(struct htab *h, int kind)
{
	gen_zero(h, sizeof *h);
	h->hash = builtin_ops[kind & 1].hash;
	h->cmp = builtin_ops[kind & 1].cmp;
}
void htab_put(struct htab *h, const void *key, size_t klen, void *val)
{
	unsigned b = h->hash(key, klen) % 32;
	struct hent *e = gen_alloc(sizeof *e);
	e->key = gen_memdup(key, klen);
	e->klen = klen;
	e->val = val;
	e->next = h->buckets[b];
	h->buckets[b] = e;
	h->count++;
}
void *htab_get(struct htab *h, const void *key, size_t klen)
{
	struct hent *e;
	for (e = h->buckets[h->hash(key, klen) % 32]; e; e = e->next)
		if (e->klen == klen && h->cmp(e->key, key, klen) == 0)
			return e->val;
	return NULL;
}
void htab_foreach(struct htab *h, void (*fn)(void *val, void *ctx), void *ctx)
{
	int b;
	struct hent *e;
	for (b = 0; b < 32; b++)
		for (e = h->buckets[b]; e; e = e->next)
			fn(e->val, ctx);
}

/* ---- callbacks ---- */
void cb_register(struct cb_registry *r, int event, cb_fn fn, void *ctx)
{
	struct callback *c = gen_alloc(sizeof *c);
	c->event = event;
	c->fn = fn;
	c->ctx = ctx;
	c->next = r->head;
	r->head = c;
}
int cb_fire(struct cb_registry *r, int event, message *m)
{
	struct callback *c;
	int n = 0;
	for (c = r->head; c; c = c->next)
		if (c->event == event) {
			c->fn(c->ctx, m);
			n++;
		}
	r->fired += n;
	return n;
}

/* ---- buffers ---- */
static void buf_grow_double(struct buf *b, size_t need)
{
	size_t cap = b->cap ? b->cap : 16;
	char *p;
	while (cap < need)
		cap *= 2;
	p = gen_alloc(cap);
	if (b->data) {
		gen_copy(p, b->data, b->len);
		gen_free(b->data);
	}
	b->data = p;
	b->cap = cap;
}
void buf_init(struct buf *b, size_t cap)
{
	gen_zero(b, sizeof *b);
	b->on_grow = buf_grow_double;
	b->on_grow(b, cap);
}
void buf_append(struct buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap)
		b->on_grow(b, b->len + n + 1);
	gen_copy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = 0;
}
void buf_append_str(struct buf *b, const char *s) { buf_append(b, s, str_len(s)); }
char *buf_detach(struct buf *b)
{
	char *p = b->data;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}
void buf_release(struct buf *b)
{
	gen_free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
`;

// ---- a server -----------------------------------------------------------------------------

/** The C of server k: its state, hooks, callbacks, handlers (chains of steps), init and main. */
function serverSource(k: number, handlers: number, partners: number[], seed: number): string {
  const next = rng(seed * 2654435761 + k * 40503 + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const p = `s${k}`;
  // utilities every handler may call; handler h's first step always calls utility h mod utils, so none is dead code
  const utils = Math.min(3, handlers);
  const out: string[] = [];
  out.push(`/* ${p}.c - server ${k} of the generated system (bench/gensys.ts); endpoint ${k}, m_types ${mtypeOf(k, 0)}..${mtypeOf(k, handlers - 1)}.`);
  out.push(` * Sends to: ${partners.length ? partners.map((s) => `s${s}`).join(', ') : 'nobody'}. */`);
  out.push(`#include "gen.h"`, '');
  out.push(`#define BASE ${mtypeOf(k, 0)}`, `#define NR_HANDLERS ${handlers}`, '');
  out.push(`struct item { char name[16]; void *data; void (*dtor)(void *p); struct item *next; int kind; };`);
  out.push(`struct state { struct list *items; struct htab table; struct cb_registry reg; struct buf log; int counter; struct item cur; char *label; };`);
  out.push(`struct ctx { message *m; struct state *st; struct buf out; struct item item; char name[32]; void *scratch; int (*finish)(struct ctx *c, int r); struct list *pending; struct list *refs; };`, '');
  out.push(`static struct state ${p}_st;`, `int ${p}_requests;`, `int ${p}_table[64];`);
  out.push(`static int (*${p}_hooks[${HOOKS}])(struct ctx *c, struct item *it);`);
  out.push(`static const char *const ${p}_names[${NAMES.length}] = { ${NAMES.map((n) => `"${p}-${n}"`).join(', ')} };`, '');

  // small functions other code takes the address of
  out.push(`static void ${p}_item_free(void *ptr)\n{\n\tstruct item *it = ptr;\n\tgen_free(it->data);\n\tgen_free(it);\n}`);
  out.push(`static int ${p}_match(void *item, void *key)\n{\n\tstruct item *it = item;\n\treturn cmp_bytes(it->name, key, str_len(key)) == 0;\n}`);
  out.push(`static void ${p}_visit(void *item, void *cp)\n{\n\tstruct ctx *c = cp;\n\tstruct item *it = item;\n\tbuf_append_str(&c->out, it->name);\n\tc->item.next = it;\n}`);
  for (let h = 0; h < HOOKS; h++) {
    out.push(`static int ${p}_hook_${h}(struct ctx *c, struct item *it)\n{\n\tstr_append(c->name, it ? it->name : "${h}", sizeof c->name);\n` +
      `\t${p}_st.counter += ${h + 1};\n\tif (it)\n\t\tit->kind = ${h};\n\treturn (int)str_len(c->name);\n}`);
  }
  for (let e = 0; e < EVENTS; e++) {
    out.push(`static void ${p}_on_${e}(void *cp, message *m)\n{\n\tstruct state *st = cp;\n\tbuf_append(&st->log, &m->m_type, sizeof m->m_type);\n\tst->counter++;\n}`);
    out.push(`static void ${p}_item_cb_${e}(void *cp, message *m)\n{\n\tstruct item *it = cp;\n\tit->kind = m->m_type + ${e};\n\tif (it->dtor && it->kind < 0)\n\t\tit->dtor(it->data);\n}`);
  }
  out.push(`static int ${p}_finish(struct ctx *c, int r)\n{\n\tbuf_append(&${p}_st.log, c->out.data, c->out.len);\n\tbuf_release(&c->out);\n\tlist_free(&c->pending, gen_free);\n\tlist_free(&c->refs, NULL);\n\treturn r;\n}`);

  // a statement doing one of the patterns, on the request context c, an item it and a char buffer tmp
  const action = (): string => {
    const kinds = ['str', 'buf', 'push', 'snap', 'put', 'get', 'find', 'foreach', 'hook', 'fire', 'register', 'scratch', 'global', 'table', 'ref', 'ref', 'deref', 'local'];
    if (partners.length) kinds.push('send', 'call');
    switch (pick(kinds)) {
      case 'str': return `str_append(tmp, it->name, 48);\n\tstr_copy(c->name, tmp, sizeof c->name);`;
      case 'buf': return pick([`buf_append(&c->out, it, sizeof *it);`, `buf_append_str(&c->out, tmp);`, `buf_append(&c->st->log, c->name, str_len(c->name));`]);
      case 'push': return `{\n\t\tstruct item *copy = gen_memdup(it, sizeof *it);\n\t\tcopy->data = str_dup(tmp);\n\t\tcopy->dtor = ${p}_item_free;\n\t\tlist_push(&c->st->items, copy);\n\t}`;
      case 'snap': return `{\n\t\tstruct item snap = *it;\n\t\tsnap.next = &c->item;\n\t\tgen_copy(&c->item, &snap, sizeof snap);\n\t}`;
      case 'put': return `htab_put(&c->st->table, it->name, str_len(it->name), gen_memdup(it, sizeof *it));`;
      case 'get': return `{\n\t\tstruct item *f = htab_get(&c->st->table, tmp, str_len(tmp));\n\t\tif (f)\n\t\t\tit->data = f->data;\n\t}`;
      case 'find': return `{\n\t\tstruct item *f = list_find(c->st->items, ${p}_match, tmp);\n\t\tif (f && f->dtor)\n\t\t\tf->dtor(f->data);\n\t}`;
      case 'foreach': return pick([`list_foreach(c->st->items, ${p}_visit, c);`, `htab_foreach(&c->st->table, ${p}_visit, c);`]);
      case 'hook': return `if (${p}_hooks[${int(0, HOOKS - 1)}])\n\t\tr += ${p}_hooks[${int(0, HOOKS - 1)}](c, it);`;
      case 'fire': return `r += cb_fire(&c->st->reg, ${int(0, EVENTS - 1)}, c->m);`;
      case 'register': return `cb_register(&c->st->reg, ${int(0, EVENTS - 1)}, ${p}_item_cb_${int(0, EVENTS - 1)}, gen_memdup(it, sizeof *it));`;
      case 'scratch': return `c->scratch = gen_alloc(48);\n\tgen_copy(c->scratch, tmp, 48);\n\tlist_push(&c->pending, c->scratch);`;
      case 'global': return `${p}_st.cur = *it;\n\t${p}_st.label = c->name;`;
      case 'ref': return `list_push(&c->refs, ${pick(['it', 'tmp', 'c->name', '&c->item', 'lbuf', '&lit', 'c->scratch', '&' + p + '_st.cur', '&' + p + '_table[' + int(0, 63) + ']'])});`;
      case 'deref': return `{\n\t\tstruct item *f = list_find(c->refs, ${p}_match, ${pick(['tmp', 'lbuf', 'c->name'])});\n\t\tif (f) {\n\t\t\tstr_append(${pick(['tmp', 'lbuf'])}, f->name, 24);\n\t\t\tf->data = ${pick(['c->scratch', 'it', 'lbuf', 'it->data'])};\n\t\t\tf->next = ${pick(['it', '&lit', '&c->item', 'f'])};\n\t\t}\n\t}`;
      case 'local': return `gen_copy(&lit, ${pick(['it', '&c->item', '&' + p + '_st.cur'])}, sizeof lit);\n\tstr_copy(lbuf, lit.name, sizeof lbuf);\n\tlit.next = it;`;
      case 'table': return `${p}_table[c->m->m_u.m_args.a & 63] = it->kind + r;`;
      case 'send': {
        const d = pick(partners);
        return `{\n\t\tmessage req;\n\t\tgen_zero(&req, sizeof req);\n\t\treq.m_type = ${mtypeOf(d, int(0, handlers - 1))};\n` +
          `\t\treq.m_u.m_args.a = c->m->m_u.m_args.a;\n\t\tstr_copy(req.m_u.m_key.key, it->name, sizeof req.m_u.m_key.key);\n` +
          `\t\tif (ipc_sendrec(${d}, &req) == OK)\n\t\t\tr += req.m_u.m_args.b;\n\t}`;
      }
      case 'call': {
        const d = pick(partners);
        return `{\n\t\tmessage reply;\n\t\tif (srv_call(${d}, ${mtypeOf(d, int(0, handlers - 1))}, it, sizeof it->name, &reply) == OK)\n\t\t\tc->item.kind = reply.m_type;\n\t}`;
      }
    }
    throw new Error('unreachable');
  };
  const body = (n: number): string => Array.from({ length: n }, () => `\t${action()}`).join('\n');

  // utilities every handler may call: what makes the context-insensitive sets meet
  for (let u = 0; u < utils; u++) {
    out.push(`static int ${p}_util_${u}(struct ctx *c, struct item *it, char *tmp)\n{\n\tint r = 0;\n${LOCALS}\n${body(int(3, 5))}\n\treturn r;\n}`);
  }
  const handlerNames: string[] = [];
  for (let h = 0; h < handlers; h++) {
    const steps = int(3, 6);
    const name = `${p}_do_${h}`;
    handlerNames.push(name);
    for (let s = steps; s >= 1; s--) {
      const callNext = s < steps ? `\tr += ${name}_step${s + 1}(c, it, tmp);\n` : '';
      const u = s === 1 ? h % utils : next() < 0.5 ? int(0, utils - 1) : -1;
      const util = u >= 0 ? `\tr += ${p}_util_${u}(c, it, tmp);\n` : '';
      out.push(`static int ${name}_step${s}(struct ctx *c, struct item *it, char *tmp)\n{\n\tint r = 0;\n${LOCALS}\n${body(int(2, 4))}\n${util}${callNext}\treturn r;\n}`);
    }
    out.push(`static int ${name}(struct ctx *c)\n{\n\tstruct item local;\n\tchar tmp[48];\n\tgen_zero(&local, sizeof local);\n` +
      `\tstr_copy(local.name, ${p}_names[${h % NAMES.length}], sizeof local.name);\n\tlocal.dtor = ${p}_item_free;\n\ttmp[0] = 0;\n` +
      `\t${p}_requests++;\n\treturn ${name}_step1(c, &local, tmp);\n}`);
  }
  const tableDispatch = next() < 0.5;
  if (tableDispatch) out.push(`static int (*const ${p}_handlers[NR_HANDLERS])(struct ctx *c) = {\n${handlerNames.map((n) => `\t${n},`).join('\n')}\n};`);

  const hookInit = Array.from({ length: HOOKS }, (_, h) => `\t${p}_hooks[${h}] = ${p}_hook_${h};`).join('\n');
  const cbInit = Array.from({ length: EVENTS }, (_, e) => `\tcb_register(&${p}_st.reg, ${e}, ${p}_on_${e}, &${p}_st);`).join('\n');
  out.push(`static void ${p}_init(void)\n{\n\tipc_init();\n\tgen_zero(&${p}_st, sizeof ${p}_st);\n\thtab_init(&${p}_st.table, ${k % 2});\n` +
    `\tbuf_init(&${p}_st.log, 128);\n\t${p}_st.label = str_dup("${p}");\n${hookInit}\n${cbInit}\n}`);
  const dispatch = tableDispatch
    ? `\t\tidx = (unsigned)(m.m_type - BASE);\n\t\tif (idx < NR_HANDLERS && ${p}_handlers[idx] != NULL)\n\t\t\tr = ${p}_handlers[idx](&c);\n\t\telse\n\t\t\tr = ENOSYS;`
    : `\t\tswitch (m.m_type) {\n${handlerNames.map((n, h) => `\t\tcase BASE + ${h}: r = ${n}(&c); break;`).join('\n')}\n\t\tdefault: r = ENOSYS; break;\n\t\t}`;
  out.push(`int main(void)\n{\n\tmessage m;\n\tstruct ctx c;\n\tint status, r;\n\tunsigned idx;\n\n\t${p}_init();\n\tfor (;;) {\n` +
    `\t\tif (sef_receive_status(ANY, &m, &status) != OK)\n\t\t\tcontinue;\n\t\tgen_zero(&c, sizeof c);\n\t\tc.m = &m;\n\t\tc.st = &${p}_st;\n` +
    `\t\tbuf_init(&c.out, 64);\n\t\tc.finish = ${p}_finish;\n${dispatch}\n\t\tr = c.finish(&c, r);\n\t\t(void)idx;\n\t\tm.m_type = r;\n\t\tipc_send(m.m_source, &m);\n\t}\n\treturn OK;\n}`);
  return out.join('\n\n') + '\n';
}
