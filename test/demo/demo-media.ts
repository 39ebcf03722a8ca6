import { deflateSync } from 'node:zlib';

// Small but real files for the demo's citizens to send: PNG photos drawn pixel by pixel and a one-page PDF.

type Rgb = [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes an RGB picture as a PNG (8-bit truecolour, no filtering). */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = pixel(x, y);
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

// A pseudo-random speckle so surfaces do not look flat.
const noise = (x: number, y: number): number => ((x * 73856093) ^ (y * 19349663)) % 17;

export type DemoPhoto = 'streetlight' | 'dumped-waste' | 'fallen-tree';

const WIDTH = 160;
const HEIGHT = 120;

function streetlight(x: number, y: number): Rgb {
  const ground = 92;
  if (y >= ground) return mix([70, 70, 74], [40, 40, 44], (y - ground) / (HEIGHT - ground));
  // Pole and an unlit lamp head: the whole point of the report.
  if (x >= 78 && x <= 82 && y >= 22) return [52, 56, 60];
  if (y >= 16 && y <= 22 && x >= 70 && x <= 96) return [88, 92, 96];
  if (y > 22 && y <= 25 && x >= 84 && x <= 94) return [120, 120, 110];
  const star = noise(x, y) === 0 && (x + y) % 4 === 0 && y < 60;
  return star ? [220, 220, 240] : mix([10, 14, 40], [34, 40, 78], y / ground);
}

function dumpedWaste(x: number, y: number): Rgb {
  const ground = 80;
  if (y < ground) return mix([150, 190, 230], [210, 225, 240], y / ground);
  // An underground-waste column with bags and a mattress beside it.
  if (x >= 30 && x <= 54 && y >= 50 && y <= 100) return y < 58 ? [60, 60, 60] : [110, 112, 115];
  const bag = (cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  if (bag(72, 96, 10) || bag(88, 100, 8) || bag(66, 104, 7)) return [25, 25, 25];
  if (x >= 96 && x <= 140 && y >= 92 && y <= 104) return [200, 196, 170];
  return noise(x, y) < 3 ? [120, 104, 92] : [150, 132, 116];
}

function fallenTree(x: number, y: number): Rgb {
  const ground = 70;
  if (y < ground) return mix([120, 170, 220], [190, 215, 235], y / ground);
  const onTrunk = Math.abs(y - (74 + (x - 20) * 0.25)) < 4 && x >= 20 && x <= 130;
  if (onTrunk) return [96, 64, 36];
  const crown = (x - 138) ** 2 / 400 + (y - 100) ** 2 / 180 <= 1;
  if (crown) return noise(x, y) < 6 ? [40, 110, 40] : [60, 140, 50];
  if (y > 100 && y < 108) return [150, 150, 150];
  return noise(x, y) < 4 ? [70, 130, 60] : [90, 150, 70];
}

export function demoPhoto(kind: DemoPhoto): Buffer {
  const draw = kind === 'streetlight' ? streetlight : kind === 'dumped-waste' ? dumpedWaste : fallenTree;
  return encodePng(WIDTH, HEIGHT, draw);
}

/** A one-page PDF with the given lines (ASCII) in Helvetica. */
export function demoPdf(lines: string[]): Buffer {
  const escape = (line: string) => line.replace(/[\\()]/g, (char) => `\\${char}`);
  const text = lines.map((line, i) => `BT /F1 12 Tf 72 ${770 - i * 18} Td (${escape(line)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
