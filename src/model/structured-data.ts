/**
 * Schema.org structured data for claim pages: one ClaimReview per claim, with the fields
 * Google documents for fact-check markup. The numeric rating comes from the status vocabulary,
 * and the method page publishes the same mapping.
 */
import type { ClaimView, Model } from './model.ts';
import { RATING_SCALE, statusInfo } from '../core/vocabulary.ts';

/**
 * A ClaimReview object for one claim; `pageUrl` is the claim page's absolute URL. None for an
 * opinion (ClaimReview is for claims that were checked, and an opinion is not checkable) and none
 * for a withdrawn claim.
 */
export function claimReview(
  claim: ClaimView,
  model: Pick<Model, 'explainer'>,
  pageUrl: string,
): Record<string, unknown> | undefined {
  const { explainer } = model;
  const status = statusInfo(claim.status);
  // A withdrawn claim is no longer a verdict anyone should rely on.
  if (status.rating === null || claim.withdrawn) return undefined;
  const organization = {
    '@type': 'Organization',
    name: explainer.organization.name,
    ...(explainer.organization.url ? { url: explainer.organization.url } : {}),
  };
  const { article } = explainer;
  const appearance = {
    '@type': 'CreativeWork',
    name: article.titleAsReceived ?? article.title,
    text: claim.quote.trim().replace(/\s+/g, ' '),
    ...(article.url ? { url: article.url } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
  };
  // The documents the verdict rests on, as citations of the review (a CreativeWork property).
  const citation = claim.citations
    .filter((c) => c.stance !== 'context' && c.source.kind !== 'article')
    .map((c) => ({
      '@type': 'CreativeWork',
      name: c.source.title,
      ...(c.source.url ? { url: c.source.url } : {}),
      ...(c.source.date !== 'unknown' ? { datePublished: c.source.date } : {}),
    }));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageUrl,
    claimReviewed: claim.claim,
    datePublished: claim.reviewed,
    author: organization,
    reviewRating: {
      '@type': 'Rating',
      alternateName: status.label,
      ratingValue: status.rating,
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
    },
    ...(citation.length ? { citation } : {}),
    itemReviewed: {
      '@type': 'Claim',
      appearance: appearance,
      // The article first made the claim only when it asserts it itself; a claim it reports
      // someone else making appeared first wherever that person made it.
      ...(ownAssertion(claim) ? { firstAppearance: appearance } : {}),
    },
  };
}

/** Whether the claim is the article's own assertion: every source that makes it is the article. */
function ownAssertion(claim: ClaimView): boolean {
  const support = claim.citations.filter((c) => c.stance === 'supports');
  return support.length > 0 && support.every((c) => c.source.kind === 'article');
}

/**
 * Serialises structured data for a <script type="application/ld+json"> element. Escaping "<"
 * keeps any text from content from closing the element early.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
