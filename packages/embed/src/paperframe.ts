import { setGlobalConfig } from '@paperframe/core';
import {
  autoloadElements,
  type DefineOptions,
} from '@paperframe/elements/autoload.js';
import { findOwnScript, readScriptConfig } from './script-config.js';

const config = readScriptConfig(findOwnScript(import.meta.url));
if (config.api) setGlobalConfig({ api: config.api });

function start(): void {
  autoloadElements({
    prefix: config.prefix,
    rename: config.tags as DefineOptions['rename'],
  });
}

/** German is wanted by `data-lang`, the page's `lang`, or any element's. */
function wantsGerman(): boolean {
  if (config.lang) return /^de\b/i.test(config.lang);
  return (
    /^de\b/i.test(document.documentElement.lang) ||
    document.querySelector('[lang|="de" i]') !== null
  );
}

/** Options that need code most pages never use, each from its own chunk. */
function loadOptions(): Promise<unknown> {
  const { darkClass, lang } = config;
  return Promise.all([
    wantsGerman() &&
      import('./locales.js').then((locales) => locales.useGerman(lang)),
    darkClass &&
      import('@paperframe/elements/follow-dark-class.js').then((dark) =>
        dark.followDarkClass(darkClass),
      ),
  ]);
}

// Options go in before any element renders, so none shows English or the
// light theme first.
// Limitation: German is loaded only when the page asks for it at load time;
// content added later under lang="de" stays English. Importing
// `@paperframe/elements/i18n/de.js` and calling registerLocale lifts it.
if (config.lang || config.darkClass || wantsGerman()) {
  loadOptions().then(start, start);
} else {
  start();
}
