import { z } from '../../zod';

/**
 * The messages between the projector window and the presenter console, as schemas: the other
 * window may be an older or newer cached copy of the app, so every message is checked before it
 * is used, and one that does not match is ignored rather than shown half-filled. A new message
 * or command is added here, and both ends get its check and its type.
 */
const text = z.string().max(10_000);

export const presenterSnapshotSchema = z.object({
  lessonTitle: text.nullable(),
  steps: z.array(z.object({ title: text, notes: text })).max(1000),
  stepIndex: z.number().int().min(0),
  presenting: z.boolean(),
  blanked: z.boolean(),
  startedAt: z.number().finite().nullable(),
  viewText: text,
  linkText: text.nullable(),
  /** The technique on screen, if any (absent from an older copy of the app). */
  technique: z
    .object({
      playing: z.boolean(),
      step: z.number().int().min(0),
      steps: z.number().int().min(0),
      caption: text,
    })
    .nullable()
    .optional(),
});

export const presenterCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('next') }),
  z.object({ command: z.literal('previous') }),
  z.object({ command: z.literal('goto'), index: z.number().int().min(0) }),
  z.object({ command: z.literal('blank'), blanked: z.boolean() }),
  z.object({ command: z.literal('present') }),
  z.object({ command: z.literal('stop') }),
  z.object({ command: z.literal('technique-play') }),
  z.object({ command: z.literal('technique-pause') }),
  z.object({
    command: z.literal('technique-step'),
    direction: z.union([z.literal(1), z.literal(-1)]),
  }),
]);

export const presenterMessageSchema = z.union([
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('state'), state: presenterSnapshotSchema }),
  z.intersection(z.object({ type: z.literal('command') }), presenterCommandSchema),
]);

export type PresenterSnapshot = z.infer<typeof presenterSnapshotSchema>;
export type PresenterCommand = z.infer<typeof presenterCommandSchema>;
export type PresenterMessage = z.infer<typeof presenterMessageSchema>;

/** The message when it matches the schema, or null (ignored) when it does not. */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  const parsed = presenterMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
