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

// --- the whole site: the menu, a profile's quotes, a page's breadcrumbs ------

type Navigation =
  paths["/api/council/navigation/"]["get"]["responses"][200]["content"]["application/json"];
type NavigationQuery = NonNullable<paths["/api/council/navigation/"]["get"]["parameters"]["query"]>;
type MenuItem = Navigation["items"][number];
type Person = components["schemas"]["Person"];
type PersonQuoteListing =
  paths["/api/council/people/{person_id}/quotes/"]["get"]["responses"][200]["content"]["application/json"];
type PersonQuote = PersonQuoteListing["items"][number];
type Breadcrumb = NewsDetail["breadcrumbs"][number];
type AnyPage =
  paths["/api/council/pages/find/"]["get"]["responses"][200]["content"]["application/json"];

async function read<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    const problem: Problem = await response.json();
    throw new Error(`${problem.title}: ${problem.detail}`);
  }
  return (await response.json()) as T;
}

export function getNavigation(base: string, query: NavigationQuery = {}): Promise<Navigation> {
  const params = new URLSearchParams();
  if (query.locale) params.set("locale", query.locale);
  if (query.depth) params.set("depth", String(query.depth));
  return read<Navigation>(`${base}navigation/?${params}`);
}

export interface MenuEntry {
  title: string;
  path: string;
  level: number;
}

// The menu tree, flattened in reading order, for a sitemap or a mobile menu.
export function menuEntries(items: MenuItem[], level = 1): MenuEntry[] {
  return items.flatMap((item) => [
    { title: item.title, path: item.path, level },
    ...menuEntries(item.children, level + 1),
  ]);
}

export function menuIsPrecise(navigation: Navigation): number[] {
  // @ts-expect-error a menu item's children are menu items, not page ids.
  return navigation.items[0]?.children ?? [];
}

export function listPersonQuotes(
  base: string,
  personId: number,
  offset = 0,
): Promise<PersonQuoteListing> {
  return read<PersonQuoteListing>(`${base}people/${personId}/quotes/?offset=${offset}`);
}

export interface QuoteLine {
  text: string;
  source: string;
  path: string | null;
}

// The same quotes, from a profile's latest few or from the whole listing.
export function quoteLines(quotes: PersonQuote[]): QuoteLine[] {
  return quotes.map((quote) => ({ text: quote.text, source: quote.page.title, path: quote.page.path }));
}

export function profileQuoteLines(person: Person): QuoteLine[] {
  return quoteLines(person.quotes.items);
}

// Every quote of a person, page by page through the listing.
export async function allQuoteLines(base: string, personId: number): Promise<QuoteLine[]> {
  const lines: QuoteLine[] = [];
  let listing: PersonQuoteListing;
  do {
    listing = await listPersonQuotes(base, personId, lines.length);
    lines.push(...quoteLines(listing.items));
  } while (listing.items.length && lines.length < listing.count);
  return lines;
}

export function quoteDateIsPrecise(quote: PersonQuote): string {
  // @ts-expect-error a quote's date is null when neither the quote nor its page has one.
  return quote.date;
}

export interface Crumb {
  title: string;
  path: string | null;
  current: boolean;
}

// The trail to a page: its ancestors, then the page itself, marked current.
export function breadcrumbTrail(page: Pick<NewsDetail, "breadcrumbs" | "title" | "path">): Crumb[] {
  return [
    ...page.breadcrumbs.map((crumb) => ({ title: crumb.title, path: crumb.path, current: false })),
    { title: page.title, path: page.path, current: true },
  ];
}

// Any page found by path; only pages of the tree have a trail.
export function trailOf(page: AnyPage): Crumb[] {
  return "breadcrumbs" in page ? breadcrumbTrail(page) : [];
}

export function crumbPathIsPrecise(crumb: Breadcrumb): string {
  // @ts-expect-error a crumb's path is null when its page has no route on the site.
  return crumb.path;
}

// --- events and convocations ------------------------------------------------

type EventDetail = components["schemas"]["EventDetail"];
type EventListing =
  paths["/api/council/events/"]["get"]["responses"][200]["content"]["application/json"];
type ConvocationDetail = components["schemas"]["ConvocationDetail"];

// Speakers of an agenda carry the role they held on the event's date.
export function agendaSpeakerRoles(event: EventDetail): string[] {
  return event.agenda.flatMap((item) => (item.speaker ? [item.speaker.role] : []));
}

export function agendaSpeakerIsNullable(event: EventDetail): string | undefined {
  // @ts-expect-error an agenda item may name no speaker.
  return event.agenda[0]?.speaker.role;
}

export function cancelledEvents(listing: EventListing): string[] {
  return listing.items.filter((card) => card.status === "cancelled").map((card) => card.title);
}

export function register(convocation: ConvocationDetail): string[] {
  return convocation.members.map((member) => `${member.person.name}, ${member.standing_name}`);
}
