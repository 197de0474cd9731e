/**
 * The usual cast of a realtime test: a brand with two agents signed in (Ana and Tom), a trainer of the brand,
 * and an admin of another brand (Olga), each with a live socket, on a fresh test server.
 */
import type { Config } from "../app/config.ts";
import { aBrand, aUser } from "./fixtures.ts";
import { startTestServer, type TestServer, type TestSocket } from "./testServer.ts";

export interface Member {
  id: string;
  name: string;
  email: string;
  socket: TestSocket;
}

export interface BrandFloor {
  server: TestServer;
  brandId: string;
  otherBrandId: string;
  ana: Member;
  tom: Member;
  trainer: Member;
  outsider: Member;
  /** another console of the same user, e.g. a second tab */
  secondTab(member: Member): Promise<TestSocket>;
}

export async function startBrandFloor(config: Partial<Config> = {}, options: { dataDir?: string } = {}): Promise<BrandFloor> {
  const server = await startTestServer(config, options);
  const db = server.database.db;
  const brand = await aBrand(db, "Lumen");
  const other = await aBrand(db, "Threadline");
  const member = async (brandId: string, role: "agent" | "trainer" | "admin", name: string): Promise<Member> => {
    const user = await aUser(db, [{ brandId, role }], name);
    return { ...user, socket: await server.connect(await server.cookieFor(user.email)) };
  };
  return {
    server,
    brandId: brand.id,
    otherBrandId: other.id,
    ana: await member(brand.id, "agent", "Ana"),
    tom: await member(brand.id, "agent", "Tom"),
    trainer: await member(brand.id, "trainer", "Jo"),
    outsider: await member(other.id, "admin", "Olga"),
    secondTab: async (m) => server.connect(await server.cookieFor(m.email)),
  };
}
