// Draws Garbo's icon (a speech bubble with a check mark) as PNGs at the sizes
// the stores and browsers ask for. Pure Node: raw RGBA, zlib, CRC32.
// Run: node scripts/make-icons.mjs  (writes public/icon/<size>.png)
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}
// Shape in unit coordinates (0..1); supersampled 4x4 for smooth edges.
function coverage(u, v) {
  const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const bubble = inRoundRect(u, v, 0.06, 0.08, 0.94, 0.74, 0.18) ||
    (v >= 0.7 && v <= 0.93 && u >= 0.2 && u <= 0.44 && u - 0.2 <= (0.93 - v) * 1.05);
  const distSeg = (x, y, ax, ay, bx, by) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
  };
  const check = Math.min(distSeg(u, v, 0.28, 0.42, 0.44, 0.57), distSeg(u, v, 0.44, 0.57, 0.73, 0.25)) < 0.065;
  return { bubble, check };
}
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const data = png(size, (x, y) => {
    let bub = 0, chk = 0;
    const n = 4;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      const c = coverage((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
      if (c.bubble) { bub++; if (c.check) chk++; }
    }
    const a = bub / (n * n), k = bub ? chk / bub : 0;
    // teal bubble (#0f766e), white check
    const mix = (c0, c1) => Math.round(c0 * (1 - k) + c1 * k);
    return [mix(15, 255), mix(118, 255), mix(110, 255), Math.round(a * 255)];
  });
  writeFileSync(`public/icon/${size}.png`, data);
}
console.log('icons written');
