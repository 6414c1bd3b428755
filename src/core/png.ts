/**
 * A tiny PNG encoder for the few images the build draws itself (the ZIM's 48×48
 * illustration), so no image library is needed. RGBA, 8 bits per channel, no filtering.
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes `pixel(x, y)` → [r, g, b, a] as a PNG. */
export function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The atlas's mark: the sector × phase matrix as a grid of three columns on the atlas blue. */
export function atlasIllustration(size = 48): Buffer {
  const blue: [number, number, number, number] = [11, 61, 107, 255];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  const margin = Math.round(size / 6);
  const inner = size - 2 * margin;
  return png(size, size, (x, y) => {
    const ix = x - margin;
    const iy = y - margin;
    if (ix < 0 || iy < 0 || ix >= inner || iy >= inner) return blue;
    // Lines between 3 columns and 4 rows, and the frame.
    const col = ix % Math.round(inner / 3);
    const row = iy % Math.round(inner / 4);
    return col < 2 || row < 2 || ix >= inner - 2 || iy >= inner - 2 ? white : blue;
  });
}
