import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrand, aUser } from "../testing/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";
import { loadPrincipal } from "./access.ts";

describe("loadPrincipal", () => {
  let database: TestDatabase;
  let lumen: string;
  let harbor: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    lumen = (await aBrand(database.db, "Lumen")).id;
    harbor = (await aBrand(database.db, "Harbor")).id;
  });

  afterAll(() => database.drop());

  it("lists every membership of an enabled user", async () => {
    const user = await aUser(database.db, [
      { brandId: lumen, role: "agent" },
      { brandId: harbor, role: "supervisor" },
    ]);
    const principal = await loadPrincipal(database.db, user.id);
    expect(principal.disabled).toBe(false);
    expect(principal.memberships).toEqual(
      expect.arrayContaining([
        { brandId: lumen, role: "agent" },
        { brandId: harbor, role: "supervisor" },
      ]),
    );
    expect(principal.memberships).toHaveLength(2);
  });

  it("gives a user without memberships none, and leaves them enabled", async () => {
    const user = await aUser(database.db, []);
    expect(await loadPrincipal(database.db, user.id)).toEqual({ userId: user.id, disabled: false, memberships: [] });
  });

  it("marks a disabled user disabled and still lists their memberships", async () => {
    const user = await aUser(database.db, [{ brandId: lumen, role: "agent" }]);
    await database.db.query("UPDATE users SET disabled_at = now() WHERE id = $1", [user.id]);
    expect(await loadPrincipal(database.db, user.id)).toEqual({ userId: user.id, disabled: true, memberships: [{ brandId: lumen, role: "agent" }] });
  });

  it("treats an unknown user as disabled, with no memberships", async () => {
    const unknown = uuidv7();
    expect(await loadPrincipal(database.db, unknown)).toEqual({ userId: unknown, disabled: true, memberships: [] });
  });
});
