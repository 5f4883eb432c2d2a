/**
 * Schema.org structured data for claim pages: one ClaimReview per claim, with the fields
 * Google documents for fact-check markup. The numeric rating comes from the status vocabulary,
 * and the method page publishes the same mapping.
 */
import type { ClaimView, Model } from './model.ts';
import { RATING_SCALE, statusInfo } from '../core/vocabulary.ts';

/**
 * A ClaimReview object for one claim; `pageUrl` is the claim page's absolute URL. None for an
 * opinion: ClaimReview is for claims that were checked, and an opinion is not checkable.
 */
export function claimReview(
  claim: ClaimView,
  model: Pick<Model, 'explainer'>,
  pageUrl: string,
): Record<string, unknown> | undefined {
  const { explainer } = model;
  const status = statusInfo(claim.status);
  if (status.rating === null) return undefined;
  const organization = {
    '@type': 'Organization',
    name: explainer.organization.name,
    ...(explainer.organization.url ? { url: explainer.organization.url } : {}),
  };
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
    itemReviewed: {
      '@type': 'Claim',
      appearance: {
        '@type': 'CreativeWork',
        name: explainer.article.titleAsReceived ?? explainer.article.title,
        text: claim.quote.trim().replace(/\s+/g, ' '),
      },
    },
  };
}

/**
 * Serialises structured data for a <script type="application/ld+json"> element. Escaping "<"
 * keeps any text from content from closing the element early.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
