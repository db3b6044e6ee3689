// A headless frontend for wagtail-council in one ES module: no build step, no framework.
//
// It reads the content API from another origin (CORS) and renders the news
// list, news articles (quotes, photos, the gallery, the greeting address they
// report on), statements, greeting addresses and galleries. Routes mirror the
// CMS paths after "#": "#/ru/news/<slug>/" shows the page at "/ru/news/<slug>/",
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

const TEXT = {
  ru: {
    news: "Новости",
    language: "Язык",
    skip: "Перейти к содержанию",
    loading: "Загрузка…",
    failed: "Не удалось загрузить материал.",
    gallery: "Фотогалерея",
    address: "Приветственный адрес",
    signed: "Подписали",
    document: "Документ",
    more: "Все фотографии",
    previewTitle: "Предпросмотр",
    preview: "Предпросмотр: эта версия страницы не опубликована.",
    previewFailed: "Не удалось показать предпросмотр.",
    noToken: "В адресе нет токена предпросмотра; откройте предпросмотр из админки.",
  },
  en: {
    news: "News",
    language: "Language",
    skip: "Skip to content",
    loading: "Loading…",
    failed: "The content could not be loaded.",
    gallery: "Photo gallery",
    address: "Greeting address",
    signed: "Signed by",
    document: "Document",
    more: "All photos",
    previewTitle: "Preview",
    preview: "Preview: this version of the page is not published.",
    previewFailed: "The preview could not be shown.",
    noToken: "The address has no preview token; open the preview from the admin.",
  },
};

const view = document.querySelector("[data-view]");
let locales = [];

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

async function api(path, params = {}) {
  const url = new URL(path, API);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `${response.status} ${url}`);
  }
  return response.json();
}

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

function speaker(person) {
  return h(
    "footer",
    { class: "speaker" },
    picture(person.photo, "4rem"),
    h("p", {}, h("cite", { class: "speaker-name" }, person.name), person.role ? h("br") : null,
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

function setLanguage(language, translations = null) {
  document.documentElement.lang = language;
  const strings = text(language);
  document.querySelector(".skip-link").textContent = strings.skip;
  document.querySelector("[data-preview-banner]")?.replaceChildren(strings.preview);
  document.querySelector("[data-home]").setAttribute("href", route(`/${language}/`));
  const nav = document.querySelector("[data-languages]");
  nav.setAttribute("aria-label", strings.language);
  const items = locales.map((locale) => {
    const version = translations?.find((item) => item.locale === locale.code);
    const target = version?.path || `/${locale.code}/`;
    const current = locale.code === language ? { "aria-current": "true" } : {};
    return h("li", {}, h("a", { href: route(target), lang: locale.code, ...current }, locale.name));
  });
  nav.replaceChildren(h("ul", {}, items));
}

function newsCard(item, language) {
  return h(
    "li",
    { class: "card" },
    picture(item.image, "(min-width: 60rem) 19rem, 100vw"),
    h("h2", { class: "card-title" }, h("a", { href: route(item.path) }, item.title)),
    h("time", { datetime: item.date }, formatDate(item.date, language)),
    h("p", {}, item.lead),
  );
}

async function showNewsList(language) {
  const listing = await api("news/", { locale: language, limit: 20 });
  setLanguage(language);
  document.title = text(language).news;
  view.replaceChildren(
    h("h1", {}, text(language).news),
    h("ul", { class: "cards" }, listing.items.map((item) => newsCard(item, language))),
  );
}

function header(page) {
  return [
    h("h1", {}, page.title),
    page.date ? h("time", { datetime: page.date }, formatDate(page.date, page.locale)) : null,
  ];
}

const PAGES = {
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
    h("p", {}, `${text(page.locale).signed}: `, page.signatories.map((person) => `${person.name}, ${person.role}`).join("; ")),
    page.original_document ? BLOCKS.document(page.original_document) : null,
  ],
  gallery: (page) => [...header(page), html("div", page.description, { class: "rich-text" }), photos(page.photos)],
};

// A detail, published or a draft: the same markup either way.
function showPage(page) {
  setLanguage(page.locale, page.translations);
  document.title = PREVIEW ? `${text(page.locale).previewTitle}: ${page.seo.title}` : page.seo.title;
  const render = PAGES[page.type] || ((item) => header(item));
  view.replaceChildren(h("article", { "data-type": page.type }, render(page)));
}

async function showPath(path) {
  const page = await api("pages/find/", { path });
  if (page.type === "page" || (page.type === "index" && page.lists === "news")) {
    return showNewsList(page.locale);
  }
  showPage(page);
}

async function showPreview(language) {
  const token = PARAMS.get("token");
  if (!token) throw new Error(text(language).noToken);
  showPage(await api("preview/", { token }));
}

// Runs one view; a failure (the API's problem detail, or a network error) is shown, never a blank page.
async function load(language, failure, task) {
  view.setAttribute("aria-busy", "true");
  try {
    if (!locales.length) locales = await api("locales/");
    await task();
  } catch (error) {
    setLanguage(language);
    view.replaceChildren(h("p", { class: "error", role: "alert" }, text(language)[failure], " ", error.message));
  } finally {
    view.removeAttribute("aria-busy");
  }
}

function show() {
  if (PREVIEW) {
    const language = readerLanguage();
    return load(language, "previewFailed", () => showPreview(language));
  }
  const path = decodeURIComponent(location.hash.slice(1)) || "/ru/";
  const [, language = "ru"] = path.match(/^\/([a-z]{2})\//) || [];
  return load(language, "failed", () =>
    path === `/${language}/` ? showNewsList(language) : showPath(path),
  );
}

if (!PREVIEW) window.addEventListener("hashchange", () => show().then(() => view.focus()));
show();
