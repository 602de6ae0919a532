import { createApp, type AppConfig } from '../../server/app';
import type { GameModels } from '../../server/ml/game-models';
import { TestClient } from './test-client';

/** A real server on port 0 with the given models; clients connect over real WebSockets. */
export async function startTestApp(models: GameModels, config: Partial<AppConfig> = {}) {
  const app = createApp({ models, config: { publicUrl: 'http://arcade.test', ...config } });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const clients: TestClient[] = [];
  const connect = async () => {
    const client = new TestClient(url);
    clients.push(client);
    await client.connected();
    return client;
  };
  const stop = async () => {
    for (const c of clients) c.close();
    await app.close();
  };
  return { app, url, connect, stop };
}
