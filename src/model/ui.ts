/**
 * Every piece of interface text the engine shows that does not come from content, in one place,
 * so a translation is one more object of type `Ui`.
 *
 * Not here: the vocabularies (grade, status, stance and source-kind labels and meanings, in
 * vocabulary.ts; the worklist's cues, in cues.ts), which are already defined once, and how dates
 * and counts read (format.ts).
 *
 * A sentence with a link or another element inside keeps its pieces together in one entry
 * (`before`, `link`, `after`…), with every space and stop in the strings themselves: components
 * put the pieces side by side and add no text of their own, so a translator sees the whole
 * sentence and can change its punctuation.
 */
import { plural } from './format.ts';

const en = {
  /** The language of the pages, for `<html lang>`. */
  lang: 'en',

  /** Shared by several pages and components. */
  common: {
    /** Between the items of an inline list of links. */
    listSeparator: ', ',
    /** Between the parts of a line of metadata. */
    metaSeparator: ' · ',
    /** A link to one sentence of the article, after "The article," or "In the article:". */
    sentence: (n: number) => `sentence ${n}`,
    /** A link to one sentence of the article, on its own. */
    sentenceOfArticle: (n: number) => `sentence ${n} of the article`,
    /** Before the date a topic or a claim was last reviewed. */
    reviewed: 'Reviewed ',
    allClaims: 'All claims',
    allSources: 'All sources',
    /** A count of claims: "1 claim", "3 claims". */
    claims: (n: number) => plural(n, 'claim'),
  },

  /** The frame of every page (layouts/Base.astro). */
  layout: {
    /** The page's title in the browser tab: the page, then the explainer. */
    pageTitle: (page: string, explainer: string) => `${page} · ${explainer}`,
    skipLink: 'Skip to content',
    /** The accessible name of the site navigation. */
    navigation: 'Site',
    nav: {
      topics: 'Topics',
      article: 'The article',
      claims: 'Claims',
      sources: 'Sources',
      timeline: 'Timeline',
      glossary: 'Glossary',
      method: 'Method',
      search: 'Search',
    },
    /** The banner on every page of a draft explainer. */
    draft: {
      label: 'Draft.',
      text: (notExamined: number, sentences: number) =>
        ` This explainer is still being written: ${notExamined} of ${plural(sentences, 'sentence')} of the article are not examined yet, and nothing here is final. `,
      worklist: 'See the worklist',
      after: '.',
    },
    footer: {
      lastReviewed: { before: 'Last reviewed ', after: '. ' },
      editPage: { link: 'Edit this page', after: '. ' },
      corrections: { link: 'Corrections', after: '. ' },
      reuse: { link: 'Reuse this work', after: '.' },
      /** After the explainer's description; the link is the licence's name. */
      publishedBy: {
        before: (organization: string) => ` Published by ${organization} under `,
        after: '.',
      },
      method: { before: ' Read ', link: 'how claims are graded', after: '.' },
    },
  },

  /** The corrections page and its RSS feed. */
  corrections: {
    title: 'Corrections',
    description:
      'Our corrections policy, how to report an error, and every correction since publication: changes of status, grade or address, updates, notes and withdrawals.',
    policy: 'Our corrections policy',
    report: {
      before: 'Found an error? ',
      link: 'Report it',
      after: '; each claim’s page has a link that names the claim for you.',
    },
    changes: 'Every change since publication',
    changesIntro: {
      before:
        'Every correction, newest first, with the reason: a claim’s status or a source’s grade changed, an address changed or a link removed, a passage removed, a claim’s words updated, a note on an earlier entry, a claim or source withdrawn, and every revision of the article by its publisher. Follow them by ',
      link: 'RSS feed',
      after: '.',
    },
    none: 'Nothing has been corrected since publication.',
    /** The changes to the policy, listed under it, newest first. */
    policyChanges: {
      title: 'Changes to this policy',
      /** The heading's id, which the feed's items link to. */
      id: 'policy-changes',
      /** Before the words a change replaced, quoted as they were published. */
      was: 'It said:',
    },
    /** Between a change's date and what changed. */
    dateSeparator: ': ',
    /** Around the two status chips. */
    statusChanged: { before: 'Status changed from ', between: ' to ', after: '.' },
    gradeChanged: (from: string, to: string) => `Grade changed from ${from} to ${to}.`,
    /** A grade in a correction: "D (interested party)". */
    grade: (grade: string, label: string) => `${grade} (${label.toLowerCase()})`,
    /** What changed, in a feed item. */
    what: { status: 'status', grade: 'grade' },
    /** A change of a source's address; the addresses are shown as text, never as links. */
    address: {
      added: 'Address added: ',
      removed: 'Link removed: ',
      changed: { before: 'Address changed from ', between: ' to ', after: '.' },
      after: '.',
    },
    /** An update of a published claim's words. */
    updated: {
      quote: 'The quote was updated.',
      claim: 'The restatement was updated.',
      title: 'The title was updated.',
      publisher: 'The publisher was updated.',
      kind: 'The kind of source was updated.',
      date: 'The date was updated.',
    },
    /** A note on an earlier entry, named by its date. */
    note: (date: string) => `Note on the entry of ${date}:`,
    /** The subject of a revision's line: the article itself. */
    article: 'The article',
    /** A revision of the article, on the corrections page and in its feed. */
    revision: {
      changed: (changed: number, gone: number, added: number) =>
        `The publisher revised the article: ${plural(changed, 'sentence')} reworded, ${gone} removed, ${added} added; the earlier version is kept.`,
      note: (note: string) => `The publisher’s note: “${note}”`,
      noNote: 'No note from the publisher.',
    },
    /** A passage taken out of what we kept from a source; its words follow, quoted. */
    removed: (text: string) =>
      `Passage removed from what we kept: “${text}”${/[.!?…]$/.test(text) ? '' : '.'}`,
    withdrawn: 'Withdrawn.',
    /** What a feed item's title says happened, before the claim or source. */
    titles: {
      added: 'Address added',
      removed: 'Link removed',
      changed: 'Address changed',
      quote: 'Quote updated',
      claim: 'Restatement updated',
      title: 'Title updated',
      publisher: 'Publisher updated',
      kind: 'Kind updated',
      date: 'Date updated',
      note: (date: string) => `Note on the entry of ${date}`,
      passageRemoved: 'Passage removed',
      revised: 'Revised by its publisher',
      withdrawn: 'Withdrawn',
      policyChanged: 'Changed',
    },
    feed: {
      title: (explainer: string) => `Corrections · ${explainer}`,
      description:
        'Every correction since publication, newest first: statuses, grades, addresses, updates, notes, withdrawals, and changes to the corrections policy.',
      /** One item: what changed, from what to what, then the claim or source, left as written. */
      item: (subject: string, what: string, from: string, to: string) =>
        `${what.charAt(0).toUpperCase()}${what.slice(1)} ${from} → ${to}: ${subject}`,
      /** An item that is not a change of verdict: what happened, then the claim or source. */
      event: (subject: string, what: string) => `${what}: ${subject}`,
      /** A change of address, in an item's description. */
      addresses: (from: string | null, to: string | null) =>
        `${from ? `Was ${from}.` : 'No address before.'} ${to ? `Now ${to}.` : 'No link now.'}`,
      /** The words a change to the policy replaced, in an item's description. */
      was: (was: string) => `It said: “${was}”`,
    },
  },

  /** The home page. */
  home: {
    article: 'The article',
    receivedUnderHeadline: (headline: string) => `, received under the headline “${headline}”`,
    untitled: ' (our title: the text arrived without a headline)',
    received: (date: string) => `. Received ${date}.`,
    /** What is known of where the article was published: each part only when known. */
    published: {
      by: (author: string) => ` By ${author}`,
      in: (outlet: string) => ` in ${outlet}`,
      on: (date: string) => `, published ${date}`,
      /** The desk's date, labelled as such once the article's own date is shown. */
      received: (date: string) => `. Received by us ${date}.`,
      link: 'Where it was published',
    },
    found: 'What we found',
    tally: (claims: number, sentences: number, covered: number, withdrawn = 0) =>
      `${plural(claims, 'claim')} examined across ${plural(sentences, 'sentence')}; ${covered} of ${sentences} sentences are covered by at least one claim.${withdrawn ? ` ${plural(withdrawn, 'more claim was', 'more claims were')} withdrawn, and count in no tally.` : ''}`,
    topics: 'Topics',
    /** A topic card's count of claims with one status: "3 reported". */
    statusCount: (count: number, status: string) => `${count} ${status.toLowerCase()}`,
    statusCountSeparator: ' · ',
  },

  /** The annotated article. */
  article: {
    title: 'The article, sentence by sentence',
    description: (article: string) =>
      `Every sentence of “${article}”, with the status of each claim it makes.`,
    intro: (received: string, covered: number, sentences: number) =>
      `The article exactly as received on ${received}, unedited. After each sentence, the status of every claim it makes links to that claim. ${covered} of ${plural(sentences, 'sentence')} have been examined.`,
    /** Before the row of status chips that works as a legend. */
    legend: 'Statuses: ',
    legendMeaning: { before: '. ', link: 'What they mean', after: '.' },
    /** The chip of a sentence no claim examines yet. */
    notExamined: 'not yet examined',
    /** Read after a claim's status chip by screen readers: ": <the claim>". */
    chipClaim: (claim: string) => `: ${claim}`,
    /** The marker after a sentence another sentence conflicts with, before the links to them. */
    contradicts: 'contradicts ',
    /** The article's revisions, above the current version. */
    revisions: {
      title: 'Revisions of the article',
      intro:
        'The publisher changed the article after we received it. Each version is kept exactly as received, and the claims about words that changed stay about the version that had them.',
      item: (date: string) => `Revised on ${date}. `,
      note: 'The publisher’s note: ',
      noNote: 'No note from the publisher.',
      counts: (changed: number, gone: number, added: number) =>
        ` ${plural(changed, 'sentence')} reworded, ${gone} removed, ${added} added.`,
      diff: 'See what changed',
      earlier: (date: string) => `Read the version of ${date}`,
      /** The marker after a sentence the last revision reworded or added. */
      changed: 'reworded on ',
      added: 'added on ',
      pinned: (count: number) =>
        `${plural(count, 'claim')} about words since changed ${count === 1 ? 'is' : 'are'} shown on the version that had them:`,
    },
    /** An earlier version's page. */
    version: {
      title: (date: string) => `The article as received on ${date}`,
      description: (date: string, until: string) =>
        `The article as it read from ${date} until ${until}, sentence by sentence, with the claims made on it.`,
      notice: (date: string, until: string) =>
        `An earlier version: the article as received on ${date}, until a revision on ${until}. Its sentences have their own numbers.`,
      current: 'Read the current version',
      changes: 'See what the next revision changed',
    },
    /** The word diff of one revision. */
    changes: {
      title: (date: string) => `What the revision of ${date} changed`,
      description: (date: string) =>
        `Each sentence of the article that its publisher reworded, removed or added on ${date}, word by word.`,
      intro: (before: string) =>
        `Compared with the version of ${before}. Words taken out are struck through; words put in are underlined.`,
      moved: (count: number) =>
        ` ${plural(count, 'other sentence')} only moved: the same words at another place.`,
      changed: 'Reworded',
      gone: 'Removed',
      added: 'Added',
      was: (n: number) => `Was sentence ${n}`,
      now: (n: number) => `now sentence ${n}`,
      isNow: (n: number) => `Sentence ${n}`,
      before: 'Read the earlier version',
      after: 'Read the version it brought',
    },
  },

  /** The list of all claims. */
  claims: {
    title: 'All claims',
    description: (claims: number) =>
      `All ${claims} claims the article makes, grouped by status and by topic.`,
    intro: {
      before: (claims: number) => `${plural(claims, 'claim')}, grouped `,
      byStatus: 'by status',
      between: ' and ',
      byTopic: 'by topic',
      after: '. Each links to its card, which gives the sources and the reasons.',
    },
    byStatus: 'By status',
    withdrawnMeaning:
      'Claims we no longer stand behind, each with the date and the reason on its page. They count in no tally.',
    byTopic: 'By topic',
    none: 'None.',
    /** The topic after a claim in the list by status. */
    topic: (topic: string) => `(${topic})`,
  },

  /** One claim's page. */
  claim: {
    /** A withdrawn claim: its chip, and the notice on its page and card. */
    withdrawn: {
      chip: 'Withdrawn',
      notice: (date: string, status: string) =>
        `Withdrawn on ${date}. It was “${status}” when it was withdrawn; it is kept here so the record is complete, and it counts in no tally. `,
    },
    description: (status: string, rationale: string) => `${status}: ${rationale}`,
    inArticle: 'In the article',
    readInArticle: 'Read it in the annotated article',
    readInVersion: 'Read it in the version it is about',
    onTopicPage: (topic: string) => `See it on the ${topic} page`,
    history: 'History',
    /** One change of status, after its date and around the two status chips. */
    /** Between an entry's date and what it records. */
    change: { date: ': ' },
    noChange: {
      before:
        'No change of status since it was first published. Changes to any claim are listed under ',
      link: 'corrections',
      after: '.',
    },
    report: {
      before: 'Is something here wrong? ',
      link: 'Report an error in this claim',
      after: '.',
    },
    /** The title of the pre-filled issue a reader opens to report an error in a claim. */
    reportTitle: (claim: string) => `Error in: ${claim}`,
  },

  /** The body of a claim card (components/ClaimDetails.astro). */
  claimCard: {
    /** After a withdrawn source's stance: it no longer counts. */
    sourceWithdrawn: ' (withdrawn: it counts for nothing now)',
    /** After a note that quotes its source: links to the passages we kept, to check it. */
    passages: {
      before: ' (',
      link: (n: number, of: number) => (of === 1 ? 'the words we kept' : `passage ${n}`),
      after: ')',
    },
    /** Before the links to the sentences the quote comes from. */
    quoteFrom: 'The article, ',
    /** After the sentence links of a claim about an earlier version. */
    aboutVersion: (from: string, until: string) =>
      `(the version of ${from}: the article said this until ${until}, when it was revised)`,
    why: (status: string) => `Why ${status}:`,
    /** The accessible name of the list of citations. */
    sources: 'Sources',
    /** Before a citation's note. */
    noteSeparator: ' — ',
    contradiction: {
      label: 'The article contradicts itself here.',
      text: ' Both cannot be right; that alone does not show which is wrong. Elsewhere it says:',
    },
    wouldSettle: 'What would settle it:',
  },

  /** A topic's "what is established, and what is not" box (components/StatusBoxPanel.astro). */
  statusBox: {
    heading: 'What is established, and what is not',
    established: (n: number) => `Established (${n})`,
    noneEstablished: 'Nothing on this topic is established.',
    notEstablished: (n: number) => `Not established (${n})`,
    allEstablishedOrOpinion: 'Every claim on this topic is established or opinion.',
    opinion: (n: number) => `Opinion and rhetoric (${n})`,
    conflicts: (n: number) => `Where the article contradicts itself (${n})`,
    conflictsIntro:
      'These sentences of the article cannot all be right; that alone does not show which is wrong.',
    versus: 'versus',
  },

  /** A quoted sentence of the article (components/SentenceQuote.astro). */
  sentenceQuote: {
    link: (n: number) => `Sentence ${n} of the article`,
  },

  /** A source's badge (components/SourceBadge.astro). */
  sourceBadge: {
    outside: ' · outside the article',
    /** Read by screen readers after the badge. */
    grade: (grade: string, meaning: string) => `. Grade ${grade}: ${meaning}`,
    outsideMeaning: ' A document from outside the article, found by our research.',
  },

  /** The list of all sources. */
  sources: {
    title: 'Sources',
    description: (sources: number) =>
      `The ${sources} sources behind the claims, each graded for how reliable it is for what it is cited for.`,
    intro:
      'Each entry is one specific report or statement, not a whole outlet. Its grade says how far it can be trusted for what it is cited for. Documents from outside the article, found by our research, are marked “outside the article”.',
    grades: 'Grades',
    grade: (grade: string, label: string, sources: number) =>
      `Grade ${grade}: ${label} (${sources})`,
    outside: ' · outside the article',
    why: (grade: string) => `Why grade ${grade}:`,
    said: 'What it says:',
    relays: { before: 'Relays ', after: ', so the two count as one source.' },
    citedBy: (claims: number) => `Cited by ${plural(claims, 'claim')}:`,
    /** A citation's stance, after the claim. */
    stance: (stance: string) => `(${stance})`,
  },

  /** One source's page. */
  source: {
    description: (publisher: string, grade: string, label: string, reason: string) =>
      `${publisher}: grade ${grade}, ${label.toLowerCase()}. ${reason}`,
    facts: {
      publisher: 'Published or said by',
      kind: 'Kind',
      date: 'Date',
      dateNotGiven: 'Not given',
      url: 'Where to read it',
      outside: 'From outside the article',
      outsideMeaning: 'A document our research found, brought in to check the article.',
    },
    grade: (grade: string, label: string) => `Grade ${grade}: ${label}`,
    why: 'Why this grade:',
    /** The accessible name of the list of earlier grades. */
    history: 'History',
    withdrawn: (date: string) =>
      `Withdrawn on ${date}: no claim may newly cite it, and no status rests on it any more. It is kept here so the record is complete. `,
    said: 'What it says',
    /** What was read of it: each reading, and the passages kept from it. */
    read: {
      title: 'What we read',
      intro:
        'The passages below are copied exactly from what we read, so anyone can check what each claim’s note quotes. A translation is ours.',
      at: (date: string) => `Read on ${date} at `,
      copy: (date: string, copy: string) => `Read on ${date}: ${copy}`,
      via: (via: string) => `, via ${via}`,
      own: ', the publisher’s own copy',
      end: '.',
      translation: 'Our translation: ',
      passage: (n: number) => `Passage ${n}`,
      article: 'Its words are the article’s: every sentence is on the annotated article page.',
      none: 'No copy of it was read: it is cited by name, publisher and date, and can only give context.',
    },
    relays: {
      before: 'This source relays ',
      after: ', so the two count as one source under the evidence rules.',
    },
    relayedBy: { before: 'Relayed by ', after: '.' },
    citedBy: 'Claims that cite it',
    citedByCount: (claims: number) => `${plural(claims, 'claim')}:`,
    /** A citation's stance and note, after the claim. */
    stance: (stance: string, note?: string) => `(${stance}${note ? `: ${note}` : ''})`,
  },

  /** The timeline. */
  timeline: {
    title: 'Timeline',
    description:
      'The events the article mentions, in the order they happened, with the status of the claim behind each.',
    intro:
      'The events the article mentions, in the order they happened. Each shows the status of the claim behind it. Where the article gives a wrong or conflicting date, it is shown beside the date the public record gives.',
    empty: 'No timeline has been written for this explainer yet.',
    articleDate: 'The article says: ',
    dateSource: '. The date above is from ',
    end: '.',
    claim: (claim: string) => `The claim: ${claim}`,
    undated: 'Dates the article gives without a year',
    undatedIntro:
      'The article never gives its own date, and the one year it names for these events does not fit them, so these cannot be placed on the line above. They are listed in the order the article mentions them.',
    dateNotGiven: 'Date not given',
  },

  /** The glossary. */
  glossary: {
    title: 'Glossary',
    description: 'The terms a general reader may stumble on, explained plainly.',
    intro:
      'Terms a reader new to the subject may stumble on. Each is linked from its first use on a topic page.',
    empty: 'No terms have been added yet.',
    /** Around the badge of the source a definition comes from. */
    source: { before: ' (', after: ')' },
  },

  /** The method page. */
  method: {
    title: 'How claims are graded',
    description:
      'The grades for sources, the statuses for claims, and the rules that connect them.',
    intro:
      'Every claim the article makes gets a status. The status depends on the sources that support or dispute it, and each source gets a grade. The build checks every claim against the rules below and refuses to publish a status its sources cannot justify.',
    grades: 'Source grades',
    gradesIntro:
      'A grade describes how reliable a source is for what it is cited for: a minister is a primary record of what the minister said, and an interested party on whether it is true.',
    grade: 'Grade',
    meaning: 'Meaning',
    reading: 'What we read',
    readingIntro:
      'Every source keeps the passages it was read for, on its page, so anyone can check what each claim’s note quotes. The build checks these rules too:',
    statuses: 'Claim statuses',
    status: 'Status',
    rating: 'Rating in structured data',
    ratingValue: (rating: number | null, best: number) =>
      rating === null ? 'none' : `${rating} of ${best}`,
    claimReview: {
      before: 'Each claim’s page carries ',
      link: 'ClaimReview',
      after: (worst: number, best: number) =>
        ` structured data for search engines. Its rating is the status name, with the number above on a scale from ${worst} (contradicted) to ${best} (established). An opinion carries none: ClaimReview is for claims that were checked, and an opinion is not a checkable fact.`,
    },
    research: 'How this explainer was researched',
    search: 'How sources were searched',
    cutoff: 'Research cut-off',
    cutoffText: {
      before: 'Research stopped on ',
      after: ': nothing published after that date was looked for.',
    },
    accused: 'People accused without a named source',
    rules: 'The evidence rules',
    /** Around the three stances, in bold. */
    rulesIntro: {
      before: 'A citation ',
      afterSupports: ', ',
      afterDisputes: ' or gives ',
      /** `label` is the rule on the word "(context)" in a rationale (contextLabelRule). */
      after: (requirement: string, label: string) =>
        ` to a claim; context counts for nothing either way, and ${label}. Every claim needs ${requirement}. Beyond that, each status needs:`,
    },
    requirement: (requirement: string) => `${requirement}.`,
    independence: {
      before: 'Two sources are ',
      term: 'independent',
      after:
        ' unless one relays the other, or both quote the same words: a report that repeats another report counts once. A status may always be weaker than the evidence allows (when unsure, we choose the weaker status), but never stronger. The same rules apply to every party.',
    },
    /** The rules on how the article's sentences and quotations are graded. */
    asWritten: 'Each sentence as written',
    asWrittenText:
      'A claim grades the sentence as the article wrote it. Where the article overstates a core the record supports, the sentence is split: one claim keeps the supported core, and the overstatement is a claim of its own, with its own status. A restatement is never narrowed so that a whole sentence looks better sourced than it is.',
    quotations: 'Quoted words',
    quotationsText:
      'Whether someone said something, and whether the words in the article’s quotation marks are theirs, are two questions, answered for every official alike. Where the quoted words are not theirs, or cannot be confirmed, they are a claim of their own.',
    outsideEvidence: 'Evidence from outside the article',
    outsideEvidenceText:
      'A specific document our research found and read counts as evidence, graded like any source: it may support or dispute a claim the article leaves unsourced. Background that does not bear on whether a claim is true is cited as context, and counts for nothing either way. An allegation’s headline gives it as the article’s allegation, and never names a case the article did not name.',
    selfContradiction: 'When the article contradicts itself',
    selfContradictionText:
      'Two sentences of the article that cannot both be right show that the article is inconsistent, not which sentence is wrong. So a conflict inside the article changes no status: each claim keeps the status its own sources earn, and the conflict is shown beside both claims, on the annotated article, and in the topic’s box. A claim is contradicted only when the public record (a source graded B or better) disputes it.',
    stances: 'Stances',
    example: 'What a claim looks like to a contributor',
    exampleIntro:
      'Claims are written in YAML. This is one of this explainer’s claims as a contributor wrote it:',
  },

  /** The page for reusing the data. */
  data: {
    title: 'Reuse this work',
    description:
      'Download every claim with its status, quote, sentences and citations, and reuse it under an open licence.',
    intro:
      'Every claim in this explainer, with its status, the article’s words, the sentences they come from, and its citations with their grades and stances, is available as data:',
    json: { link: 'claims.json', between: ', described by its ', schema: 'JSON Schema' },
    csv: { link: 'claims.csv', after: ', one row per claim' },
    feed: { link: 'corrections.xml', after: ', an RSS feed of every change of status' },
    licence: 'Licence',
    /** Around the licence's name. */
    licenceText: {
      before: (organization: string) =>
        `The explainer’s own work (restatements, statuses, grades, rationales and the pages around them) is published by ${organization} under `,
      after: '. You may reuse it, including commercially, if you credit it.',
    },
    quotations:
      'The quotations are the words of the article’s unknown authors, reproduced for criticism and review; the licence does not cover them.',
    citation: 'Suggested citation',
  },

  /** The search page. */
  search: {
    title: 'Search',
    description: 'Search the claims, sources, topics and the annotated article.',
    label: 'Search claims, sources, topics and the article',
    button: 'Search',
    noScript:
      'Search needs JavaScript, which your browser is not running for this site. Everything it finds is also reachable from these indexes:',
    browse: {
      before: 'Browse instead: ',
      claims: 'all claims',
      afterClaims: ' by status and topic, ',
      sources: 'all sources',
      afterSources: ' by grade, ',
      article: 'the article',
      afterArticle: ' sentence by sentence, ',
      glossary: 'the glossary',
      afterGlossary: ', or a topic: ',
      after: '.',
    },
    /** Shown by the dev server, which has no search index: `npm run build` writes it. */
    devNote: {
      before: 'Search reads an index that the build writes, so it does not work under ',
      command: 'npm start',
      middle: '. To try it, run ',
      build: 'npm run build && npm run preview',
      after: '.',
    },
    /**
     * The script's own words, handed to it on the page (data-text) so that the script carries
     * no text of its own: {query}, {total} and {shown} are filled in by the script.
     */
    script: {
      indexMissing:
        'The search index is missing: build the site with npm run build, then preview it.',
      none: 'No results for “{query}”.',
      one: '1 result for “{query}”.',
      many: '{total} results for “{query}”.',
      manyShown: '{total} results for “{query}”, showing the first {shown}.',
      grade: 'Grade {id} · {label}',
      withdrawn: 'Withdrawn',
    },
  },

  /** The map page, its maps and its legend. */
  map: {
    topic: { before: 'The claims about these places are on the topic page ', after: '.' },
    /** The accessible name of the legend. */
    legend: 'Legend',
    legendEntries: {
      otherPlaces: 'Other places',
      places: 'Places the article names',
      redrawn: (part: string, within: string) =>
        `${part}: drawn within ${within}, which the boundary data does not do (see below)`,
      extent: 'The area a later map shows',
    },
    /** A map's title and caption. */
    figure: (n: number, title: string) => `Map ${n}: ${title}`,
    /** The label of the outline of the area a later map shows. */
    extent: (n: number) => `Map ${n}`,
    places: 'The places on the maps',
    placesIntro:
      'Each place as the gazetteer gives it, rounded to two decimal places (about a kilometre), and what the article says about it.',
    place: 'Place',
    region: 'Region and coordinates',
    says: 'What the article says',
    /** After a place's name, for each map it is drawn on. */
    onMap: (n: number) => ` · map ${n}`,
    listedAs: (name: string) => `listed as “${name}”`,
    inArticle: 'In the article: ',
    redraws: 'Where the maps depart from the boundary data',
    /** After the name of a part drawn differently from the boundary data. */
    redrawName: (name: string) => `${name}.`,
    limits: 'What the maps do not show',
    data: 'Where the data comes from',
    boundaries: {
      before: 'Country borders: ',
      after: (credit: { scale: string; edition: string; licence: string; via: string }) =>
        `, ${credit.scale} countries, edition ${credit.edition} (${credit.licence}), via the npm package ${credit.via}. Made with Natural Earth.`,
      redrawn: ' Changed as described above.',
      end: ' Regions within countries are not drawn.',
    },
    gazetteer: {
      before: 'Coordinates and regions of places: ',
      licensed: ', licensed under ',
      after: (via: string) =>
        `, via ${via}. Copied unchanged into the content by a script; rounded for display.`,
    },
  },

  /** The worklist of a draft explainer. */
  worklist: {
    title: 'Worklist',
    description: 'The sentences of the article not yet examined, with cues for where to start.',
    intro: {
      before: (sentences: number) =>
        `This explainer is a draft. ${plural(sentences, 'sentence')} of the article ${sentences === 1 ? 'is' : 'are'} not examined yet. Each is listed with cues: what in it tells a fact-checker where to start. The same list, as data: `,
      command: 'npm run worklist -- --json',
      after: '.',
    },
    sentence: (n: number) => `Sentence ${n}`,
    /** After the link to a sentence, before its cues. */
    cuesSeparator: ': ',
    noCue: 'no cue',
  },

  /** The page for an address that does not exist. */
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    intro:
      'There is no page at this address. It may have been mistyped, or a claim may have been renamed.',
    search: { before: 'Try ', link: 'searching', after: ', or start from one of these:' },
    claims: { link: 'All claims', after: ', by status and by topic' },
    sources: { link: 'All sources', after: ', with their grades' },
    article: { link: 'The article', after: ', sentence by sentence' },
  },
} as const;

/**
 * The shape every translation has: the same entries as the English, with any words in them.
 * String literals widen to `string`; functions keep their parameters.
 */
export type Ui = Widen<typeof en>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The interface text the site is built with. */
export const ui: Ui = en;
