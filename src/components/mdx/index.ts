/** The components topic MDX may place, by the names contributors write. */
import Claim from './Claim.astro';
import Sentence from './Sentence.astro';
import Source from './Source.astro';
import StatusBox from './StatusBox.astro';

export const mdxComponents = { Claim, Sentence, Source, StatusBox };
