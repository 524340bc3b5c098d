/**
 * Reading named entries of a zip (a .docx) with every entry's decompressed size capped while it
 * inflates — a zip bomb's headers may lie about its sizes, so the cap counts real output. The
 * inflating is fflate's; the central directory is read here.
 */
import { Inflate } from 'fflate';
import { ImportError, type ImportLimits } from './limits';

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

function centralDirectory(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new ImportError('damaged', 'this Word file is damaged (its zip directory is missing)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (at === 0xffffffff || count === 0xffff) throw new ImportError('unsupported', 'this Word file uses a ZIP64 archive, which is not supported');
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) throw new ImportError('damaged', 'this Word file is damaged (its zip directory is cut short)');
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Inflates one entry, giving up as soon as its output passes `cap` bytes. */
function inflateEntry(zip: Uint8Array, e: Entry, cap: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (e.localOffset + 30 > zip.length || view.getUint32(e.localOffset, true) !== 0x04034b50) {
    throw new ImportError('damaged', `this Word file is damaged (${e.name} cannot be found)`);
  }
  if (e.flags & 1) throw new ImportError('encrypted', 'this Word file is encrypted; save an unprotected copy and try again');
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  const end = start + e.compressedSize;
  if (end > zip.length) throw new ImportError('damaged', `this Word file is damaged or cut short (${e.name} is incomplete)`);
  const data = zip.subarray(start, end);
  const tooBig = () => new ImportError('too-large', `this Word file's ${e.name} unpacks to more than ${Math.round(cap / 1048576)} MB (a zip bomb?); not read`);
  if (e.method === 0) {
    if (data.length > cap) throw tooBig();
    return data;
  }
  if (e.method !== 8) throw new ImportError('unsupported', `this Word file compresses ${e.name} in a way that is not supported (method ${e.method})`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > cap) throw tooBig();
    chunks.push(chunk);
    if (final) done = true;
  });
  // Small slices of input: deflate expands at most ~1000:1, so no one push can make a huge buffer.
  const SLICE = 16 * 1024;
  try {
    for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, Math.min(data.length, i + SLICE)), i + SLICE >= data.length);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('damaged', `this Word file is damaged (${e.name} does not unpack: ${err instanceof Error ? err.message : String(err)})`);
  }
  if (!done && !data.length) throw new ImportError('damaged', `this Word file is damaged (${e.name} is empty)`);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
}

/** The named entries that exist, decompressed within the limits. */
export function readZipEntries(zip: Uint8Array, names: string[], limits: ImportLimits): Map<string, Uint8Array> {
  const entries = centralDirectory(zip);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const name of names) {
    const e = entries.find(x => x.name === name);
    if (!e) continue;
    const data = inflateEntry(zip, e, limits.maxEntryBytes);
    total += data.length;
    if (total > limits.maxTotalBytes) throw new ImportError('too-large', `this Word file unpacks to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB; not read`);
    out.set(name, data);
  }
  return out;
}
