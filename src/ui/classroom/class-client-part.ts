import { lazyPart } from '../../app/lazy-part';

/** The connection (Hocuspocus, Yjs): loaded only when a class is started or joined. */
export const classClientPart = lazyPart(
  'The live class connection',
  () => import('../../classroom/class-client'),
);

/** Runs `use` with the class client once it is loaded; a failed load leaves a notice. */
export async function withClassClient<T>(
  act: (client: typeof import('../../classroom/class-client')) => T | Promise<T>,
): Promise<T | null> {
  const client = await classClientPart.load();
  return client ? act(client) : null;
}
