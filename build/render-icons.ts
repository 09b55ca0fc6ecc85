/**
 * Renders build/icon.svg into the icon files electron-builder packs: a PNG per size in
 * build/icons/ (Linux), build/icon.ico (Windows) and build/icon.icns (macOS), all holding PNG
 * images. Run by hand after changing the SVG: `node build/render-icons.ts`. It drives the system
 * Chromium headless (CHROME_PATH, or /usr/bin/chromium) and needs no network.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const buildFolder = import.meta.dirname;
const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types that hold a PNG of the given pixel size (the @2x types share sizes with plain ones). */
const icnsEntries: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

async function renderPngs(svg: string): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const images = new Map<number, Buffer>();
    for (const size of pngSizes) {
      await page.setViewportSize({ width: size, height: size });
      const html = `<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body>`;
      await page.setContent(html);
      images.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
    }
    return images;
  } finally {
    await browser.close();
  }
}

/** A Windows icon whose entries are PNG images (supported since Windows Vista). */
function ico(images: Map<number, Buffer>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(icoSizes.length, 4);
  const directory: Buffer[] = [];
  let offset = 6 + 16 * icoSizes.length;
  for (const size of icoSizes) {
    const png = images.get(size)!;
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // 0 means 256
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    directory.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...directory, ...icoSizes.map((size) => images.get(size)!)]);
}

/** A macOS icon family: a header, then one typed, length-prefixed PNG per entry. */
function icns(images: Map<number, Buffer>): Buffer {
  const entries = icnsEntries.map(([type, size]) => {
    const png = images.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const images = await renderPngs(readFileSync(join(buildFolder, 'icon.svg'), 'utf8'));
mkdirSync(join(buildFolder, 'icons'), { recursive: true });
for (const [size, png] of images) writeFileSync(join(buildFolder, 'icons', `${size}x${size}.png`), png);
writeFileSync(join(buildFolder, 'icon.png'), images.get(1024)!);
writeFileSync(join(buildFolder, 'icon.ico'), ico(images));
writeFileSync(join(buildFolder, 'icon.icns'), icns(images));
console.log(`Wrote ${images.size} PNGs, icon.png, icon.ico and icon.icns in ${buildFolder}`);
