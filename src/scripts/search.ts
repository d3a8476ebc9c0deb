/**
 * Progressive enhancement of SearchBox with Pagefind's JS API. Results are built with DOM nodes and
 * textContent only: Pagefind's excerpt (HTML with <mark>) is parsed in an inert document and only
 * its text and <mark> elements are copied. Each result shows its title and what the page set as its
 * meta (jenis, pd, wilayah: BaseLayout's searchResult). Enter opens the first result. Pagefind itself
 * is loaded only when the box gets focus.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: unknown) => Promise<{ results: PagefindResult[] }>;
  debouncedSearch: (query: string, options?: unknown, wait?: number) => Promise<{ results: PagefindResult[] } | null>;
}

/** Meta keys shown under a result's title, in this order. */
const META_LINE = ['jenis', 'pd', 'wilayah'];

const MAX_RESULTS = 8;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let loading: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    // An agency overview holds its whole indicator tree, so it is long; with Pagefind's default page-length
    // penalty it ranks behind every one of its own indicator pages. A milder penalty keeps it among the first.
    await module.options({ baseUrl: base, ranking: { pageLength: 0.1 } });
    return module;
  });
  return loading;
}

function excerptNodes(html: string): Node[] {
  const inert = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...inert.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export function enhanceSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (query === '') return;
    // The list already shows this query's results: open the first. Otherwise search now, without the debounce.
    const shown = list.dataset.query === query ? list.querySelector<HTMLAnchorElement>('a[href]') : null;
    try {
      const url = shown?.href ?? (await (await (await pagefind()).search(query)).results[0]?.data())?.url;
      if (url) window.location.assign(url);
      else status.textContent = 'Tidak ada hasil.';
    } catch {
      status.textContent = 'Pencarian belum tersedia (indeks dibuat saat build).';
    }
  });
  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      delete list.dataset.query;
      status.textContent = '';
      return;
    }
    try {
      const search = await (await pagefind()).debouncedSearch(query, {}, 250);
      if (search === null || input.value.trim() !== query) return;
      const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      list.replaceChildren(
        ...found.map((item) => {
          const entry = document.createElement('li');
          const link = document.createElement('a');
          link.href = item.url;
          link.textContent = item.meta.title ?? item.url;
          const about = META_LINE.map((key) => item.meta[key])
            .filter(Boolean)
            .join(' · ');
          const meta = document.createElement('p');
          meta.className = 'muted';
          meta.textContent = about;
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(item.excerpt));
          entry.append(...(about ? [link, meta, excerpt] : [link, excerpt]));
          return entry;
        }),
      );
      list.dataset.query = query;
      status.textContent =
        search.results.length === 0
          ? 'Tidak ada hasil.'
          : `${search.results.length} hasil${search.results.length > MAX_RESULTS ? `, ${MAX_RESULTS} teratas ditampilkan` : ''}.`;
    } catch {
      status.textContent = 'Pencarian belum tersedia (indeks dibuat saat build).';
    }
  });
}
