import { v7 as uuidv7 } from "uuid";
import type { Queryable } from "../client.ts";
import type { BrandSlug, SeedBrand } from "./brands.ts";
import { insertRows } from "./insertRows.ts";
import { HARBOR_INSURANCE_SCRIPTS } from "./scripts/harborInsurance.ts";
import { LUMEN_FIBRE_SCRIPTS } from "./scripts/lumenFibre.ts";
import type { ScriptGraph, ScriptSpec } from "./scripts/scriptSpec.ts";
import { THREADLINE_SCRIPTS } from "./scripts/threadline.ts";
import { authorOf, type SeedUser } from "./users.ts";
import { DAY } from "../../../shared/domain/durations.ts";

const SCRIPTS: Record<BrandSlug, ScriptSpec[]> = {
  "lumen-fibre": LUMEN_FIBRE_SCRIPTS,
  threadline: THREADLINE_SCRIPTS,
  "harbor-insurance": HARBOR_INSURANCE_SCRIPTS,
};


export interface SeedScript {
  id: string;
  brandId: string;
  slug: string;
  name: string;
  kind: ScriptSpec["kind"];
  createdBy: string | null;
  versions: SeedScriptVersion[];
  createdAt: Date;
  updatedAt: Date;
}

interface SeedScriptVersion {
  id: string;
  version: number;
  status: "draft" | "published";
  graph: ScriptGraph;
  createdAt: Date;
  publishedAt: Date | null;
}

/** Scripts were published two months ago; drafts are a trainer's work from this week. */
export function planScripts(brands: readonly SeedBrand[], users: readonly SeedUser[], now: Date): SeedScript[] {
  const publishedAt = new Date(now.getTime() - 60 * DAY);
  const draftedAt = new Date(now.getTime() - 2 * DAY);
  return brands.flatMap((brand) =>
    SCRIPTS[brand.slug].map((spec) => {
      const versions: SeedScriptVersion[] = [
        { id: uuidv7(), version: 1, status: "published", graph: spec.published, createdAt: publishedAt, publishedAt },
      ];
      if (spec.draft) versions.push({ id: uuidv7(), version: 2, status: "draft", graph: spec.draft, createdAt: draftedAt, publishedAt: null });
      return {
        id: uuidv7(),
        brandId: brand.id,
        slug: spec.slug,
        name: spec.name,
        kind: spec.kind,
        createdBy: authorOf(users, brand.id)?.id ?? null,
        versions,
        createdAt: publishedAt,
        updatedAt: spec.draft ? draftedAt : publishedAt,
      };
    }),
  );
}

export async function insertScripts(tx: Queryable, scripts: readonly SeedScript[]): Promise<void> {
  await insertRows(tx, "scripts", scripts, {
    id: ["uuid", (s) => s.id],
    brand_id: ["uuid", (s) => s.brandId],
    slug: ["text", (s) => s.slug],
    name: ["text", (s) => s.name],
    kind: ["text", (s) => s.kind],
    created_at: ["timestamptz", (s) => s.createdAt],
    updated_at: ["timestamptz", (s) => s.updatedAt],
  });
  const versions = scripts.flatMap((script) => script.versions.map((version) => ({ script, version })));
  await insertRows(tx, "script_versions", versions, {
    id: ["uuid", (v) => v.version.id],
    script_id: ["uuid", (v) => v.script.id],
    brand_id: ["uuid", (v) => v.script.brandId],
    version: ["integer", (v) => v.version.version],
    status: ["text", (v) => v.version.status],
    graph: ["jsonb", (v) => v.version.graph],
    created_by: ["uuid", (v) => v.script.createdBy],
    created_at: ["timestamptz", (v) => v.version.createdAt],
    published_at: ["timestamptz", (v) => v.version.publishedAt],
  });
}
