#!/usr/bin/env node
// Draws the extension icon, images/icon.png (128x128 RGBA PNG): a white pilcrow (¶, the
// paragraph mark) on a navy rounded square. No dependencies: shapes are sampled 4x4 per pixel
// for anti-aliasing and the PNG is written with zlib.
//
//   node scripts/make-icon.mjs [OUT.png]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'images', 'icon.png'));
const SIZE = 128;
const SS = 4; // samples per axis

const BG = [0x1d, 0x35, 0x57]; // navy
const FG = [0xff, 0xff, 0xff];
const ACCENT = [0xe9, 0xc4, 0x6a]; // a gold rule under the mark

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// The pilcrow: a D-shaped bowl hanging from the top bar, and two stems.
function inPilcrow(x, y) {
  const top = 22, bottom = 100, bowlBottom = 70;
  const bowl = x <= 74 && (inCircle(x, y, 58, (top + bowlBottom) / 2, (bowlBottom - top) / 2) || inRect(x, y, 58, top, 74, bowlBottom));
  const stem1 = inRect(x, y, 64, top, 74, bottom);
  const stem2 = inRect(x, y, 84, top, 94, bottom);
  const bar = inRect(x, y, 58, top, 94, top + 10);
  return bowl || stem1 || stem2 || bar;
}
const inAccent = (x, y) => inRoundRect(x, y, 30, 106, 98, 111, 2.5);

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let bg = 0, fg = 0, ac = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        if (!inRoundRect(x, y, 0, 0, SIZE, SIZE, 22)) continue;
        if (inPilcrow(x, y)) fg++;
        else if (inAccent(x, y)) ac++;
        else bg++;
      }
    }
    const n = SS * SS;
    const cover = bg + fg + ac;
    const i = (py * SIZE + px) * 4;
    for (let c = 0; c < 3; c++) {
      rgba[i + c] = cover ? Math.round((BG[c] * bg + FG[c] * fg + ACCENT[c] * ac) / cover) : 0;
    }
    rgba[i + 3] = Math.round((255 * cover) / n);
  }
}

// PNG: signature, IHDR, one IDAT (filter byte 0 per row), IEND.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
process.stderr.write(`wrote ${path.relative(process.cwd(), out)} (${SIZE}x${SIZE}, ${png.length} bytes)\n`);
