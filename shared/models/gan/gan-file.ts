/**
 * `gan.json`, written by train:gan (tools/lib/gan-training.ts) beside the generator checkpoints (assets/models/gan/<deck>/step-N/):
 * the shape, what it was trained on, and the checkpoints in training order, which are the difficulty levels.
 */
import { z } from 'zod';

export const GAN_JSON = 'gan.json';

export const checkpointId = (step: number) => `step-${step}`;

export const ganFileSchema = z.object({
  format: z.literal(1),
  shape: z.object({ side: z.number().int(), channels: z.number().int(), latent: z.number().int(), width: z.number().int() }),
  trainedOn: z.object({ deck: z.string(), images: z.number().int(), source: z.string(), license: z.string(), attribution: z.string() }),
  seed: z.number().int(),
  batch: z.number().int(),
  augment: z.record(z.string(), z.union([z.number(), z.boolean()])),
  checkpoints: z.array(z.object({ id: z.string(), step: z.number().int(), seconds: z.number() })),
  generatedBy: z.string(),
});

export type GanFile = z.infer<typeof ganFileSchema>;
