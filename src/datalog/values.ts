// How values of each kind are stored (one int32 per column) and shown. Symbols are interned
// ids; number is int32; unsigned is the uint32 bit pattern; float is the float32 bit pattern —
// Soufflé's default 32-bit domain, so overflow and rounding behave as they do there.
import { Kind } from './ast.js';

const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

export function floatToBits(x: number): number {
  f32[0] = x;
  const b = i32[0];
  return b === -2147483648 ? 0 : b; // -0.0 is stored as 0.0 (they compare equal)
}

export function bitsToFloat(b: number): number {
  i32[0] = b;
  return f32[0];
}

/** C's printf("%.<p>g"), which is how C++ streams print floats (Soufflé sets precision 9). */
export function formatG(x: number, precision: number): string {
  if (Number.isNaN(x)) return x < 0 ? '-nan' : 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const exp = Number(x.toExponential(precision - 1).split('e')[1]);
  if (exp < -4 || exp >= precision) {
    const [mant, e] = x.toExponential(precision - 1).split('e');
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const en = Number(e);
    return `${m}e${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(2, '0')}`;
  }
  const s = x.toFixed(Math.max(0, precision - 1 - exp));
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** The text of a stored non-symbol value in output files. */
export function formatNumeric(kind: Kind, v: number): string {
  switch (kind) {
    case 'unsigned':
      return String(v >>> 0);
    case 'float':
      return formatG(bitsToFloat(v), 9);
    default:
      return String(v);
  }
}

/** Storage value → the JS value the API returns (symbols are resolved by the caller). */
export function toApiNumber(kind: Kind, v: number): number {
  return kind === 'unsigned' ? v >>> 0 : kind === 'float' ? bitsToFloat(v) : v;
}

/** Code-point order of strings (what Soufflé's byte-wise UTF-8 comparison gives). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (astral code points) sort after all BMP code units in code-point order.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

/** Compare two stored values of a numeric kind. */
export function compareNumeric(kind: Kind, a: number, b: number): number {
  if (kind === 'unsigned') return (a >>> 0) - (b >>> 0);
  if (kind === 'float') {
    const x = bitsToFloat(a);
    const y = bitsToFloat(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a - b;
}

/**
 * Parse a numeric literal of the program text into storage form, or return an error message.
 * Accepts decimal, 0x hex and 0b binary integers (with a leading '-'), and decimals for float.
 */
export function parseLiteral(text: string, kind: Kind): number | string {
  if (kind === 'float') {
    const v = Number(text);
    if (Number.isNaN(v)) return `'${text}' is not a float`;
    return floatToBits(Math.fround(v));
  }
  const neg = text.startsWith('-');
  const body = neg ? text.slice(1) : text;
  let big: bigint;
  try {
    if (/^0x[0-9a-fA-F]+$/.test(body) || /^0b[01]+$/.test(body) || /^\d+$/.test(body)) big = BigInt(body);
    else return `'${text}' is not an integer`;
  } catch {
    return `'${text}' is not an integer`;
  }
  if (neg) big = -big;
  if (kind === 'unsigned') {
    if (big < 0n || big > 0xffffffffn) return `unsigned constant ${text} is out of range`;
    return Number(big) | 0;
  }
  if (big < -2147483648n || big > 2147483647n) return `number constant ${text} is out of range (32-bit)`;
  return Number(big);
}
