/**
 * The chat pages' scripts and stylesheet (built by bot/web/build.ts), held in memory and sent precompressed: brotli
 * or gzip as the browser accepts, with `Vary: Accept-Encoding`; content-hashed names cached for a year
 * (`immutable`), `embed.js` (a fixed name council pages link) for five minutes.
 *
 * The compiled bot reads the build `npm run build` wrote beside it (dist/bot/web/built). Run from the sources
 * (`npm start`, the tests), it builds once per change of the sources into node_modules/.cache and reuses that.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'restify';
import { ConfigurationError } from '../../services/config/settings';
import { buildWebAssets, sourceKey, type Manifest } from './build';

export const BUILT_DIR = path.join(__dirname, 'built');
const CACHE_DIR = path.join(__dirname, '../../node_modules/.cache/dg-chat-assets');

type Encoding = 'br' | 'gzip' | 'identity';

interface Held {
  contentType: string;
  hashed: boolean;
  bodies: Record<Encoding, Buffer>;
}

/** The best encoding the request accepts, by its Accept-Encoding (q=0 refuses one). */
export function chooseEncoding(header: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';');
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(token.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

export class WebAssets {
  private readonly byName = new Map<string, Held>();

  private constructor(
    private readonly manifest: Manifest,
    dir: string,
  ) {
    for (const asset of Object.values(manifest)) {
      const file = path.join(dir, asset.name);
      this.byName.set(asset.name, {
        contentType: asset.contentType,
        hashed: asset.hashed,
        bodies: { identity: readFileSync(file), br: readFileSync(`${file}.br`), gzip: readFileSync(`${file}.gz`) },
      });
    }
  }

  private static loaded = new Map<string, Promise<WebAssets>>();

  /** The built assets; from the sources outside production, built first if they changed. */
  static load(production: boolean): Promise<WebAssets> {
    if (existsSync(path.join(BUILT_DIR, 'manifest.json'))) return WebAssets.from(BUILT_DIR);
    // The compiled bot in production must have been built; run from the sources (tests of production mode), it builds.
    if (production && !__filename.endsWith('.ts')) {
      return Promise.reject(
        new ConfigurationError(`The chat page's scripts are not built (${BUILT_DIR}): run npm run build before starting in production.`),
      );
    }
    const dir = path.join(CACHE_DIR, sourceKey());
    if (existsSync(path.join(dir, 'manifest.json'))) return WebAssets.from(dir);
    let building = WebAssets.loaded.get(dir);
    if (!building) {
      building = buildWebAssets(dir).then(() => new WebAssets(WebAssets.read(dir), dir));
      WebAssets.loaded.set(dir, building);
    }
    return building;
  }

  private static from(dir: string): Promise<WebAssets> {
    let assets = WebAssets.loaded.get(dir);
    if (!assets) {
      assets = Promise.resolve(new WebAssets(WebAssets.read(dir), dir));
      WebAssets.loaded.set(dir, assets);
    }
    return assets;
  }

  private static read(dir: string): Manifest {
    return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  }

  /** The path a page links for a logical name (`chat.js` → `/assets/chat.3f9c2a7b1d.js`). */
  url(logical: keyof Manifest & string): string {
    const asset = this.manifest[logical];
    if (!asset) throw new Error(`no built asset ${logical}`);
    return asset.hashed ? `/assets/${asset.name}` : `/static/${asset.name}`;
  }

  /** Sends the asset named in the URL, or 404 for any other name (names are looked up, never joined to a path). */
  send(name: string, req: Request, res: Response): void {
    const held = this.byName.get(name);
    if (!held || held.hashed !== req.path().startsWith('/assets/')) {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'not found' }));
      return;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const body = held.bodies[encoding];
    res.writeHead(200, {
      'Content-Type': held.contentType,
      'Content-Length': body.length,
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      Vary: 'Accept-Encoding',
      'Cache-Control': held.hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      'Cross-Origin-Resource-Policy': held.hashed ? 'same-origin' : 'cross-origin',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
