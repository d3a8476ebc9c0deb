/**
 * The download controls of a page (DownloadMenu.astro): shows their buttons, and on a click loads the module
 * that makes the file (figureDownload.ts) — only then, so a reader who downloads nothing loads nothing more.
 */
export function enhanceDownloads(root: Document): void {
  const menus = root.querySelectorAll<HTMLElement>('[data-download-root]');
  if (menus.length === 0) return;
  for (const buttons of root.querySelectorAll<HTMLElement>('[data-download-buttons]')) buttons.hidden = false;
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-download]');
    const menu = button?.closest<HTMLElement>('[data-download-root]');
    if (!button || !menu) return;
    const status = menu.querySelector<HTMLElement>('[data-download-status]');
    button.disabled = true;
    try {
      const { downloadFigure } = await import('./figureDownload.ts');
      const name = await downloadFigure(menu, button.dataset.download as 'csv' | 'excel' | 'svg' | 'png' | 'metadata');
      if (status) status.textContent = `Diunduh: ${name}`;
    } catch (error) {
      if (status) status.textContent = `Unduhan gagal: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
    }
  });
}
