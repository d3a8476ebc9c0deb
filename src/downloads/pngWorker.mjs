// Worker thread of pngPool.ts: renders SVG to PNG with resvg and encodes it with sharp, as png.ts does (plain
// JavaScript, so Node runs it as it is). The main thread has loaded sharp first, as sharp requires.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(workerData.resolveFrom);
const { Resvg } = require('@resvg/resvg-js');
const sharp = require('sharp');
// One libvips thread per worker: the pool already runs one worker per core.
sharp.concurrency(1);

parentPort.on('message', async ({ index, svg, scale }) => {
  try {
    const started = performance.now();
    const image = new Resvg(svg, { ...workerData.options, fitTo: { mode: 'zoom', value: scale } }).render();
    const encoded = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png(workerData.encoding).toBuffer();
    const png = new Uint8Array(encoded);
    parentPort.postMessage({ index, png, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ index, error: String(error && error.message ? error.message : error) });
  }
});
