/**
 * The download controls of a page (DownloadMenu.astro): adds their buttons and, when a reader opens a menu,
 * loads the module that makes the files (figureDownload.ts), which fetches the figure's figures file and adds the
 * embed code and "Gunakan data ini" to the panel. Only then: a reader who downloads nothing loads nothing more.
 * A click saves the file, within the click itself where it can (CSV, SVG, metadata, once the figures file is
 * there), as browsers let a page save a file only when a person asked for it.
 */
type Module = typeof import('./figureDownload.ts');

const KINDS = [
  ['csv', 'CSV'],
  ['excel', 'CSV Excel Indonesia'],
  ['svg', 'SVG'],
  ['png', 'PNG'],
  ['metadata', 'Metadata'],
] as const;

/** A menu's buttons: every figure's CSVs and metadata, a chart's SVG and PNG too. */
function buttons(root: Document, chart: boolean): HTMLElement {
  const line = root.createElement('p');
  line.className = 'dl__buttons';
  for (const [kind, label] of KINDS) {
    if (!chart && (kind === 'svg' || kind === 'png')) continue;
    const button = root.createElement('button');
    button.type = 'button';
    button.dataset.download = kind;
    button.textContent = label;
    line.append(button);
  }
  return line;
}

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
    menu.querySelector('.dl__panel')!.prepend(buttons(root, menu.hasAttribute('data-chart')));
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
