// Reads a zip's central directory and locates each part's data, without inflating anything: the
// callers (the exchange-workbook reader, the .xlsx guard of the activity import) decide what to
// inflate and under which caps, and word their own messages from the kind of failure.

export interface ZipDirEntry {
  name: string;
  crc: number;
  flags: number;
  method: number;
  compSize: number;
  size: number;
  localOffset: number;
}

export type ZipProblem = 'damaged' | 'zip64' | 'too-many-entries';

export class ZipFormatError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
  }
}

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** Every entry of the central directory, by name ("xl/workbook.xml"). */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): Map<string, ZipDirEntry> {
  let end = -1;
  // The end record is the last 22 bytes, or further back when the zip carries a comment.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('damaged');
  const count = u16(bytes, end + 10);
  const cdSize = u32(bytes, end + 12);
  const cdOffset = u32(bytes, end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipFormatError('zip64');
  if (count > maxEntries) throw new ZipFormatError('too-many-entries');
  if (cdOffset + cdSize > end || cdOffset + cdSize > bytes.length) throw new ZipFormatError('damaged');
  const entries = new Map<string, ZipDirEntry>();
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== CENTRAL) throw new ZipFormatError('damaged');
    const flags = u16(bytes, o + 8);
    const nameLen = u16(bytes, o + 28);
    if (o + 46 + nameLen > bytes.length) throw new ZipFormatError('damaged');
    // Names are UTF-8 when flag 0x800 says so, else the old DOS code page (read as Latin-1).
    // Decoded from a view of the bytes, not a copy.
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset + o + 46, nameLen).toString(flags & 0x800 ? 'utf8' : 'latin1');
    const name = raw.includes('\\') || raw.startsWith('/') ? raw.replace(/\\/g, '/').replace(/^\//, '') : raw;
    entries.set(name, {
      name,
      flags,
      method: u16(bytes, o + 10),
      crc: u32(bytes, o + 16),
      compSize: u32(bytes, o + 20),
      size: u32(bytes, o + 24),
      localOffset: u32(bytes, o + 42),
    });
    o += 46 + nameLen + u16(bytes, o + 30) + u16(bytes, o + 32);
  }
  return entries;
}

/** The compressed bytes of one entry, or null when its local header or data lies outside the file. */
export function entryBytes(bytes: Uint8Array, e: ZipDirEntry): Uint8Array | null {
  const o = e.localOffset;
  if (o + 30 > bytes.length || u32(bytes, o) !== LOCAL) return null;
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  if (start + e.compSize > bytes.length) return null;
  return bytes.subarray(start, start + e.compSize);
}
