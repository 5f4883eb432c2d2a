/**
 * `npm run cues:measure`: how well the worklist's cues find what a fact-checker found.
 *
 * On an explainer whose sentences are all examined (content/ by default), it compares each
 * sentence's cues with two independent records:
 *   - the sourcing of the claims that quote it: a sentence is "anonymously sourced" when one of
 *     its claims cites, in support, a source of kind anonymous-sources; "named" when one cites a
 *     named statement, record, party claim, report or poll from the article;
 *   - hand labels (docs/cue-labels.json), made from the text alone by a reader who did not see
 *     the cues: hedge, anonymous-source and named-source, true or false for each sentence.
 * It prints precision and recall. The rules were not tuned to these results.
 *
 *   node scripts/cues-measure.ts [content] [labels.json]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/gate/check.ts';
import { buildModel } from '../src/model/model.ts';
import type { SourceKind } from '../src/core/vocabulary.ts';
import { type Cue, cuesOf } from '../src/worklist/cues.ts';

const dir = path.resolve(process.argv[2] ?? 'content');
const labelsFile = path.resolve(process.argv[3] ?? 'docs/cue-labels.json');
const { input, problems } = checkContent(dir);
if (!input) {
  console.error(`${dir} has ${problems.length} problems; run npm run check`);
  process.exit(1);
}
const model = buildModel(input);
const NAMED: readonly SourceKind[] = [
  'statement',
  'official-record',
  'party-claim',
  'news-report',
  'poll',
];
const cites = (sentence: (typeof model.article.sentences)[number], kinds: readonly SourceKind[]) =>
  sentence.claims.some((claim) =>
    claim.citations.some(
      (c) => c.stance === 'supports' && !c.source.outside && kinds.includes(c.source.kind),
    ),
  );

type Truth = Map<number, boolean>;
const truths: { name: string; cue: Cue; truth: Truth }[] = [
  {
    name: 'claims cite anonymous sources',
    cue: 'anonymous-source',
    truth: new Map(model.article.sentences.map((s) => [s.n, cites(s, ['anonymous-sources'])])),
  },
  {
    name: 'claims cite a named source',
    cue: 'named-source',
    truth: new Map(model.article.sentences.map((s) => [s.n, cites(s, NAMED)])),
  },
];
if (existsSync(labelsFile)) {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as ({ sentence: number } & Record<
    string,
    unknown
  >)[];
  for (const cue of ['hedge', 'anonymous-source', 'named-source'] as const) {
    truths.push({
      name: 'hand labels',
      cue,
      truth: new Map(labels.map((l) => [l.sentence, l[cue] === true])),
    });
  }
}

const examined = model.article.sentences.filter((s) => s.claims.length);
console.log(`${examined.length} of ${model.article.sentences.length} sentences examined\n`);
console.log('| cue | against | cued | true | both | precision | recall |');
console.log('|---|---|--:|--:|--:|--:|--:|');
for (const { name, cue, truth } of truths) {
  let cued = 0;
  let actual = 0;
  let both = 0;
  for (const sentence of examined) {
    const has = cuesOf(sentence.text).includes(cue);
    const is = truth.get(sentence.n) === true;
    if (has) cued++;
    if (is) actual++;
    if (has && is) both++;
  }
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');
  console.log(
    `| ${cue} | ${name} | ${cued} | ${actual} | ${both} | ${ratio(both, cued)} | ${ratio(both, actual)} |`,
  );
}
