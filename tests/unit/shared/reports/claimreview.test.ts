import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildReport } from '../../../../shared/reports/model';
import { ClaimReviewOptionsError, claimReviewJson, claimReviewScript, claimReviews } from '../../../../shared/reports/claimreview';
import { annotationOn, locate, sampleArticle, sampleDocument } from '../../../fixtures/reports/sample-article';

const generatedAt = '2023-10-28T14:05:00.000Z';
const reviewUrl = 'https://factcheck.example.org/2023/10/hamas-delegation-moscow';

function sampleReviews(options: Partial<Parameters<typeof claimReviews>[1]> = {}) {
  const { document, annotations } = sampleArticle();
  return claimReviews(buildReport(document, annotations, { generatedAt }), { reviewUrl, ...options });
}

const party = z.object({ '@type': z.enum(['Person', 'Organization']), name: z.string().min(1) });
const isoDate = z.iso.date();

/** Google's fact-check markup: what it requires, with the recommended properties our data can fill. */
const googleClaimReview = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  claimReviewed: z.string().min(1),
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    alternateName: z.string().min(1),
    name: z.string().min(1),
    ratingValue: z.number().optional(),
    bestRating: z.number().optional(),
    worstRating: z.number().optional(),
  }),
  url: z.url({ protocol: /^https?$/ }),
  author: party,
  datePublished: isoDate,
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: party,
    datePublished: isoDate,
    appearance: z.object({ '@type': z.literal('CreativeWork'), url: z.url(), headline: z.string().min(1) }),
  }),
});

describe('ClaimReview JSON-LD', () => {
  it('reviews each attributed claim in the text that has a verdict, and no unchecked or orphaned one', () => {
    expect(sampleReviews().map((review) => review.claimReviewed)).toEqual([
      'A delegation from Hamas visited Moscow on Thursday for talks on the release of foreign hostages including Russian citizens that the militant group is currently holding in Gaza, Russian news agencies reported, citing the foreign ministry',
      '"the crimes of Israel that are supported by the West"',
      'Palestinian authorities say more than 6,500 have been killed',
      'Iran is a strong backer of Hamas in its conflict with Hamas.',
      'Israel demanded that Russia immediately expel the delegation of the Hamas movement from the country',
    ]);
  });

  it("has every property Google's fact-check markup requires and the recommended ones the data fills", () => {
    for (const review of sampleReviews()) expect(() => googleClaimReview.parse(review)).not.toThrow();
  });

  it('maps verdicts to a rating from 1 to 3, and an unverifiable claim to a named rating without numbers', () => {
    const ratings = sampleReviews().map((review) => review.reviewRating);
    expect(ratings).toEqual([
      { '@type': 'Rating', alternateName: 'Supported', name: 'Supported', ratingValue: 3, bestRating: 3, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Disputed', name: 'Disputed', ratingValue: 2, bestRating: 3, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Unverifiable', name: 'Unverifiable' },
      { '@type': 'Rating', alternateName: 'False', name: 'False', ratingValue: 1, bestRating: 3, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Supported', name: 'Supported', ratingValue: 3, bestRating: 3, worstRating: 1 },
    ]);
  });

  it('names the claim author from its source, and the publication for its own claims', () => {
    const authors = sampleReviews().map((review) => review.itemReviewed.author);
    expect(authors).toEqual([
      { '@type': 'Organization', name: 'Russian Foreign Ministry' },
      { '@type': 'Organization', name: 'Hamas | via RIA' },
      { '@type': 'Organization', name: 'Palestinian authorities' },
      { '@type': 'Organization', name: 'Example News' },
      { '@type': 'Organization', name: 'Israeli Foreign Ministry' },
    ]);
  });

  it('names a witness as a Person, and leaves out a claim author nobody recorded', () => {
    const document = sampleDocument('A resident said the school was hit. Others said more.');
    const witness = annotationOn(
      document,
      { id: 'w', label: 'attributed_claim', attributes: { source: 'A resident', sourceKind: 'witness', verdict: 'unverifiable' } },
      locate(document.text, 'A resident said the school was hit.'),
    );
    const unknown = annotationOn(document, { id: 'u', label: 'attributed_claim', attributes: { verdict: 'disputed' } }, locate(document.text, 'Others said more.'));
    const [first, second] = claimReviews(buildReport(document, [witness, unknown], { generatedAt }), { reviewUrl });
    expect(first!.itemReviewed.author).toEqual({ '@type': 'Person', name: 'A resident' });
    expect(second!.itemReviewed).not.toHaveProperty('author');
  });

  it('shows the claim appearing in the article, with its address, headline, date and publisher', () => {
    expect(sampleReviews()[0]!.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Russian Foreign Ministry' },
      datePublished: '2023-10-27',
      appearance: {
        '@type': 'CreativeWork',
        url: 'https://news.example.org/world/hamas-delegation-moscow',
        headline: 'Hamas delegation visits Moscow for talks on hostages',
        datePublished: '2023-10-27',
        publisher: { '@type': 'Organization', name: 'Example News' },
      },
    });
  });

  it('credits the review to the publisher when given, else to the reviewer, dated the day the report was made', () => {
    expect(sampleReviews()[0]).toMatchObject({ author: { '@type': 'Person', name: 'r.alvarez' }, datePublished: '2023-10-28', url: reviewUrl });
    const published = sampleReviews({ publisher: { name: 'Example Fact Check', url: 'https://factcheck.example.org/' }, datePublished: '2023-10-30' });
    expect(published[0]).toMatchObject({
      author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example.org/' },
      datePublished: '2023-10-30',
    });
  });

  it('refuses a fact-check address that is not http(s) and a date that is not YYYY-MM-DD, saying which', () => {
    expect(() => sampleReviews({ reviewUrl: 'factcheck.example.org/x' })).toThrow(ClaimReviewOptionsError);
    expect(() => sampleReviews({ reviewUrl: 'javascript:alert(1)' })).toThrow(/fact check's address must be an http or https URL/);
    expect(() => sampleReviews({ datePublished: '30/10/2023' })).toThrow(/written YYYY-MM-DD; "30\/10\/2023"/);
  });

  it('writes a script element that no claim text can close', () => {
    const document = sampleDocument('He wrote </script><script>alert(1)</script> in the post.');
    const claim = annotationOn(
      document,
      { id: 'c', label: 'attributed_claim', attributes: { source: 'He', verdict: 'false' } },
      locate(document.text, 'He wrote </script><script>alert(1)</script> in the post.'),
    );
    const reviews = claimReviews(buildReport(document, [claim], { generatedAt }), { reviewUrl });
    const script = claimReviewScript(reviews);
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(script.match(/<script/g)).toHaveLength(1);
    const json = script.slice(script.indexOf('\n') + 1, script.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual(JSON.parse(claimReviewJson(reviews)));
  });
});
