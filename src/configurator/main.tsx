import { render } from 'preact';
import { Configurator } from './configurator';

/** The configurator page's script (demo/configurator.html), built by the `configuratorTarget` of scripts/build-targets.ts. */
const root = document.getElementById('configurator');
if (root) render(<Configurator />, root);
