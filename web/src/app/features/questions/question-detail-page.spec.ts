import { TestBed } from '@angular/core/testing';
import { FakeFetch, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { question } from '../../../testing/rows';
import { QuestionDetailPage } from './question-detail-page';

describe('QuestionDetailPage links', () => {
  it('shows every stored link: as a link when it is http(s), as text otherwise', async () => {
    const fake = new FakeFetch();
    fake.on('GET', '/api/questions/1', () =>
      json(
        question({
          source_url: 'leetcode.com/problems/x',
          diagram_url: 'https://example.com/d.png',
        }),
      ),
    );
    TestBed.configureTestingModule({
      imports: [QuestionDetailPage],
      providers: testProviders(fake),
    });
    const fixture = TestBed.createComponent(QuestionDetailPage);
    fixture.componentRef.setInput('id', '1');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.textContent).toContain('leetcode.com/problems/x');
    expect(el.querySelector('a[href="leetcode.com/problems/x"]')).toBeNull();
    expect(el.querySelector('a[href="https://example.com/d.png"]')?.textContent).toContain(
      'Diagram',
    );
  });
});
