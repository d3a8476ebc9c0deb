/**
 * The download controls of a page (DownloadMenu.astro): shows their buttons, loads the module that makes the
 * files (figureDownload.ts) when a reader opens a menu — only then, so a reader who downloads nothing loads
 * nothing more — and saves the file on a click, within the click itself where it can (CSV, SVG, metadata), as
 * browsers let a page save a file only when a person asked for it.
 */
type Module = typeof import('./figureDownload.ts');

export function enhanceDownloads(root: Document): void {
  const menus = [...root.querySelectorAll<HTMLDetailsElement>('details[data-download-root]')];
  if (menus.length === 0) return;
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  const load = () => (loading ??= import('./figureDownload.ts').then((loaded) => (module = loaded)));
  for (const menu of menus) {
    menu.querySelector<HTMLElement>('[data-download-buttons]')!.hidden = false;
    menu.addEventListener('toggle', () => menu.open && void load());
  }
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-download]');
    const menu = button?.closest<HTMLElement>('[data-download-root]');
    if (!button || !menu) return;
    const status = menu.querySelector<HTMLElement>('[data-download-status]');
    const say = (text: string) => status && (status.textContent = text);
    try {
      const loaded = module ?? (await load());
      const name = await loaded.downloadFigure(menu, button.dataset.download as Parameters<Module['downloadFigure']>[1]);
      say(`Diunduh: ${name}`);
    } catch (error) {
      say(`Unduhan gagal: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
