import { defineConfig } from 'drizzle-kit';

// One schema, one folder of SQL migrations. Migrations are applied by the application at start-up
// (src/db/migrate.ts), never by the drizzle-kit CLI (it cannot load PGlite extensions).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
