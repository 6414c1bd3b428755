/** Runs the context planner: form ↔ URL fragment, copy link, print, CSV download. */
import { emptyState, encodeState, type Level, type PlannerState, plannerCsv, readState } from '../core/planner-state.ts';
import { scriptText } from './page-text.ts';
import { showUnread } from './unread-notice.ts';

export function enhancePlanner(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('.planner');
  const form = root?.querySelector<HTMLFormElement>('.planner-form');
  if (!root || !form) return;
  const t = scriptText(root);
  const sectors = JSON.parse(root.dataset.sectors ?? '[]') as { id: string; title: string }[];
  const phases = JSON.parse(root.dataset.phases ?? '[]') as { id: string; title: string }[];
  const ids = sectors.map((s) => s.id);
  const phaseIds = phases.map((p) => p.id);
  const status = form.querySelector<HTMLElement>('.planner-status')!;
  const link = form.querySelector<HTMLAnchorElement>('.planner-link')!;
  form.hidden = false;

  const read = (): PlannerState => {
    const state = emptyState();
    state.title = (form.elements.namedItem('title') as HTMLInputElement).value;
    for (const s of ids) {
      for (const p of phaseIds) {
        const v = (form.elements.namedItem(`${s}/${p}`) as RadioNodeList).value as Level | '';
        if (v) state.ratings[`${s}/${p}`] = v;
      }
      const note = (form.elements.namedItem(`note-${s}`) as HTMLTextAreaElement).value;
      if (note) state.notes[s] = note;
    }
    return state;
  };
  const write = (state: PlannerState) => {
    (form.elements.namedItem('title') as HTMLInputElement).value = state.title;
    for (const s of ids) {
      // A rating is a radio group: setting its value checks the radio of that level ('' is "not rated").
      for (const p of phaseIds) (form.elements.namedItem(`${s}/${p}`) as RadioNodeList).value = state.ratings[`${s}/${p}`] ?? '';
      (form.elements.namedItem(`note-${s}`) as HTMLTextAreaElement).value = state.notes[s] ?? '';
    }
  };
  const shareUrl = () => {
    const base = window.location.href.replace(/#.*$/, '');
    return `${base}#${encodeState(read(), ids, phaseIds)}`;
  };
  const sync = () => {
    const url = shareUrl();
    window.history.replaceState(null, '', url);
    link.href = url;
    link.textContent = url;
  };

  const load = () => {
    const { state, unread } = readState(window.location.hash, ids, phaseIds, t);
    write(state);
    showUnread(doc, form, unread, t);
  };
  load();
  sync();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sync();
    status.textContent = t('planner.linkUpdated');
  });
  form.addEventListener('input', sync);
  form.addEventListener('change', sync);
  window.addEventListener('hashchange', () => {
    load();
    sync();
  });

  form.addEventListener('click', async (event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    if (action === 'copy') {
      const url = shareUrl();
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = t('planner.linkCopied');
      } catch {
        status.textContent = t('planner.copyThis', { url });
      }
    } else if (action === 'print') {
      window.print();
    } else if (action === 'csv') {
      const blob = new Blob([plannerCsv(read(), sectors, phases, t)], { type: 'text/csv;charset=utf-8' });
      const a = doc.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'mcof-context-assessment.csv';
      doc.body.append(a);
      a.click();
      a.remove();
      status.textContent = t('planner.csvDownloaded');
    } else if (action === 'clear') {
      write(emptyState());
      sync();
      status.textContent = t('planner.cleared');
    }
  });
}
