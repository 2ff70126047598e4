import { setGlobalConfig } from '@paperframe/core';
import {
  autoloadElements,
  type DefineOptions,
} from '@paperframe/elements/autoload.js';
import { findOwnScript, readScriptConfig } from './script-config.js';

const config = readScriptConfig(findOwnScript(import.meta.url));
if (config.api) setGlobalConfig({ api: config.api });

autoloadElements({
  prefix: config.prefix,
  rename: config.tags as DefineOptions['rename'],
});
