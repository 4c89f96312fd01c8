/* The Clinic Widget block in the editor: its options in the sidebar, a placeholder in the
 * page. Rendered on the server (render_callback), so the saved post holds only the block's
 * comment, which kses keeps for every author. Plain script: no build step. */
(function (wp) {
  var el = wp.element.createElement;
  var be = wp.blockEditor;
  var fields = [
    ['country', 'Country (two letters, such as US)'],
    ['clinicName', 'Clinic name'],
    ['clinicPhone', 'Phone number'],
    ['bookingUrl', 'Booking page (https://)'],
    ['lang', 'Language (empty: the page’s)'],
    ['sections', 'Sections (faq compare quiz)'],
    ['accent', 'Accent colour'],
    ['mode', 'Mode (inline or launcher)'],
  ];
  var attributes = {};
  fields.forEach(function (f) {
    attributes[f[0]] = { type: 'string' };
  });
  wp.blocks.registerBlockType('clinic-widget/widget', {
    apiVersion: 2,
    title: 'Clinic Widget',
    category: 'widgets',
    icon: 'heart',
    description:
      'Patient information on exosome hair therapy. Empty fields use Settings → Clinic Widget.',
    attributes: attributes,
    edit: function (props) {
      return el(
        'div',
        be.useBlockProps(),
        el(
          be.InspectorControls,
          null,
          el(
            wp.components.PanelBody,
            { title: 'Clinic Widget' },
            fields.map(function (f) {
              return el(wp.components.TextControl, {
                key: f[0],
                label: f[1],
                value: props.attributes[f[0]] || '',
                onChange: function (value) {
                  var change = {};
                  change[f[0]] = value;
                  props.setAttributes(change);
                },
              });
            }),
          ),
        ),
        el('p', null, 'Clinic Widget: patient information appears here on the published page.'),
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp);
