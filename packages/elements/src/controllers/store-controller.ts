import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Keeps a Lit element in step with a nanostores store: subscribes while the
 * element is connected and re-renders it on every change. The store can be
 * swapped, e.g. when the element's `paper-id` changes.
 *
 * @example
 * ```ts
 * private readonly paper = new StoreController<ResourceState<Paper>>(this);
 * willUpdate() { this.paper.store = session.paper(this.paperId); }
 * render() { return this.paper.value?.status; }
 * ```
 */
export class StoreController<T> implements ReactiveController {
  /** The store's current value, or undefined before a store is set. */
  value: T | undefined;

  private current: ReadableAtom<T> | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  /**
   * @param host - The element to re-render.
   * @param store - The store to follow, if already known.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    store?: ReadableAtom<T>,
  ) {
    host.addController(this);
    this.current = store;
  }

  /** The store followed; setting another one switches to it. */
  get store(): ReadableAtom<T> | undefined {
    return this.current;
  }

  set store(store: ReadableAtom<T> | undefined) {
    if (store === this.current) return;

    this.stop();
    this.current = store;
    this.value = undefined;
    if (this.connected) this.start();
  }

  /** @internal */
  hostConnected(): void {
    this.connected = true;
    this.start();
  }

  /** @internal */
  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private start(): void {
    this.unsubscribe = this.current?.subscribe((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
