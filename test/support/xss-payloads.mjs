// Script-injection payloads for every field that shows reader-written text.
// Each payload, if it ever ran, would call the global tripwire
// `__pfTripwire()`; a suite installs that function, renders the payloads,
// and checks it never fired and no active element appeared.

/** The name of the global function a payload calls when it runs. */
export const TRIPWIRE = '__pfTripwire';

const call = `${TRIPWIRE}()`;

/** Payloads that try to become markup, an attribute, or a URL. */
const vectors = [
  `<script>${call}</script>`,
  `<SCRIPT>${call}</SCRIPT>`,
  `<script src="data:text/javascript,${call}"></script>`,
  `<img src=x onerror=${call}>`,
  `<img src="x" onerror="${call}">`,
  `<IMG SRC=/ onerror="${call}">`,
  `<svg onload=${call}>`,
  `<svg><script>${call}</script></svg>`,
  `<svg><animate onbegin=${call} attributeName=x dur=1s>`,
  `<body onload=${call}>`,
  `<iframe src="javascript:${call}"></iframe>`,
  `<iframe srcdoc="<script>parent.${call}</script>"></iframe>`,
  `<object data="javascript:${call}"></object>`,
  `<embed src="javascript:${call}">`,
  `<a href="javascript:${call}">click</a>`,
  `<a href="JaVaScRiPt:${call}">click</a>`,
  `<a href="  javascript:${call}">x</a>`,
  `<a href="data:text/html,<script>${call}</script>">x</a>`,
  `<details open ontoggle=${call}>`,
  `<input autofocus onfocus=${call}>`,
  `<select autofocus onfocus=${call}></select>`,
  `<textarea autofocus onfocus=${call}></textarea>`,
  `<video><source onerror=${call}></video>`,
  `<audio src=x onerror=${call}>`,
  `<marquee onstart=${call}>`,
  `<div onmouseover=${call}>hover</div>`,
  `<div style="background:url(javascript:${call})">`,
  `<style>@import "javascript:${call}";</style>`,
  `<link rel=import href="data:text/html,<script>${call}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${call}">`,
  `<base href="javascript:${call}//">`,
  `<form action="javascript:${call}"><button>go</button></form>`,
  `<button formaction="javascript:${call}">go</button>`,
  `<math><mtext><script>${call}</script></mtext></math>`,
  `<template><script>${call}</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${call}>">`,
  `<!--<img src=x onerror=${call}>-->`,
  `<![CDATA[<script>${call}</script>]]>`,
  `<scr<script>ipt>${call}</scr</script>ipt>`,
  `<img src=x onerror=&#x5f;&#x5f;pfTripwire()>`,
  `<img src=x onerror=\\u005f_pfTripwire()>`,
  `&lt;script&gt;${call}&lt;/script&gt;`,
  `%3Cscript%3E${call}%3C/script%3E`,
  `"><script>${call}</script>`,
  `'><img src=x onerror=${call}>`,
  `" onmouseover="${call}`,
  `' onfocus='${call}' autofocus='`,
  `\`><svg onload=${call}>`,
  `</textarea><script>${call}</script>`,
  `</title><script>${call}</script>`,
  `</style><script>${call}</script>`,
  `\${${call}}`,
  `{{constructor.constructor('${call}')()}}`,
  `javascript:${call}`,
  `https://example.org/"><img src=x onerror=${call}>`,
  `https://example.org/?q=<script>${call}</script>`,
  `http://x" onclick="${call}`,
  `<custom-element onclick=${call}>`,
  `<paper-card paper-id="x" onclick=${call}></paper-card>`,
  `<slot name=x onclick=${call}></slot>`,
];

/** Wrappers that test the payload in the middle of ordinary text. */
const wrappers = [
  (p) => p,
  (p) => `Good method. ${p} More below.`,
  (p) => `First paragraph.\n\n${p}\nsecond line`,
  (p) => `עברית ${p} العربية`,
];

/**
 * The corpus: every vector alone, and the first ones inside text, RTL and
 * line breaks, so more than 100 distinct strings.
 */
export const XSS_PAYLOADS = [
  ...new Set(
    vectors.flatMap((vector, index) =>
      index < 25 ? wrappers.map((wrap) => wrap(vector)) : [vector],
    ),
  ),
];

/** Tags that must never appear where reader text is shown. */
export const FORBIDDEN_TAGS = [
  'script',
  'img',
  'svg',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'select',
  'details',
  'marquee',
  'math',
  'template',
  'custom-element',
  'slot',
  'paper-card',
];
