/**
 * `npm run worklist`: the sentences of the article not yet examined, each with cues.
 *
 *   explainer worklist [content] [--json]
 *
 * It reads the content through the gate, and works on a draft with problems too: a sentence
 * counts as examined as soon as any claim quotes it, valid or not.
 */
import path from 'node:path';
import { readContent, textFile, yamlFiles } from '../gate/read.ts';
import { formatProblem, printable } from '../gate/problems.ts';
import { findQuote, sentencesIn } from '../model/quotes.ts';
import { segmentSentences } from '../model/segment.ts';
import { plural } from '../model/format.ts';
import { cueMeanings } from '../worklist/cues.ts';
import { worklist } from '../worklist/worklist.ts';
import { contentFolderProblem, parseCommand } from './paths.ts';

const USAGE = 'Usage: npm run worklist -- [content folder] [--json]';

export function printWorklist(args: readonly string[]): number {
  const parsed = parseCommand(args, { json: { type: 'boolean', default: false } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, folder } = parsed;
  const json = values.json;
  const problem = contentFolderProblem(folder);
  if (problem) {
    console.error(`✗ ${problem}.`);
    return 1;
  }
  const dir = path.resolve(folder);
  const files = readContent(dir);
  const article = textFile(files, 'article');
  if (!article) {
    for (const found of files.problems) console.error(formatProblem(found));
    console.error('\n✗ the article could not be read, so there is no worklist');
    return 1;
  }
  const text = article.text;
  const sentences = segmentSentences(text);
  const examined = new Set<string>();
  for (const file of yamlFiles(files, 'claims')) {
    for (const item of Array.isArray(file.data) ? file.data : []) {
      const quote = (item as { quote?: unknown } | null)?.quote;
      if (typeof quote !== 'string') continue;
      // A few hundred places are plenty to mark what a quote covers.
      for (const span of findQuote(text, quote, 1000)) {
        for (const sentence of sentencesIn(span, sentences)) examined.add(sentence.id);
      }
    }
  }
  const items = worklist(sentences, examined);
  if (json) {
    console.log(JSON.stringify(items, null, 2));
    return 0;
  }
  console.log(`${plural(items.length, 'sentence')} of ${sentences.length} not examined yet:\n`);
  for (const item of items) {
    console.log(
      `s${item.sentence}  [${item.cues.join(', ') || 'no cue'}]\n    ${printable(item.text)}\n`,
    );
  }
  console.log('Cues:');
  for (const [cue, meaning] of Object.entries(cueMeanings)) console.log(`  ${cue}: ${meaning}`);
  return 0;
}
