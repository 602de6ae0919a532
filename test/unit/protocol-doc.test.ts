import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientEventSchemas, ERROR_CODES, serverEventSchemas } from '../../shared/protocol';

const doc = readFileSync(new URL('../../docs/PROTOCOL.md', import.meta.url), 'utf8');

describe('docs/PROTOCOL.md', () => {
  it.each([...Object.keys(clientEventSchemas), ...Object.keys(serverEventSchemas)])('documents %s', (event) => {
    expect(doc).toContain('`' + event + '`');
  });
  it('lists every error code', () => {
    for (const code of ERROR_CODES) expect(doc).toContain('`' + code + '`');
  });
});
