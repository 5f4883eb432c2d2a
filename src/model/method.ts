/** Data for the method page. */
import type { Claim } from '../core/schema.ts';
import type { Model } from './model.ts';

/** The claim that uses the most fields, as its contributor wrote it: the fullest example. */
export function exampleClaim(model: Model): Claim | undefined {
  const fieldCount = (claim: Claim) => Object.values(claim).filter((v) => v !== undefined).length;
  return model.claims.map((c) => c.written).sort((a, b) => fieldCount(b) - fieldCount(a))[0];
}
