/** Tabs as the ARIA pattern has them: arrow keys move between them, each shows its panel. */
import { fill, h } from '../dom.ts';

export interface Tab {
  name: string;
  /** Made when the tab is first shown. */
  content: () => Node[];
}

let made = 0;

export function tabs(list: Tab[], selected: string, onSelect: (name: string) => void): HTMLElement {
  const prefix = `tabs${++made}`;
  const panel = h('div', { role: 'tabpanel', id: `${prefix}-panel`, tabindex: 0 });
  const buttons = list.map((tab, at) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `${prefix}-${at}`,
        'aria-controls': panel.id,
        onclick: () => select(at),
      },
      tab.name,
    ),
  );
  const select = (at: number) => {
    const tab = list[at];
    if (tab === undefined) return;
    buttons.forEach((button, index) => {
      button.setAttribute('aria-selected', String(index === at));
      button.tabIndex = index === at ? 0 : -1;
    });
    panel.setAttribute('aria-labelledby', `${prefix}-${at}`);
    fill(panel, tab.content());
    onSelect(tab.name);
  };
  const bar = h(
    'div',
    { role: 'tablist', class: 'tabs', 'aria-label': 'Details or history' },
    buttons,
  );
  bar.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    const at =
      (buttons.indexOf(document.activeElement as HTMLButtonElement) + step + buttons.length) %
      buttons.length;
    select(at);
    buttons[at]?.focus();
  });
  select(
    Math.max(
      0,
      list.findIndex((tab) => tab.name === selected),
    ),
  );
  return h('div', { class: 'tabbed' }, bar, panel);
}
