// Stands in for an old Polymer `paper-card` that a host page already uses.
customElements.define(
  'paper-card',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = `Polymer card: ${this.getAttribute('heading') ?? ''}`;
    }
  },
);
