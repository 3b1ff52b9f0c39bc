import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL tsvector, written from a string of space-separated tokens (`to_tsvector('simple', …)`). */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType: () => 'tsvector',
});
