export interface KbArticleSpec {
  slug: string;
  title: string;
  tags: string[];
  /** Markdown */
  body: string;
  /** an edit in progress, stored as version 2 */
  draft?: { title: string; body: string };
}
