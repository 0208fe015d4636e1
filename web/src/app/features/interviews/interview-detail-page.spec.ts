import { TestBed } from '@angular/core/testing';
import { FakeFetch, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { interview, round } from '../../../testing/rows';
import type { Interview } from '../../core/api/api-types';
import { InterviewDetailPage } from './interview-detail-page';

describe('InterviewDetailPage links', () => {
  async function show(fields: Partial<Interview>) {
    const fake = new FakeFetch();
    fake.on('GET', '/api/interviews/1', () => json(interview(fields)));
    TestBed.configureTestingModule({
      imports: [InterviewDetailPage],
      providers: testProviders(fake),
    });
    const fixture = TestBed.createComponent(InterviewDetailPage);
    fixture.componentRef.setInput('id', '1');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows every stored link: as a link when it is http(s), as text otherwise', async () => {
    const el = await show({
      // Stored before links were checked: kept, and shown for what it is.
      job_posting_url: 'linkedin.com/jobs/view/123',
      cv_file_url: 'https://drive.example.com/cv.pdf',
      company: {
        company_id: 2,
        company_name: 'Acme',
        industry: null,
        company_size: null,
        headquarters: null,
        website: 'acme.example',
        company_description: null,
        created_at: '2024-12-01T10:00:00Z',
        updated_at: '2024-12-01T10:00:00Z',
      },
      rounds: [
        round({
          meeting_link: 'https://zoom.us/j/1',
          interviewer_linkedin_url: 'linkedin.com/in/ada',
        }),
      ],
    });
    const text = el.textContent ?? '';
    expect(text).toContain('linkedin.com/jobs/view/123');
    expect(el.querySelector('a[href="linkedin.com/jobs/view/123"]')).toBeNull();
    expect(el.querySelector('a[href="https://drive.example.com/cv.pdf"]')).not.toBeNull();
    expect(text).toContain('acme.example');
    expect(el.querySelector('a[href="https://zoom.us/j/1"]')).not.toBeNull();
    expect(text).toContain('linkedin.com/in/ada');
    expect(el.querySelector('a[href="linkedin.com/in/ada"]')).toBeNull();
  });
});
