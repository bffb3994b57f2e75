// Memory that one step has finished with, handed to the next step that needs as much, instead of
// a new allocation. A page is faulted in when first written (on the benchmark machine about
// 14 us a page: 50 ms for the 14 MB a 1.8M-row relation's output sort needs), so a buffer that
// has been written once is worth reusing. One buffer is kept at most, and never across the
// evaluation of a stratum (Database.run drops it first), so it does not raise the peak.

let spare: ArrayBuffer | null = null;

/** A buffer nothing reads any more: kept if it is the largest on offer. */
export function offerScratch(buf: ArrayBufferLike): void {
  if (buf instanceof ArrayBuffer && (spare === null || buf.byteLength > spare.byteLength)) spare = buf;
}

/** The kept buffer if it has `bytes`, zeroed there (it is then no longer kept); else null. */
export function takeScratch(bytes: number): ArrayBuffer | null {
  if (spare === null || spare.byteLength < bytes) return null;
  const buf = spare;
  spare = null;
  new Uint8Array(buf, 0, bytes).fill(0);
  return buf;
}

/** Let the kept buffer go. */
export function dropScratch(): void {
  spare = null;
}
