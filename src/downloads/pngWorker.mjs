// Worker thread of pngPool.ts: renders SVG to PNG with resvg (plain JavaScript, so Node runs it as it is).
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(workerData.resolveFrom);
const { Resvg } = require('@resvg/resvg-js');

parentPort.on('message', ({ index, svg, scale }) => {
  try {
    const started = performance.now();
    const image = new Resvg(svg, { ...workerData.options, fitTo: { mode: 'zoom', value: scale } }).render();
    const png = new Uint8Array(image.asPng());
    parentPort.postMessage({ index, png, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ index, error: String(error && error.message ? error.message : error) });
  }
});
