/** The components topic MDX may place, by the names contributors write (see mdx-sandbox.ts). */
import Claim from './Claim.astro';
import ClaimRef from './ClaimRef.astro';
import Sentence from './Sentence.astro';
import Source from './Source.astro';
import StatusBox from './StatusBox.astro';

export const mdxComponents = { Claim, ClaimRef, Sentence, Source, StatusBox };
