import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate --config packages/db/drizzle.config.ts` writes a new migration after a
// schema change. Migrations are committed and applied at start-up (see src/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './packages/db/migrations',
});
