// Serves the built Angular app (web/dist/web/browser) from the same origin as the API.
// Browser navigations (Accept: text/html) to any non-API path get index.html, so deep links
// such as /interviews/12 survive a reload; API clients asking for JSON still get JSON at `/`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** server/src/http and server/dist/http are both three levels below the repository root. */
export const DEFAULT_WEB_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../web/dist/web/browser',
);

const NOT_THE_APP = /^\/(api|docs|redoc|openapi\.json)(\/|$|\?)/;

export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.info({ webDir }, 'web app not built; serving the API only');
    return false;
  }
  const indexHtml = readFileSync(indexFile);
  // The built files, as URL paths: a navigation to anything else (even /interviews/1.5, which
  // looks like a file name) is a route of the app.
  const files = new Set(
    readdirSync(webDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map(
        (entry) =>
          `/${path.relative(webDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
      ),
  );

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (NOT_THE_APP.test(request.url)) return;
    if (!request.headers.accept?.includes('text/html')) return;
    if (files.has(decodeURIComponent(request.url.split('?')[0] ?? ''))) return;
    return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
  });

  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    // Angular's file names carry a content hash, so they never change; anything else is
    // revalidated. index.html itself is served above.
    cacheControl: false,
    setHeaders: (res, filePath) => {
      const hashed = /-[A-Z0-9]{8,}\.(js|css)$/.test(filePath);
      res.setHeader(
        'cache-control',
        hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
      );
    },
  });
  return true;
}
