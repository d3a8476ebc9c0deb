/**
 * The download controls of a page (DownloadMenu.astro): shows their buttons and, when a reader opens a menu,
 * loads the module that makes the files (figureDownload.ts), which fetches the figure's figures file and adds the
 * embed code and "Gunakan data ini" to the panel. Only then: a reader who downloads nothing loads nothing more.
 * A click saves the file, within the click itself where it can (CSV, SVG, metadata, once the figures file is
 * there), as browsers let a page save a file only when a person asked for it.
 */
type Module = typeof import('./figureDownload.ts');

export function enhanceDownloads(root: Document): void {
  const menus = [...root.querySelectorAll<HTMLDetailsElement>('details[data-download-root]')];
  if (menus.length === 0) return;
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  const load = () => (loading ??= import('./figureDownload.ts').then((loaded) => (module = loaded)));
  const say = (menu: HTMLElement, text: string) => {
    const status = menu.querySelector<HTMLElement>('[data-download-status]');
    if (status) status.textContent = text;
  };
  const failed = (menu: HTMLElement) => (error: unknown) => say(menu, `Unduhan gagal: ${error instanceof Error ? error.message : String(error)}`);
  for (const menu of menus) {
    menu.querySelector<HTMLElement>('[data-download-buttons]')!.hidden = false;
    menu.addEventListener('toggle', () => {
      if (menu.open) load().then((loaded) => loaded.openMenu(menu), failed(menu));
    });
  }
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-download]');
    const menu = button?.closest<HTMLElement>('[data-download-root]');
    if (!button || !menu) return;
    try {
      const loaded = module ?? (await load());
      const name = await loaded.downloadFigure(menu, button.dataset.download as Parameters<Module['downloadFigure']>[1]);
      say(menu, `Diunduh: ${name}`);
    } catch (error) {
      failed(menu)(error);
    }
  });
}
