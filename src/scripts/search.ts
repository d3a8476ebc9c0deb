/**
 * Progressive enhancement of SearchBox with Pagefind's JS API. Results are built with DOM nodes and
 * textContent only: Pagefind's excerpt (HTML with <mark>) is parsed in an inert document and only
 * its text and <mark> elements are copied.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (query: string, options?: unknown, wait?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let loading: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base });
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
  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
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
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(item.excerpt));
          entry.append(link, excerpt);
          return entry;
        }),
      );
      status.textContent = search.results.length === 0 ? 'Tidak ada hasil.' : `${search.results.length} hasil${search.results.length > MAX_RESULTS ? `, ${MAX_RESULTS} teratas ditampilkan` : ''}.`;
    } catch {
      status.textContent = 'Pencarian belum tersedia (indeks dibuat saat build).';
    }
  });
}
