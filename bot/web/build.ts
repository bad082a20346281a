/**
 * Builds what the chat pages load (docs/architecture.md 4.2): the browser scripts in bot/web/client/ bundled and
 * minified with esbuild, the stylesheet compiled with Sass from govuk-frontend's own sources (only the components the
 * pages use, Arial: the GDS Transport font is for GOV.UK only), each file named by a hash of its content and written
 * with a brotli and a gzip copy beside it, so the server sends the smallest one the browser accepts with no work per
 * request. `embed.js` keeps its name: council pages link it.
 *
 * Web Chat is built from its ES module entry with only the three functions the page calls; packages it imports for
 * what the chat never does (UNUSED_PACKAGES) are replaced by empty modules.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const CLIENT_DIR = path.join(__dirname, 'client');

/** What the manifest says of one file: its public name and its three bodies' files. */
export interface BuiltAsset {
  /** The name in the URL (`chat.3f9c2a7b1d.js`; `embed.js` for the embed). */
  name: string;
  contentType: string;
  /** Whether the name changes with the content (then it may be cached for a year). */
  hashed: boolean;
}
export type Manifest = Record<string, BuiltAsset>;

/** The scripts and stylesheets the pages name (bot/web/pages.ts, bot/staff/), from bot/web/client/. */
const SCRIPTS = ['chat.js', 'page.js', 'webchat.js', 'embed.js'];
const STYLES = ['chat', 'staff'];

/**
 * Imported by Web Chat for what the chat never does: speech (Cognitive Services, Direct Line Speech), App Service streaming, carousels (swiper), style attributes in bot HTML (postcss) and file uploads
 * (mime). About 140 KB of the compressed bundle; test/web/webchat.test.ts renders everything the bot sends without them.
 */
const UNUSED_PACKAGES = [
  'microsoft-cognitiveservices-speech-sdk',
  'botframework-directlinespeech-sdk',
  'web-speech-cognitive-services',
  'botframework-streaming',
  'swiper',
  'postcss',
  'mime',
];

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A key for the inputs: the client sources, the locked dependency versions and this file. */
export function sourceKey(root = path.join(__dirname, '../..')): string {
  const hash = createHash('sha256');
  const files = [path.join(root, 'package-lock.json'), __filename, ...readdirSync(CLIENT_DIR).map((f) => path.join(CLIENT_DIR, f))];
  for (const file of files.sort()) {
    if (!statSync(file).isFile()) continue;
    hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundle(): Promise<Record<string, Buffer>> {
  // Build-time tools: loaded only when building (production installs have the built files instead).
  const esbuild = await import('esbuild');
  const leaveOut = {
    name: 'unused',
    setup(build: import('esbuild').PluginBuild) {
      const filter = new RegExp(`^(${UNUSED_PACKAGES.map((p) => p.replace(/[-/]/g, '\\$&')).join('|')})(/.*)?$`);
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'unused' }));
      // Any name imported from them is a do-nothing function, so a class that extends one still loads.
      build.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({
        contents: 'function Unused() {} module.exports = new Proxy({}, { get: (_t, key) => (key === "__esModule" ? false : Unused) });',
        loader: 'js',
      }));
    },
  };
  const result = await esbuild.build({
    entryPoints: SCRIPTS.map((file) => path.join(CLIENT_DIR, file)),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    plugins: [leaveOut],
    outdir: 'out',
    write: false,
    logLevel: 'silent',
  });
  return Object.fromEntries(result.outputFiles.map((f) => [path.basename(f.path), Buffer.from(f.contents)]));
}

async function styles(): Promise<Record<string, Buffer>> {
  const sass = await import('sass');
  const out: Record<string, Buffer> = {};
  for (const name of STYLES) {
    const css = sass.compile(path.join(CLIENT_DIR, `${name}.scss`), {
      loadPaths: [path.join(__dirname, '../../node_modules')],
      style: 'compressed',
      quietDeps: true,
    }).css;
    out[`${name}.css`] = Buffer.from(css);
  }
  return out;
}

/** Builds every asset into `outDir` (replacing what was there) and returns the manifest, also written there. */
export async function buildWebAssets(outDir: string): Promise<Manifest> {
  const files = { ...(await bundle()), ...(await styles()) };
  // Written beside, then moved into place: a process starting meanwhile never sees half a build.
  const staging = `${outDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const manifest: Manifest = {};
  for (const [logical, body] of Object.entries(files)) {
    const { name: base, ext } = path.parse(logical);
    const hashed = logical !== 'embed.js';
    const name = hashed ? `${base}.${createHash('sha256').update(body).digest('hex').slice(0, 10)}${ext}` : logical;
    writeFileSync(path.join(staging, name), body);
    writeFileSync(path.join(staging, `${name}.br`), zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(path.join(staging, `${name}.gz`), zlib.gzipSync(body, { level: 9 }));
    manifest[logical] = { name, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream', hashed };
  }
  writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  try {
    renameSync(staging, outDir);
  } catch (err) {
    // Another process built the same sources at the same moment: its build is as good.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(outDir, 'manifest.json'))) throw err;
  }
  return manifest;
}
