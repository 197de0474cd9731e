/** Vitest's globalSetup for the server's suites: the migrated database they copy is built once, before any starts. */
import { migratedImage, migratedTemplate } from "./migratedDatabase.ts";

export default async function setup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) await migratedTemplate(serverUrl);
  else await migratedImage();
}
