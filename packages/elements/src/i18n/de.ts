import type { Messages } from './en.js';

const number = (n: number) => n.toLocaleString('de');

const count = (n: number, one: string, many: string) =>
  `${number(n)} ${n === 1 ? one : many}`;

/**
 * Every string the elements show, in German. Register it once, before the
 * elements render, and every element under a `lang="de"` (or `de-AT`,
 * `de-CH`, …) attribute speaks German:
 *
 * ```ts
 * import { registerLocale } from '@paperframe/elements';
 * import { de } from '@paperframe/elements/i18n/de.js';
 *
 * registerLocale('de', de);
 * ```
 *
 * The script-tag build does this by itself when the page's `lang`, or
 * `data-lang` on its script tag, starts with `de`.
 */
export const de: Messages = {
  loading: 'Publikation wird geladen …',
  retry: 'Erneut versuchen',
  errorTitle: 'Diese Publikation konnte nicht geladen werden.',
  errorNetwork: 'Der Server ist nicht erreichbar.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet.',
  errorHttp: (status: number) => `Der Server meldet den Fehler ${status}.`,
  errorInvalid:
    'Der Server hat Daten geschickt, die diese Seite nicht lesen kann.',
  errorUnknown: 'Etwas ist schiefgegangen.',
  notFound: 'Publikation nicht gefunden',
  notFoundDetail: (id: string) => `Keine Publikation hat die Kennung „${id}“.`,
  invalidId: 'Keine gültige Kennung',
  invalidIdDetail: (id: string) =>
    `„${id}“ ist keine Kennung einer Publikation. Kennungen sehen aus wie arxiv:2204.05862 oder doi:10.48550/arXiv.2204.05862.`,
  noPaperId: 'Keine Publikation ausgewählt.',

  showMore: 'Mehr anzeigen',
  showLess: 'Weniger anzeigen',
  abstract: 'Zusammenfassung',
  authors: 'Autorinnen und Autoren',
  etAl: 'u. a.',
  showAllAuthors: (n: number) => `Alle ${number(n)} Beteiligten anzeigen`,
  showFewerAuthors: 'Weniger Beteiligte anzeigen',
  noAuthors: 'Autorschaft unbekannt',
  openAccess: 'Open Access',
  openAccessLink: 'Open Access: Volltext frei lesen',
  code: 'Code',
  noCode: 'Kein Code',
  dataset: 'Datensatz',
  noDataset: 'Kein Datensatz',
  institutions: (n: number) => count(n, 'Einrichtung', 'Einrichtungen'),
  topics: 'Themen',
  details: 'Details',
  citations: (n: number) => count(n, 'Zitation', 'Zitationen'),
  reviews: (n: number) => count(n, 'Gutachten', 'Gutachten'),
  saves: (n: number) => `${number(n)}-mal gemerkt`,
  paperTypes: {
    preprint: 'Preprint',
    article: 'Artikel',
    review: 'Übersichtsartikel',
    book: 'Buch',
    'book-chapter': 'Buchkapitel',
    dissertation: 'Dissertation',
    dataset: 'Datensatz',
  },
  feedback: {
    reviewsHeading: 'Strukturierte Gutachten',
    reviewCount: (n: number) => count(n, 'Gutachten', 'Gutachten'),
    reviewsLoading: 'Gutachten werden geladen …',
    reviewsError: 'Die Gutachten konnten nicht geladen werden.',
    reviewsEmpty:
      'Noch keine strukturierten Gutachten. Fundierte Kritik beginnt hier.',
    reviewsInvite:
      'Sie sehen eine klare Stärke, ein Bedenken oder eine Frage zur Methode? Schreiben Sie das erste Gutachten.',
    openReviewForm: 'Gutachten schreiben',
    closeReviewForm: 'Formular schließen',
    summary: 'Zusammenfassung',
    summaryHint: 'Was die Arbeit behauptet und wie gut sie es belegt.',
    strengths: 'Stärken',
    concerns: 'Bedenken',
    questions: 'Fragen zur Methode',
    addStrength: 'Stärke hinzufügen',
    addConcern: 'Bedenken hinzufügen',
    addQuestion: 'Frage zur Methode hinzufügen',
    itemLabel: (list: string, n: number) => `${list} ${n}`,
    removeItem: 'Entfernen',
    moveUp: 'Nach oben',
    moveDown: 'Nach unten',
    rating: 'Bewertung',
    ratingHint:
      'Ihr Gesamturteil über die Arbeit, falls Sie eines abgeben möchten.',
    ratingScale: [
      'Keine Angabe',
      '1: gravierende Mängel',
      '2: schwach',
      '3: solide, mit Vorbehalten',
      '4: stark',
      '5: hervorragend',
    ],
    confidence: 'Sicherheit',
    confidenceHint: 'Wie sicher Sie sich Ihres Urteils sind.',
    confidenceScale: [
      'Keine Angabe',
      '1: eine begründete Vermutung',
      '2: einigermaßen sicher',
      '3: ziemlich sicher',
      '4: sicher',
      '5: Fachkenntnis auf diesem Gebiet',
    ],
    ratingShown: (n: number) => `Bewertung ${n}/5`,
    confidenceShown: (n: number) => `Sicherheit ${n}/5`,
    postReview: 'Gutachten veröffentlichen',
    saveReview: 'Änderungen speichern',
    cancel: 'Abbrechen',
    posting: 'Wird gesendet …',
    needItem:
      'Nennen Sie mindestens eine Stärke, ein Bedenken oder eine Frage.',
    required: (field: string) => `„${field}“ darf nicht leer sein.`,
    tooLong: (field: string, max: number) =>
      `„${field}“ darf höchstens ${number(max)} Zeichen lang sein.`,
    tooMany: (field: string, max: number) =>
      `„${field}“ darf höchstens ${max} Einträge haben.`,
    length: (n: number, max: number) => `${number(n)} / ${number(max)}`,
    draftRestored: 'Ihr nicht gesendeter Entwurf wurde wiederhergestellt.',
    signInToPost: 'Melden Sie sich an, um zu senden. Ihr Text bleibt erhalten.',
    signInToAct: 'Dafür müssen Sie angemeldet sein.',
    submitFailed: (why: string) =>
      `Nicht gesendet: ${why} Ihr Text bleibt erhalten.`,
    actionFailed: (why: string) => `Das hat nicht geklappt: ${why}`,
    edited: 'bearbeitet',
    by: (name: string) => `von ${name}`,
    helpful: (n: number) => `Hilfreich (${number(n)})`,
    markedHelpful: (n: number) => `Als hilfreich markiert (${number(n)})`,
    report: 'Melden',
    reportReason: 'Warum sollte die Moderation sich das ansehen?',
    sendReport: 'Meldung senden',
    reported: 'Danke. Die Moderation sieht es sich an.',
    edit: 'Bearbeiten',
    delete: 'Löschen',
    confirmDeleteReview:
      'Dieses Gutachten löschen? Das lässt sich nicht rückgängig machen.',
    confirmDeleteComment:
      'Diesen Kommentar löschen? Die Antworten darauf werden mitgelöscht.',
    confirmDeleteReply: 'Diese Antwort löschen?',
    confirmDelete: 'Löschen',
    hiddenByModerator:
      'Von der Moderation ausgeblendet; nur Sie können es sehen.',
    hiddenPlaceholder:
      'Dieser Kommentar wurde von der Moderation ausgeblendet.',
    loadMore: 'Mehr laden',
    loadingMore: 'Wird geladen …',
    loadMoreFailed: 'Weitere Einträge konnten nicht geladen werden.',
    discussionHeading: 'Diskussion zur Arbeit',
    commentCount: (n: number) => count(n, 'Kommentar', 'Kommentare'),
    discussionLoading: 'Diskussion wird geladen …',
    discussionError: 'Die Diskussion konnte nicht geladen werden.',
    discussionEmpty:
      'Noch keine Diskussion. Der erste gute Beitrag gibt den Ton an.',
    discussionInvite:
      'Teilen Sie eine Anmerkung, einen Vorbehalt oder einen Hinweis auf eine Replikation.',
    commentInviteTitle: 'Einen gehaltvollen Kommentar schreiben',
    commentInviteText:
      'Kurze Anmerkungen, Vorbehalte und Hinweise auf Replikationen – getrennt von formalen Reviews.',
    openCommentForm: 'Kommentarformular öffnen',
    commentLabel: 'Ihr Kommentar',
    replyLabel: 'Ihre Antwort',
    commentKind: 'Art des Kommentars',
    kinds: {
      note: 'Anmerkung',
      caveat: 'Vorbehalt',
      replication: 'Hinweis auf Replikation',
    },
    postComment: 'Kommentar senden',
    reply: 'Antworten',
    postReply: 'Antwort senden',
    body: 'Kommentar',
    replies: (n: number) => count(n, 'Antwort', 'Antworten'),
  },
  reactions: {
    label: 'Reaktionen',
    loading: 'Reaktionen werden geladen …',
    errorTitle: 'Die Reaktionen konnten nicht geladen werden.',
    like: 'Gefällt mir',
    dislike: 'Gefällt mir nicht',
    likes: (n: number) => `${number(n)}× gefällt das`,
    dislikes: (n: number) => `${number(n)}× gefällt das nicht`,
    save: 'Merken',
    saved: 'Gemerkt',
    saves: (n: number) => `${number(n)}-mal gemerkt`,
    savedIn: 'Gemerkt in',
    collections: 'In Sammlungen merken',
    defaultCollection: 'Gemerkt',
    newCollection: 'Neue Sammlung',
    collectionName: 'Name der neuen Sammlung',
    create: 'Anlegen und merken',
    close: 'Schließen',
    addKind: 'Genauere Reaktion hinzufügen',
    kindsLabel: 'Genauere Reaktionen',
    kindCount: (label: string, n: number) =>
      `${label}: ${count(n, 'Person', 'Personen')}`,
    logInToCurate: 'Anmelden, um zu kuratieren',
    pending: 'Ihre Änderung wird gespeichert …',
    popupBlocked:
      'Ihr Browser hat das Anmeldefenster blockiert. Erlauben Sie Pop-ups für diese Website und versuchen Sie es erneut.',
    hostSignIn: 'Melden Sie sich auf dieser Website an, um zu kuratieren.',
    undoneNetwork:
      'Ihre Änderung wurde zurückgenommen: Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    undoneTimeout:
      'Ihre Änderung wurde zurückgenommen: Der Server hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
    undoneSignedOut:
      'Ihre Änderung wurde zurückgenommen: Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um zu kuratieren.',
    undoneForbidden:
      'Ihre Änderung wurde zurückgenommen: Ihr Konto darf das nicht.',
    undoneRateLimited: (seconds?: number) =>
      seconds === undefined
        ? 'Ihre Änderung wurde zurückgenommen: zu viele Änderungen in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.'
        : `Ihre Änderung wurde zurückgenommen: zu viele Änderungen in kurzer Zeit. Versuchen Sie es in ${count(seconds, 'Sekunde', 'Sekunden')} erneut.`,
    undoneInvalid: (detail?: string) =>
      `Ihre Änderung wurde zurückgenommen: Der Server hat sie abgelehnt${detail ? ` (${detail})` : ''}.`,
    undoneServer: (status: number) =>
      `Ihre Änderung wurde zurückgenommen: Fehler auf dem Server (${status}). Versuchen Sie es später erneut.`,
    undoneUnknown:
      'Ihre Änderung wurde zurückgenommen: Etwas ist schiefgegangen.',
  },
  account: {
    signedInAs: 'Angemeldet als',
    signOut: 'Abmelden',
    logIn: 'Anmelden',
    checking: 'Anmeldung wird geprüft …',
    expired:
      'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um zu kuratieren.',
    signedOut: 'Sie sind abgemeldet.',
    closed: 'Die Anmeldung wurde geschlossen, bevor sie abgeschlossen war.',
    unreachable:
      'Ihre Anmeldung konnte nicht geprüft werden: Der Server hat nicht geantwortet.',
  },
  researchMap: {
    label: 'Forschungslandkarte',
    building: 'Ausschnitt des Graphen wird aufgebaut …',
    empty:
      'Noch keine verbundenen Publikationen, Personen, Einrichtungen oder Themen.',
    error: 'Die Forschungslandkarte konnte nicht geladen werden.',
    truncated:
      'Gezeigt werden die nächsten Verbindungen – im Explorer lässt sich die Karte erweitern.',
    truncatedCount: (shown: number, total: number) =>
      `Gezeigt werden die nächsten ${number(shown)} von ${count(total, 'Verbindung', 'Verbindungen')} – im Explorer lässt sich die Karte erweitern.`,
    kinds: {
      paper: 'Publikationen',
      person: 'Personen',
      institution: 'Einrichtungen',
      topic: 'Themen',
    },
    kind: {
      paper: 'Publikation',
      person: 'Person',
      institution: 'Einrichtung',
      topic: 'Thema',
    },
    relations: {
      cites: 'Zitiert',
      citedBy: 'Zitiert von',
      related: 'Verwandte Publikationen',
      paper: 'Publikationen',
      person: 'Personen',
      institution: 'Einrichtungen',
      topic: 'Themen',
    },
    edgeKinds: {
      cites: 'zitiert',
      related: 'verwandt',
      authored: 'verfasst',
      affiliated: 'angehörig',
      about: 'handelt von',
    },
    legend: 'Knotenarten anzeigen',
    edgesLegend: 'Kantenarten',
    listView: 'Listenansicht',
    mapView: 'Kartenansicht',
    openExplorer: 'Im Explorer öffnen',
    closeExplorer: 'Explorer schließen',
    explorerTitle: 'Explorer der Forschungslandkarte',
    search: 'Knoten durchsuchen',
    matches: (n: number) => count(n, 'Treffer', 'Treffer'),
    yearFrom: 'Ab Jahr',
    yearTo: 'Bis Jahr',
    expand: 'Umgebung aufklappen',
    expanding: 'Wird aufgeklappt …',
    expanded: 'Umgebung wird gezeigt',
    expandFailed: 'Dieser Knoten konnte nicht aufgeklappt werden.',
    open: 'Publikation öffnen',
    year: (year: number) => `Erschienen ${year}`,
    nodes: (n: number) => count(n, 'Knoten', 'Knoten'),
    connections: (n: number) => count(n, 'Verbindung', 'Verbindungen'),
    canvasLabel: (n: number) =>
      `Forschungslandkarte mit ${count(n, 'Knoten', 'Knoten')}. Klicken, um mit dem Mausrad zu zoomen; mit der Listenansicht lässt sie sich per Tastatur durchsuchen.`,
    selectHint: 'Wählen Sie einen Knoten, um Details zu sehen.',
    clearSelection: 'Auswahl aufheben',
  },
  detail: {
    paper: 'Publikation',
    nextSteps: 'Nächste Schritte',
    nextStepsLede:
      'Mit „Gefällt mir“ oder „Gefällt mir nicht“ geben Sie eine schnelle Einschätzung. Merken Sie sich die Publikation oder fügen Sie eine genauere Reaktion hinzu, wenn es eine braucht.',
    map: 'Forschungslandkarte',
    reviews: 'Strukturierte Gutachten',
    discussion: 'Diskussion der Arbeit',
  },
};
