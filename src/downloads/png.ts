/**
 * SVG → PNG at build time with resvg (no browser), text in Inter from the inter-font package's TTF files,
 * so a PNG shows the same letters as the SVG. System fonts are never loaded: the output does not depend on
 * the machine that builds it. resvg draws the pixels and sharp (libvips) encodes them: at zlib level 4 without
 * adaptive filtering that takes about half of resvg's own encoder's time, for files about 30 % smaller
 * (BENCHMARKS.md). PNGs are most of a build's time.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';

const require = createRequire(import.meta.url);
const TTF_DIR = join(dirname(require.resolve('inter-font/package.json')), 'ttf');
/** Only the weights charts and cards use (400, 600, 700): resvg loads every listed file for every PNG. */
export const INTER_FILES = ['Inter-Regular.ttf', 'Inter-SemiBold.ttf', 'Inter-Bold.ttf'].map((file) => join(TTF_DIR, file));

export interface PngOptions {
  /** Pixels per SVG unit. Default 2: sharp on high-density screens and in print. */
  scale?: number;
}

export interface Png {
  png: Buffer;
  width: number;
  height: number;
}

/** resvg settings shared by this thread and the worker threads (pngPool.ts); the scale is set per image. */
export function renderOptions(): ResvgRenderOptions {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: INTER_FILES,
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
      serifFamily: 'Inter',
      monospaceFamily: 'Inter',
    },
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

/** The encoder settings, shared with the worker threads (pngWorker.mjs). */
export const PNG_ENCODING = { compressionLevel: 4, adaptiveFiltering: false } as const;

/** Opaque RGBA pixels (every chart and card has a white background) → PNG bytes. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .png(PNG_ENCODING)
    .toBuffer();
}

export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Png> {
  const image = new Resvg(svg, { ...renderOptions(), fitTo: { mode: 'zoom', value: options.scale ?? 2 } }).render();
  return { png: await encodePng(image.pixels, image.width, image.height), width: image.width, height: image.height };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (signature.some((byte, i) => png[i] !== byte)) throw new Error('bukan PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
