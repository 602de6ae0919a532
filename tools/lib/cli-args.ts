/** Minimal `--name value` / `--flag` parsing for the tools (node:util parseArgs with typed getters). */
import { parseArgs } from 'node:util';

export function parseToolArgs<const O extends Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>>(
  options: O,
) {
  return parseArgs({ args: process.argv.slice(2), options, allowPositionals: false, strict: true }).values;
}

export function intArg(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${String(value)}`);
  return n;
}
