type Results<T extends readonly (() => unknown)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs the queries one after the other and returns their results in order, like Promise.all would. Inside a
 * transaction there is one connection: node-postgres only queues overlapping queries (with a deprecation warning
 * in every log line since pg 8.12, an error from pg 9), and PGlite runs them one at a time anyway.
 */
export async function inSequence<const T extends readonly (() => unknown)[]>(steps: T): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as Results<T>;
}
