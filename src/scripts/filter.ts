/**
 * Progressive enhancement of FilterBar: shows the form, hides table rows (tr[data-row]) that do
 * not match, and empty row groups (regions) and province sections with them. No data is read from the
 * page except data-* attributes; nothing is written as HTML.
 */
const FIELDS = ['provinsi', 'wilayah', 'urusan'] as const;

export function enhanceFilter(form: HTMLFormElement): void {
  const rows = [...document.querySelectorAll<HTMLElement>('tr[data-row]')];
  const output = form.querySelector('output');
  const selects = new Map(FIELDS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)]));
  const params = new URLSearchParams(location.search);
  for (const [name, select] of selects) {
    const wanted = params.get(name);
    if (select && wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  const apply = () => {
    const chosen = Object.fromEntries(FIELDS.map((name) => [name, selects.get(name)?.value ?? '']));
    // Regions offered: those of the chosen province.
    for (const option of selects.get('wilayah')?.options ?? []) {
      option.hidden = option.value !== '' && chosen.provinsi !== '' && option.dataset.provinsi !== chosen.provinsi;
    }
    let shown = 0;
    for (const row of rows) {
      const match = FIELDS.every((name) => chosen[name] === '' || row.dataset[name] === chosen[name]);
      row.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('tbody[data-group], section[data-provinsi]')) {
      group.hidden = !group.querySelector('tr[data-row]:not([hidden])');
    }
    if (output) output.textContent = shown === rows.length ? `${rows.length} perangkat daerah` : `${shown} dari ${rows.length} perangkat daerah`;
    const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value !== ''));
    history.replaceState(null, '', `${location.pathname}${query.size > 0 ? `?${query}` : ''}${location.hash}`);
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
