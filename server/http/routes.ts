import express, { type Router } from 'express';
import type { IntervalHistogram } from 'node:perf_hooks';
import QRCode from 'qrcode';
import type { GameModels } from '../ml/game-models';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { resultsCsv } from '../results/results-csv';
import { categoryName } from '../rounds/sketch/prepare-sketch';

export interface RouteDeps {
  rooms: RoomRegistry;
  models: GameModels;
  joinUrl(code: string, hostHeader: string | undefined): string;
  startedAt: number;
  loopDelay: IntervalHistogram;
  /** Where this server looks for decks, shown to the host with how to add one. */
  decksDirLabel?: string;
}

const CODE = /^[A-Z0-9]{6}$/;

export function apiRoutes({ rooms, models, joinUrl, startedAt, loopDelay, decksDirLabel = 'data/decks' }: RouteDeps): Router {
  const router = express.Router();

  router.get('/healthz', (req, res) => {
    const report = {
      status: 'ok',
      models: {
        digits: { ready: models.digits?.ready ?? false },
        digitPool: { ready: !!models.digitPool, size: models.digitPool?.size ?? 0 },
        sketch: { ready: models.sketch?.ready ?? false, models: models.sketch?.models.map((m) => m.name) ?? [] },
        decks: { ready: !!models.decks, decks: models.decks?.list().map((d) => d.name) ?? [], problems: models.decks?.problems.length ?? 0 },
      },
      rooms: rooms.size,
      uptimeS: Math.round((Date.now() - startedAt) / 1000),
      eventLoopDelayMs: {
        p50: Math.round(loopDelay.percentile(50) / 1e4) / 100,
        p99: Math.round(loopDelay.percentile(99) / 1e4) / 100,
        max: Math.round(loopDelay.max / 1e4) / 100,
      },
    };
    // `?reset=1` starts a new measuring window (after the report), so a benchmark can time one burst
    // without the start-up work in its maximum. It touches nothing but this diagnostic.
    if (req.query.reset === '1') loopDelay.reset();
    res.json(report);
  });

  /** What the host's Sketch Duet form offers: every category some installed model can draw. */
  router.get('/api/sketch/categories', (_req, res) => {
    const sketch = models.sketch;
    if (!sketch) return void res.json({ available: false, categories: [], problems: [] });
    const categories = sketch.models.flatMap((m) =>
      (m.conditional ? m.categories : [m.name]).map((id) => ({ id, model: m.name, name: categoryName(id), recognisable: sketch.classifierCategories.includes(id) })),
    );
    res.json({ available: true, categories, problems: sketch.problems });
  });

  /**
   * What the host's "Real or AI?" form offers: the decks that loaded, the folders refused and why, and
   * where decks live. It names decks, never images: nothing here helps anyone tell real from generated.
   */
  router.get('/api/decks', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      decks: models.decks?.list() ?? [],
      problems: models.decks?.problems ?? [],
      decksDir: decksDirLabel,
    });
  });

  router.get('/api/rooms/:code/qr.svg', async (req, res) => {
    const code = String(req.params.code).toUpperCase();
    if (!CODE.test(code) || !rooms.get(code)) return void res.status(404).json({ error: 'ROOM_NOT_FOUND' });
    const svg = await QRCode.toString(joinUrl(code, req.headers.host), { type: 'svg', margin: 1 });
    res.type('image/svg+xml').set('Cache-Control', 'no-store').send(svg);
  });

  router.get('/api/rooms/:code/results.csv', (req, res) => {
    const code = String(req.params.code).toUpperCase();
    const room = CODE.test(code) ? rooms.get(code) : undefined;
    if (!room) return void res.status(404).json({ error: 'ROOM_NOT_FOUND' });
    if (req.query.token !== room.state.host.token) return void res.status(403).json({ error: 'NOT_HOST' });
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="neural-arcade-${code}.csv"`)
      .set('Cache-Control', 'no-store')
      .send(resultsCsv(room.state));
  });

  return router;
}
