// Runs on the built packages (`pnpm build` first): Lit's decorators are
// compiled there, and Node gets Lit's server build with its DOM shim.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { elements } from '@paperframe/elements';
import * as wrappers from '@paperframe/react';

const components = { ...wrappers };

const pascal = (tag) =>
  tag.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());

describe('@paperframe/react', () => {
  test('has a component for every element that @paperframe/elements defines', () => {
    const missing = Object.keys(elements).filter(
      (tag) => typeof components[pascal(tag)]?.render !== 'function',
    );
    assert.deepEqual(missing, []);
  });

  test('names each component after its tag', () => {
    for (const tag of Object.keys(elements)) {
      assert.equal(components[pascal(tag)].displayName, pascal(tag));
    }
  });

  test('gives every event prop a Paperframe event name', () => {
    for (const [prop, name] of Object.entries(wrappers.eventProps)) {
      assert.match(prop, /^on[A-Z]/);
      assert.match(name, /^(paper|research-map)-[a-z-]+$/);
    }
  });
});
