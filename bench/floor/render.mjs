// @ts-check
/**
 * The floor's whole runtime: what the widget's first view costs with no framework and no i18n
 * library. It is serialised into the generated floor.js with Function.prototype.toString (see
 * make-floor.mjs), so it must use nothing from outside its own body.
 *
 * It fills every `[data-clinic-floor]` container the way the widget fills its containers: an
 * open shadow root, one constructable stylesheet, the DOM built with createElement and text
 * nodes (never HTML strings), and an accordion that toggles aria-expanded and `hidden`.
 *
 * @param {import('./make-floor.mjs').FloorData} data
 * @param {string} css
 */
export function startFloor(data, css) {
  /** @typedef {string | Node | null | false | undefined | unknown[]} Child */
  /**
   * @param {string} tag
   * @param {Record<string, string | boolean | null> | null} attributes
   * @param {...Child} children
   */
  const h = (tag, attributes, ...children) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
      if (value === true) element.setAttribute(name, '');
      else if (typeof value === 'string') element.setAttribute(name, value);
    }
    for (const child of children.flat(Infinity)) {
      // append() turns strings into text nodes: content is never parsed as HTML.
      if (child) element.append(/** @type {string | Node} */ (child));
    }
    return element;
  };

  /** @type {CSSStyleSheet | null} */
  let sheet = null;

  /** @param {Element} container */
  const mount = (container) => {
    if (container.shadowRoot) return;
    const root = container.attachShadow({ mode: 'open' });
    // One stylesheet shared by every container, as the widget does.
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];

    const clinic = container.getAttribute('data-clinic-name') || data.ui.yourClinic;
    const phone = container.getAttribute('data-clinic-phone');
    const emergency = container.getAttribute('data-emergency-number');
    /** @param {string} text */
    const fill = (text) =>
      text.replace(/\{\{(\w+)\}\}/g, (_, key) =>
        key === 'emergency' ? emergency || data.ui.localNumber : clinic,
      );
    /** @param {string | null} number */
    const tel = (number) =>
      number ? h('a', { href: `tel:${number.replace(/[^\d+]/g, '')}` }, number) : '';
    /** @param {import('./make-floor.mjs').Inline} node */
    const inline = (node) =>
      typeof node === 'string'
        ? fill(node)
        : node[0] === 'a'
          ? h('a', { href: node[2] ?? '' }, node[1])
          : h(node[0], null, fill(node[1]));
    /** @param {import('./make-floor.mjs').Block[]} blocks */
    const markup = (blocks) =>
      blocks.map((block) =>
        block[0] === 'p'
          ? h('p', null, block[1].map(inline))
          : h(
              'ul',
              null,
              block[1].map((item) => h('li', null, item.map(inline))),
            ),
      );
    const emergencyNotice = () => {
      const [before, after] = data.ui.emergency.split('{{emergency}}');
      return h(
        'p',
        { class: 'notice' },
        before,
        emergency ? tel(emergency) : data.ui.localNumber,
        after,
      );
    };

    const { faq, compare, quiz, meta } = data;
    const widget = h(
      'div',
      { class: 'root', lang: data.lang, dir: 'ltr' },
      h('h2', { class: 'title' }, meta.title),
      h('p', { class: 'intro' }, meta.intro),
      h(
        'section',
        { 'aria-labelledby': 'floor-faq' },
        h('h3', { id: 'floor-faq' }, faq.heading),
        faq.categories.map((category) =>
          h(
            'div',
            { class: 'category' },
            h('h4', null, category.title),
            category.items.map((item) =>
              h(
                'div',
                { class: 'item' },
                h(
                  'h5',
                  null,
                  h(
                    'button',
                    {
                      type: 'button',
                      id: `floor-q-${item.id}`,
                      'aria-expanded': 'false',
                      'aria-controls': `floor-a-${item.id}`,
                    },
                    fill(item.question),
                  ),
                ),
                h(
                  'div',
                  { id: `floor-a-${item.id}`, class: 'panel', hidden: true },
                  markup(item.answer),
                ),
              ),
            ),
          ),
        ),
      ),
      h(
        'section',
        { 'aria-labelledby': 'floor-compare' },
        h('h3', { id: 'floor-compare' }, compare.title),
        h('p', null, compare.intro),
        h(
          'table',
          null,
          h('caption', null, compare.caption),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              compare.columns.map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            null,
            compare.rows.map((row) =>
              h(
                'tr',
                null,
                h('th', { scope: 'row' }, row.name),
                row.cells.map((cell, i) =>
                  h('td', { 'data-label': compare.columns[i + 1] ?? '' }, cell),
                ),
              ),
            ),
          ),
        ),
        h('h4', null, compare.takeawaysTitle),
        h(
          'ul',
          null,
          compare.takeaways.map((text) => h('li', null, text)),
        ),
      ),
      h(
        'section',
        { 'aria-labelledby': 'floor-quiz' },
        h('h3', { id: 'floor-quiz' }, quiz.title),
        emergencyNotice(),
        h(
          'fieldset',
          null,
          h('legend', null, quiz.question),
          h(
            'ul',
            null,
            quiz.redFlags.map((flag) => h('li', null, flag)),
          ),
          [quiz.yes, quiz.no].map((label) =>
            h(
              'label',
              { class: 'option' },
              h('input', { type: 'radio', name: 'floor-red-flag' }),
              label,
            ),
          ),
        ),
        h('button', { type: 'button', class: 'primary' }, quiz.next),
      ),
      h(
        'div',
        { class: 'footer' },
        emergencyNotice(),
        phone
          ? h('p', null, data.ui.contact.replace('{{clinicName}}', clinic), ' ', tel(phone))
          : null,
        h('p', { class: 'muted' }, fill(meta.disclaimer)),
        h('p', { class: 'small' }, data.ui.updated, ' ', meta.reviewNote),
      ),
    );
    root.append(widget);

    // One delegated listener: the accordion needs nothing more.
    root.addEventListener('click', (event) => {
      const target = /** @type {Element} */ (event.target);
      const button = target.closest('button[aria-expanded]');
      if (!button) return;
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      const panel = root.getElementById(button.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !open;
    });
    container.dispatchEvent(new CustomEvent('bench:floor-ready', { bubbles: true }));
  };

  document.querySelectorAll('[data-clinic-floor]').forEach(mount);
}
