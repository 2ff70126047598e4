// A tiny router: each view replaces <main>, as single-page apps do.
const views = {
  home: () => {
    const heading = document.createElement('h1');
    heading.textContent = 'Reading list';
    return [heading];
  },
  paper: () => {
    const card = document.createElement('paper-card');
    card.setAttribute('paper-id', 'arxiv:2204.05862');
    const reviews = document.createElement('paper-reviews');
    reviews.setAttribute('paper-id', 'arxiv:2204.05862');
    return [card, reviews];
  },
};

function show(route) {
  document.querySelector('main').replaceChildren(...views[route]());
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState({ route: link.dataset.route }, '', link.href);
  show(link.dataset.route);
});

addEventListener('popstate', (event) => show(event.state?.route ?? 'home'));
