// A headless frontend for wagtail-council in one ES module: no build step, no framework.
//
// It reads the content API from another origin (CORS) and builds the whole
// site from it: the header (the site's name and logo from "site/", the menu
// from "navigation/", a language switcher that keeps the page), breadcrumbs,
// the home page with the latest news, listings, news articles (quotes,
// photos, the gallery, the greeting address they report on), statements,
// greeting addresses, galleries and people's profiles. Routes mirror the CMS
// paths after "#": "#/ru/news/<slug>/" shows the page at "/ru/news/<slug>/",
// found with the API's by-path lookup.
//
// "preview/?token=…" (a page with <body data-preview>) shows an editor's draft,
// as Wagtail's "Headless frontend" preview mode sends it, read from the API's
// preview endpoint and rendered by the same functions as a published page.

const PARAMS = new URLSearchParams(location.search);
const API = new URL(
  PARAMS.get("api") || document.querySelector('meta[name="council-api"]').content,
  location.href,
);
const PREVIEW = document.body.hasAttribute("data-preview");
// The frontend's home, beside this module: a preview's links lead there.
const HOME = new URL(".", import.meta.url);
// Levels of the menu: the home page's children and theirs.
const MENU_DEPTH = 2;
// News items on the home page.
const LATEST_NEWS = 3;
// A person's profile by id, for speakers whose address the page does not give.
const PERSON_ROUTE = /^person=(\d+)$/;

const TEXT = {
  ru: {
    site: "Совет",
    news: "Новости",
    latestNews: "Последние новости",
    language: "Язык",
    menu: "Основное меню",
    breadcrumbs: "Навигационная цепочка",
    skip: "Перейти к содержанию",
    loading: "Загрузка…",
    failed: "Не удалось загрузить материал.",
    gallery: "Фотогалерея",
    address: "Приветственный адрес",
    signed: "Подписали",
    document: "Документ",
    more: "Все фотографии",
    roles: "Должности",
    quotes: "Цитаты",
    statements: "Заявления",
    addresses: "Приветственные адреса",
    quotedIn: "Источник",
    contacts: "Контакты",
    moved: "Эта страница теперь по другому адресу:",
    partOf: "Входит в",
    profiles: "Официальные страницы",
    latestOf: (shown, total) => `Последние ${shown} из ${total}.`,
    nothing: "Пока ничего нет.",
    previewTitle: "Предпросмотр",
    preview: "Предпросмотр: эта версия страницы не опубликована.",
    previewFailed: "Не удалось показать предпросмотр.",
    noToken: "В адресе нет токена предпросмотра; откройте предпросмотр из админки.",
  },
  en: {
    site: "Council",
    news: "News",
    latestNews: "Latest news",
    language: "Language",
    menu: "Main menu",
    breadcrumbs: "Breadcrumb",
    skip: "Skip to content",
    loading: "Loading…",
    failed: "The content could not be loaded.",
    gallery: "Photo gallery",
    address: "Greeting address",
    signed: "Signed by",
    document: "Document",
    more: "All photos",
    roles: "Current roles",
    quotes: "Quotes",
    statements: "Statements",
    addresses: "Greeting addresses",
    quotedIn: "Source",
    contacts: "Contacts",
    moved: "This page has moved to:",
    partOf: "Part of",
    profiles: "Official profiles",
    latestOf: (shown, total) => `The latest ${shown} of ${total}.`,
    nothing: "Nothing yet.",
    previewTitle: "Preview",
    preview: "Preview: this version of the page is not published.",
    previewFailed: "The preview could not be shown.",
    noToken: "The address has no preview token; open the preview from the admin.",
  },
};

const view = document.querySelector("[data-view]");

function text(language) {
  return TEXT[language] || TEXT.ru;
}

// The reader's language among the frontend's, as the API picks its messages' language.
function readerLanguage() {
  const language = navigator.languages
    .map((tag) => tag.slice(0, 2).toLowerCase())
    .find((code) => code in TEXT);
  return language || "ru";
}

// DOM helpers: text always goes in as text; only the CMS's rich text and
// embed codes, which the CMS has already cleaned, go in as HTML.
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

function html(tag, markup, attributes = {}) {
  const element = h(tag, attributes);
  element.innerHTML = markup;
  return element;
}

// The language of the page being shown: the API's problems come in it.
let readingLanguage = "ru";

// ``signal`` ends the request when the reader has moved on to another page.
async function api(path, params = {}, signal = undefined) {
  const url = new URL(path, API);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const headers = { Accept: "application/json", "Accept-Language": readingLanguage };
  const response = await fetch(url, { headers, signal });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `${response.status} ${url}`);
  }
  return response.json();
}

// What frames every page (the site, its menu, its languages) is read once per
// language. A frame that fails to load is left out, never a reason to show no page.
const frames = new Map();

function once(key, load) {
  if (!frames.has(key)) frames.set(key, load().catch(() => null));
  return frames.get(key);
}

const siteOf = (language) => once(`site:${language}`, () => api("site/", { locale: language }));
const menuOf = (language) =>
  once(`menu:${language}`, () => api("navigation/", { locale: language, depth: MENU_DEPTH }));
const localeList = () => once("locales", () => api("locales/"));

function route(path) {
  if (!PREVIEW) return `#${path}`;
  const url = new URL(HOME);
  if (PARAMS.has("api")) url.searchParams.set("api", PARAMS.get("api"));
  url.hash = path;
  return url.href;
}

function formatDate(value, language) {
  return new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(new Date(value));
}

function picture(image, sizes = "100vw") {
  if (!image) return null;
  const sources = image.sources.slice(0, -1).map((source) =>
    h("source", { type: source.type, srcset: source.srcset, sizes }),
  );
  return h(
    "picture",
    {},
    sources,
    h("img", {
      src: image.url,
      srcset: image.srcset,
      sizes,
      width: image.width,
      height: image.height,
      alt: image.alt,
      loading: "lazy",
      decoding: "async",
    }),
  );
}

function figure(value, sizes) {
  if (!value) return null;
  return h(
    "figure",
    {},
    picture(value.image, sizes),
    value.caption || value.credit
      ? h(
          "figcaption",
          {},
          value.caption,
          value.credit ? h("span", { class: "credit" }, value.credit) : null,
        )
      : null,
  );
}

// A link to a page of the site, or its title alone when the page has no address.
function link(path, title) {
  return path ? h("a", { href: route(path) }, title) : title;
}

// Where a speaker's or signatory's profile is: its path when the API gives
// one, else the profile by id; nowhere for people outside the directory.
function personHref(person) {
  if (person.path) return route(person.path);
  if (person.in_directory && person.id !== null) return route(`person=${person.id}`);
  return null;
}

function personName(person) {
  const href = personHref(person);
  return href ? h("a", { href }, person.name) : person.name;
}

function speaker(person) {
  return h(
    "footer",
    { class: "speaker" },
    picture(person.photo, "4rem"),
    h("p", {}, h("cite", { class: "speaker-name" }, personName(person)), person.role ? h("br") : null,
      person.role ? h("span", { class: "speaker-role" }, person.role) : null),
  );
}

function photos(list) {
  return h(
    "ul",
    { class: "photos" },
    list.map((photo) =>
      h(
        "li",
        {},
        h(
          "figure",
          {},
          h("a", { href: photo.image.url }, picture(photo.thumbnail, "12rem")),
          h(
            "figcaption",
            {},
            photo.caption,
            photo.credit ? h("span", { class: "credit" }, photo.credit) : null,
          ),
        ),
      ),
    ),
  );
}

// One renderer per block type: the API's discriminated union on "type".
const BLOCKS = {
  paragraph: (value) => html("div", value, { class: "rich-text" }),
  heading: (value) => h(`h${value.level}`, {}, value.text),
  image: (value) => figure(value, "(min-width: 60rem) 58rem, 100vw"),
  embed: (value) =>
    h("figure", { class: "embed" }, html("div", value.html), h("figcaption", {}, value.caption || value.title)),
  document: (value) =>
    value && h("p", {}, h("a", { href: value.url }, `${value.title} (${value.file_extension.toUpperCase()})`)),
  quote: (value) =>
    h("blockquote", { class: "quote" }, h("p", { class: "quote-text" }, value.text), speaker(value.speaker)),
  gallery: (value) =>
    h("section", { class: "gallery-block" }, value.gallery ? h("h2", {}, value.gallery.title) : null,
      photos(value.photos)),
};

function body(blocks) {
  return blocks.map((block) => (BLOCKS[block.type] || (() => null))(block.value));
}

// --- the frame: header, menu, languages -------------------------------------

function siteName(site, language) {
  const home = site?.home?.path || `/${language}/`;
  const link = document.querySelector("[data-home]");
  link.setAttribute("href", route(home));
  // The logo's alt text is the site's name, which the link already says in text.
  const logo = site?.logo ? picture({ ...site.logo, alt: "" }, "12rem") : null;
  link.replaceChildren(logo || "", h("span", {}, site?.name || text(language).site));
}

function menuList(items, current) {
  if (!items?.length) return null;
  return h(
    "ul",
    {},
    items.map((item) =>
      h(
        "li",
        {},
        h("a", { href: route(item.path), "aria-current": item.path === current ? "page" : null }, item.title),
        menuList(item.children, current),
      ),
    ),
  );
}

function menu(navigation, language, current) {
  const nav = document.querySelector("[data-menu]");
  nav.setAttribute("aria-label", text(language).menu);
  const list = menuList(navigation?.items, current);
  nav.hidden = !list;
  nav.replaceChildren(list || "");
}

// Each language links to this page in it, else to that language's home page.
function languages(locales, language, translations) {
  const nav = document.querySelector("[data-languages]");
  nav.setAttribute("aria-label", text(language).language);
  const items = (locales || []).map((locale) => {
    const version = translations?.find((item) => item.locale === locale.code && item.path);
    const target = version?.path || locale.home?.path || `/${locale.code}/`;
    const current = locale.code === language ? { "aria-current": "true" } : {};
    return h(
      "li",
      {},
      h("a", { href: route(target), lang: locale.code, hreflang: locale.code, ...current }, locale.name),
    );
  });
  nav.replaceChildren(h("ul", {}, items));
}

// Only web, e-mail and telephone links reach a reader, whatever the API sends.
function safeHref(url) {
  try {
    return ["http:", "https:", "mailto:", "tel:"].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

function contacts(site, language) {
  const footer = document.querySelector("[data-contacts]");
  if (!footer) return;
  const strings = text(language);
  const { email, phone, address } = site?.contact || {};
  const lines = [
    email ? h("a", { href: `mailto:${email}` }, email) : null,
    phone ? h("a", { href: `tel:${phone.replace(/[^\d+]/g, "")}` }, phone) : null,
    ...(address ? address.split("\n") : []),
  ].filter(Boolean);
  const profiles = (site?.social_profiles || []).filter((profile) => safeHref(profile.url));
  footer.hidden = !lines.length && !profiles.length;
  footer.replaceChildren(
    lines.length
      ? h("section", { "aria-labelledby": "contacts-heading" }, h("h2", { id: "contacts-heading" }, strings.contacts),
          h("address", {}, lines.map((line, index) => [index ? h("br") : null, line])))
      : "",
    profiles.length
      ? h("section", { "aria-labelledby": "profiles-heading" }, h("h2", { id: "profiles-heading" }, strings.profiles),
          h("ul", { class: "profiles" }, profiles.map((profile) =>
            h("li", {}, h("a", { href: safeHref(profile.url) }, profile.label)))))
      : "",
  );
}

async function frameOf(language) {
  const [site, navigation] = await Promise.all([siteOf(language), menuOf(language)]);
  return { site, navigation, locales: site?.locales || (await localeList()) };
}

// Renders the frame read by ``frameOf``, for the page at ``path``.
function frame({ site, navigation, locales }, language, { translations = null, path = null } = {}) {
  document.documentElement.lang = language;
  const strings = text(language);
  document.querySelector(".skip-link").textContent = strings.skip;
  document.querySelector("[data-preview-banner]")?.replaceChildren(strings.preview);
  siteName(site, language);
  menu(navigation, language, path);
  languages(locales, language, translations);
  contacts(site, language);
}

// The trail to a page: its ancestors from the API, then the page itself.
function breadcrumbs(page, language) {
  if (!page.breadcrumbs?.length) return null;
  return h(
    "nav",
    { class: "breadcrumbs", "aria-label": text(language).breadcrumbs },
    h(
      "ol",
      {},
      page.breadcrumbs.map((crumb) => h("li", {}, link(crumb.path, crumb.title))),
      h("li", {}, h("a", { href: route(page.path), "aria-current": "page" }, page.title)),
    ),
  );
}

// --- pages -------------------------------------------------------------------

// A card of any listing: news, statements, addresses, galleries or people.
function card(item, language, level = 2) {
  const date = item.date ? h("time", { datetime: item.date }, formatDate(item.date, language)) : null;
  return h(
    "li",
    { class: "card" },
    picture(item.image || item.photo, "(min-width: 60rem) 19rem, 100vw"),
    h(`h${level}`, { class: "card-title" }, h("a", { href: route(item.path) }, item.title || item.name)),
    date,
    h("p", {}, item.lead ?? item.current_role?.title),
  );
}

function cards(items, language, level) {
  if (!items.length) return h("p", {}, text(language).nothing);
  return h("ul", { class: "cards" }, items.map((item) => card(item, language, level)));
}

function header(page) {
  return [
    h("h1", {}, page.title ?? page.name),
    page.date ? h("time", { datetime: page.date }, formatDate(page.date, page.locale)) : null,
  ];
}

// Where an index page's items come from, by what it lists.
const LISTINGS = {
  news: "news/",
  statements: "statements/",
  greeting_addresses: "greeting-addresses/",
  galleries: "galleries/",
  people: "people/",
};

// What a page shows besides its own detail, read before it is rendered.
const EXTRAS = {
  home: (page, signal) => api("news/", { locale: page.locale, limit: LATEST_NEWS }, signal),
  index: (page, signal) =>
    LISTINGS[page.lists] ? api(LISTINGS[page.lists], { locale: page.locale, limit: 20 }, signal) : null,
};

// A part of a profile: its heading with the total, and the latest few.
function profileSection(title, sample, language, items) {
  return h(
    "section",
    { class: "profile-part" },
    h("h2", {}, `${title} (${sample.count})`),
    sample.count > sample.items.length
      ? h("p", {}, text(language).latestOf(sample.items.length, sample.count))
      : null,
    sample.items.length ? items(sample.items) : h("p", {}, text(language).nothing),
  );
}

function personQuote(quote, language) {
  return h(
    "blockquote",
    { class: "quote" },
    h("p", { class: "quote-text" }, quote.text),
    h(
      "footer",
      {},
      `${text(language).quotedIn}: `,
      link(quote.page.path, quote.page.title),
      quote.date ? [", ", h("time", { datetime: quote.date }, formatDate(quote.date, language))] : null,
    ),
  );
}

function person(page) {
  const strings = text(page.locale);
  return [
    h("h1", {}, page.name),
    picture(page.photo, "12rem"),
    page.current_roles.length
      ? h("section", { class: "profile-part" }, h("h2", {}, strings.roles),
          h("ul", { class: "roles" }, page.current_roles.map((role) => h("li", {}, role.title))))
      : null,
    page.biography ? html("div", page.biography, { class: "rich-text" }) : null,
    profileSection(strings.quotes, page.quotes, page.locale, (items) =>
      items.map((quote) => personQuote(quote, page.locale))),
    profileSection(strings.statements, page.statements, page.locale, (items) =>
      cards(items, page.locale, 3)),
    profileSection(strings.addresses, page.greeting_addresses, page.locale, (items) =>
      cards(items, page.locale, 3)),
  ];
}

const PAGES = {
  home: (page, news) => [
    h("h1", {}, page.title),
    html("div", page.intro, { class: "rich-text intro" }),
    h("section", { class: "latest" }, h("h2", {}, text(page.locale).latestNews),
      cards(news.items, page.locale, 3)),
  ],
  index: (page, listing) => [
    h("h1", {}, page.title),
    html("div", page.intro, { class: "rich-text intro" }),
    listing ? cards(listing.items, page.locale, 2) : null,
  ],
  news: (page) => [
    ...header(page),
    h("p", { class: "lead" }, page.lead),
    figure(page.featured_image, "(min-width: 60rem) 58rem, 100vw"),
    body(page.body),
    page.greeting_address
      ? h("p", { class: "address-link" }, `${text(page.locale).address}: `,
          h("a", { href: route(page.greeting_address.path) }, page.greeting_address.title))
      : null,
    page.gallery
      ? h("section", { class: "gallery" }, h("h2", {}, text(page.locale).gallery), photos(page.gallery.photos))
      : null,
  ],
  statement: (page) => [
    ...header(page),
    h("blockquote", { class: "quote" }, h("p", {}, page.statement), speaker(page.speaker)),
    page.context ? h("p", {}, page.context) : null,
    body(page.body),
  ],
  greeting_address: (page) => [
    ...header(page),
    h("p", {}, page.addressee),
    html("div", page.body, { class: "rich-text" }),
    h("p", { class: "signatories" }, `${text(page.locale).signed}: `,
      page.signatories.map((signatory, index) => [index ? "; " : "", personName(signatory), `, ${signatory.role}`])),
    page.original_document ? BLOCKS.document(page.original_document) : null,
  ],
  gallery: (page) => [...header(page), html("div", page.description, { class: "rich-text" }), photos(page.photos)],
  person,
  organisation: (page) => [
    h("h1", {}, page.name),
    page.parent ? h("p", {}, `${text(page.locale).partOf}: `, page.parent.name) : null,
  ],
};

// The page's description and canonical address in <head>, for sharing and search.
function describe(seo) {
  const tags = [
    ["meta", { name: "description" }, "content", seo?.description],
    ["link", { rel: "canonical" }, "href", seo?.canonical_url],
  ];
  for (const [tag, key, attribute, value] of tags) {
    const [name, match] = Object.entries(key)[0];
    let element = document.head.querySelector(`${tag}[${name}="${match}"]`);
    if (!value) {
      element?.remove();
      continue;
    }
    element ||= document.head.appendChild(h(tag, key));
    element.setAttribute(attribute, value);
  }
}

// A detail, published or a draft: the same markup either way. Nothing is
// rendered once the reader has moved on (``signal`` aborted), so a slow
// answer never replaces a newer page.
async function showPage(page, signal) {
  const [extra, parts] = await Promise.all([EXTRAS[page.type]?.(page, signal), frameOf(page.locale)]);
  if (signal.aborted) return;
  frame(parts, page.locale, { translations: page.translations, path: page.path });
  describe(page.seo);
  const title = page.seo?.title || page.title || page.name;
  document.title = PREVIEW ? `${text(page.locale).previewTitle}: ${title}` : title;
  const render = PAGES[page.type] || ((item) => header(item));
  view.replaceChildren(
    breadcrumbs(page, page.locale) || "",
    h("article", { "data-type": page.type }, render(page, extra)),
  );
}

async function showPath(path, language, signal) {
  frameOf(language); // read while the page loads
  const page = await api("pages/find/", { path }, signal);
  if (page.type === "redirect") return showMoved(page.redirect, language, signal);
  // An old path that leads to a page of the site: the address bar shows the new one.
  if (page.redirect?.to_path && !signal.aborted) history.replaceState(null, "", route(page.redirect.to_path));
  await showPage(page, signal);
}

// An old path that now leads to another site: the reader gets a link there.
async function showMoved(redirect, language, signal) {
  const parts = await frameOf(language);
  if (signal.aborted) return;
  frame(parts, language);
  const href = safeHref(redirect.to_url);
  view.replaceChildren(h("p", {}, text(language).moved, " ", href ? h("a", { href }, redirect.to_url) : redirect.to_url));
}

// A profile by id; the address bar then shows its path, as any page's.
async function showPerson(id, signal) {
  const page = await api(`people/${id}/`, {}, signal);
  if (page.path && !signal.aborted) history.replaceState(null, "", route(page.path));
  await showPage(page, signal);
}

async function showPreview(language, signal) {
  const token = PARAMS.get("token");
  if (!token) throw new Error(text(language).noToken);
  await showPage(await api("preview/", { token }, signal), signal);
}

// The view being loaded; showing another one aborts it.
let visit = new AbortController();

// Runs one view; a failure (the API's problem detail, or a network error) is shown, never a blank page.
async function load(language, failure, task) {
  visit.abort();
  visit = new AbortController();
  const { signal } = visit;
  view.setAttribute("aria-busy", "true");
  try {
    await task(signal);
  } catch (error) {
    if (signal.aborted) return;
    const parts = await frameOf(language);
    if (signal.aborted) return;
    frame(parts, language);
    view.replaceChildren(h("p", { class: "error", role: "alert" }, text(language)[failure], " ", error.message));
  } finally {
    if (!signal.aborted) view.removeAttribute("aria-busy");
  }
}

function show() {
  if (PREVIEW) {
    readingLanguage = readerLanguage();
    return load(readingLanguage, "previewFailed", (signal) => showPreview(readingLanguage, signal));
  }
  const path = decodeURIComponent(location.hash.slice(1)) || "/ru/";
  const [, id] = path.match(PERSON_ROUTE) || [];
  if (id) return load(readingLanguage, "failed", (signal) => showPerson(id, signal));
  const [, language = "ru"] = path.match(/^\/([a-z]{2})\//) || [];
  readingLanguage = language;
  return load(language, "failed", (signal) => showPath(path, language, signal));
}

if (!PREVIEW) window.addEventListener("hashchange", () => show().then(() => view.focus()));
show();
