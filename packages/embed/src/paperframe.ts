import { setGlobalConfig } from '@paperframe/core';
import { defineElements } from '@paperframe/elements';
import { findOwnScript, readScriptConfig } from './script-config.js';

const config = readScriptConfig(findOwnScript(import.meta.url));
if (config.api) setGlobalConfig({ api: config.api });

defineElements({ prefix: config.prefix, rename: config.tags });
