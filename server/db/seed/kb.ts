import { v7 as uuidv7 } from "uuid";
import type { Queryable } from "../client.ts";
import type { BrandSlug, SeedBrand } from "./brands.ts";
import { insertRows } from "./insertRows.ts";
import { HARBOR_INSURANCE_KB } from "./kb/harborInsurance.ts";
import type { KbArticleSpec } from "./kb/kbSpec.ts";
import { LUMEN_FIBRE_KB } from "./kb/lumenFibre.ts";
import { THREADLINE_KB } from "./kb/threadline.ts";
import { authorOf, type SeedUser } from "./users.ts";
import { DAY } from "../../../shared/domain/durations.ts";

const KB_ARTICLES: Record<BrandSlug, KbArticleSpec[]> = {
  "lumen-fibre": LUMEN_FIBRE_KB,
  threadline: THREADLINE_KB,
  "harbor-insurance": HARBOR_INSURANCE_KB,
};


export interface SeedKbArticle {
  id: string;
  brandId: string;
  slug: string;
  createdBy: string | null;
  versions: SeedKbArticleVersion[];
  createdAt: Date;
  updatedAt: Date;
}

interface SeedKbArticleVersion {
  id: string;
  version: number;
  status: "draft" | "published";
  title: string;
  bodyMd: string;
  tags: string[];
  createdAt: Date;
  publishedAt: Date | null;
}

/** Articles were published over the last few months, a day apart; drafts are this week's edits. */
export function planKbArticles(brands: readonly SeedBrand[], users: readonly SeedUser[], now: Date): SeedKbArticle[] {
  const draftedAt = new Date(now.getTime() - 3 * DAY);
  return brands.flatMap((brand) =>
    KB_ARTICLES[brand.slug].map((spec, index) => {
      const publishedAt = new Date(now.getTime() - (90 - index) * DAY);
      const versions: SeedKbArticleVersion[] = [
        { id: uuidv7(), version: 1, status: "published", title: spec.title, bodyMd: spec.body, tags: spec.tags, createdAt: publishedAt, publishedAt },
      ];
      if (spec.draft) {
        const { title, body } = spec.draft;
        versions.push({ id: uuidv7(), version: 2, status: "draft", title, bodyMd: body, tags: spec.tags, createdAt: draftedAt, publishedAt: null });
      }
      return {
        id: uuidv7(),
        brandId: brand.id,
        slug: spec.slug,
        createdBy: authorOf(users, brand.id)?.id ?? null,
        versions,
        createdAt: publishedAt,
        updatedAt: spec.draft ? draftedAt : publishedAt,
      };
    }),
  );
}

export async function insertKbArticles(tx: Queryable, articles: readonly SeedKbArticle[]): Promise<void> {
  await insertRows(tx, "kb_articles", articles, {
    id: ["uuid", (a) => a.id],
    brand_id: ["uuid", (a) => a.brandId],
    slug: ["text", (a) => a.slug],
    created_at: ["timestamptz", (a) => a.createdAt],
    updated_at: ["timestamptz", (a) => a.updatedAt],
  });
  const versions = articles.flatMap((article) => article.versions.map((version) => ({ article, version })));
  await insertRows(tx, "kb_article_versions", versions, {
    id: ["uuid", (v) => v.version.id],
    article_id: ["uuid", (v) => v.article.id],
    brand_id: ["uuid", (v) => v.article.brandId],
    version: ["integer", (v) => v.version.version],
    status: ["text", (v) => v.version.status],
    title: ["text", (v) => v.version.title],
    body_md: ["text", (v) => v.version.bodyMd],
    tags: ["text[]", (v) => v.version.tags],
    created_by: ["uuid", (v) => v.article.createdBy],
    created_at: ["timestamptz", (v) => v.version.createdAt],
    published_at: ["timestamptz", (v) => v.version.publishedAt],
  });
}
