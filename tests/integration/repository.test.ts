import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/integration/repository.ts';

// The tests build the fixture explainer, so its content folder is tests/fixtures/tiny/content.

describe('edit links', () => {
  const explainer = { repository: 'https://github.com/desk/explainer', branch: 'main' };

  it('should open the content file on the branch, in the repository', () => {
    expect(editUrl(explainer, 'claims/war.yaml')).toBe(
      'https://github.com/desk/explainer/edit/main/tests/fixtures/tiny/content/claims/war.yaml',
    );
  });

  it('should keep a file name with # or ? one segment of the path (red team F8)', () => {
    expect(editUrl(explainer, 'claims/war #1?x=%2e%2e.yaml')).toBe(
      'https://github.com/desk/explainer/edit/main/tests/fixtures/tiny/content/claims/war%20%231%3Fx%3D%252e%252e.yaml',
    );
  });

  it('should keep a branch with a slash in the repository', () => {
    expect(editUrl({ ...explainer, branch: 'drafts/explainer' }, 'sources.yaml')).toBe(
      'https://github.com/desk/explainer/edit/drafts/explainer/tests/fixtures/tiny/content/sources.yaml',
    );
  });
});
