// Draws the toolbar icon (a green tile with two linked circles: a tandem) as PNGs.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

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
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function coverage(x, y, size) {
  // Returns [alpha of tile, alpha of white ring] at a sample point in unit coordinates.
  const r = 0.22;
  const inTile = (() => {
    const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
    const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
    return dx * dx + dy * dy <= r * r;
  })();
  const ring = (cx, cy) => {
    const d = Math.hypot(x - cx, y - cy);
    const stroke = Math.max(0.07, 1.6 / size);
    return Math.abs(d - 0.2) <= stroke;
  };
  return [inTile, inTile && (ring(0.38, 0.5) || ring(0.62, 0.5))];
}

function png(size) {
  const ss = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [t, w] = coverage((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size, size);
          tile += t ? 1 : 0;
          white += w ? 1 : 0;
        }
      const a = tile / (ss * ss);
      const wf = tile ? white / tile : 0;
      const [r, g, b] = [11 + (255 - 11) * wf, 110 + (255 - 110) * wf, 79 + (255 - 79) * wf];
      row.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
