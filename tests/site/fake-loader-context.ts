/** A stand-in for Astro's LoaderContext: an in-memory store and a logger that records lines. */
import { pathToFileURL } from 'node:url';

export function fakeLoaderContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
  const logs: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: { id: string; data: Record<string, unknown>; digest?: string | number }) => (entries.set(e.id, e), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
  };
  const logger = { info: (m: string) => logs.push(`info ${m}`), warn: (m: string) => logs.push(`warn ${m}`) };
  return { context: { store, logger, config: { root: pathToFileURL(`${root}/`) }, collection: 'reports' } as never, entries, logs };
}
