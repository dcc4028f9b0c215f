/**
 * A streaming ZIP writer (PKWARE APPNOTE 6.3): every entry is written as its bytes come —
 * deflated with node:zlib or stored — followed by a data descriptor with its CRC-32 and sizes,
 * then the central directory. Nothing is held but the directory, so memory stays flat however
 * large an entry grows. No ZIP64: an archive stays under 4 GiB (an export of sessions does).
 */
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  data: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** Deflate (default) or store as is. */
  store?: boolean;
}

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const VERSION = 20;
const LIMIT = 0xffffffff;

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

const bytes = (chunk: Uint8Array | string): Uint8Array => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);

/** MS-DOS date and time of `at` (UTC), as the local header and the directory carry them. */
export function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}

/** The archive's bytes, entry by entry, as they are produced. */
export async function* zipStream(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>, modified: Date): AsyncGenerator<Uint8Array> {
  const { date, time } = dosDateTime(modified);
  const written: Written[] = [];
  let offset = 0;
  for await (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.store ? 0 : 8;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    // CRC and sizes (14–25) stay zero: the data descriptor carries them.
    header.writeUInt16LE(name.length, 26);
    yield header;
    yield name;
    const record: Written = { name, method, crc: 0, compressed: 0, size: 0, offset };
    const counted = (async function* () {
      for await (const chunk of entry.data) {
        const data = bytes(chunk);
        record.crc = crc32(data, record.crc);
        record.size += data.byteLength;
        yield data;
      }
    })();
    for await (const chunk of entry.store ? counted : deflateRaw(counted)) {
      record.compressed += chunk.byteLength;
      yield chunk;
    }
    if (record.size > LIMIT || record.compressed > LIMIT) throw new Error(`${entry.name} is too large for a ZIP without ZIP64`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
    descriptor.writeUInt32LE(record.crc >>> 0, 4);
    descriptor.writeUInt32LE(record.compressed, 8);
    descriptor.writeUInt32LE(record.size, 12);
    yield descriptor;
    offset += 30 + name.length + record.compressed + 16;
    if (offset > LIMIT) throw new Error('The archive is too large for a ZIP without ZIP64');
    written.push(record);
  }
  let directorySize = 0;
  for (const record of written) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(FLAGS, 8);
    header.writeUInt16LE(record.method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(record.crc >>> 0, 16);
    header.writeUInt32LE(record.compressed, 20);
    header.writeUInt32LE(record.size, 24);
    header.writeUInt16LE(record.name.length, 28);
    header.writeUInt32LE(record.offset, 42);
    yield header;
    yield record.name;
    directorySize += 46 + record.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  yield end;
}

/** Raw DEFLATE of a byte stream, pulled as it is read: input waits while output is not taken. */
async function* deflateRaw(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(deflate, 'end');
  // An error surfaces where the loop awaits; this only keeps it from being reported as unhandled first.
  ended.catch(() => undefined);
  try {
    for await (const chunk of source) {
      if (!deflate.write(chunk)) await once(deflate, 'drain');
      while (out.length > 0) yield out.shift()!;
    }
    deflate.end();
    await ended;
    while (out.length > 0) yield out.shift()!;
  } finally {
    deflate.destroy();
  }
}
