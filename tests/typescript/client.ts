// A tiny client of the content API, type-checked against types generated from
// its OpenAPI document (`council-api.d.ts`, made by openapi-typescript).
// It proves the document is usable: blocks narrow by `type`, and a quote's
// speaker role and a gallery photo's alt text are typed strings, not `any`.

import type { components, paths } from "./council-api";

type NewsDetail = components["schemas"]["NewsDetail"];
type NewsListing =
  paths["/api/council/news/"]["get"]["responses"][200]["content"]["application/json"];
type Problem = components["schemas"]["ProblemDetails"];

export async function getNews(base: string, id: number): Promise<NewsDetail> {
  const response = await fetch(`${base}news/${id}/`);
  if (!response.ok) {
    const problem: Problem = await response.json();
    throw new Error(`${problem.title}: ${problem.detail}`);
  }
  return (await response.json()) as NewsDetail;
}

export function quoteSpeakerRoles(news: NewsDetail): string[] {
  const roles: string[] = [];
  for (const block of news.body) {
    if (block.type === "quote") {
      roles.push(block.value.speaker.role);
    }
  }
  return roles;
}

export function galleryPhotoAlts(news: NewsDetail): string[] {
  const fromGallery = news.gallery?.photos.map((photo) => photo.image.alt) ?? [];
  const fromBlocks = news.body.flatMap((block) =>
    block.type === "gallery" ? block.value.photos.map((photo) => photo.thumbnail.alt) : [],
  );
  return [...fromGallery, ...fromBlocks];
}

export function cardTitles(listing: NewsListing): string[] {
  return listing.items.map((card) => `${card.title} (${card.date})`);
}

// The types are precise: without narrowing on `type`, a block's value is a
// union, and reading a quote's speaker from it does not compile.
export function unnarrowed(news: NewsDetail): string | undefined {
  const first = news.body[0];
  // @ts-expect-error `value` is a union of every block's value; not every one has `speaker`.
  return first?.value.speaker.role;
}

export function wrongType(news: NewsDetail): number {
  // @ts-expect-error an alt text is a string, not a number.
  return news.gallery?.photos[0]?.image.alt ?? 0;
}
