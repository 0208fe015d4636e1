import { parseFilters, toQuery } from './interview-filters';

describe('interview filters', () => {
  it('reads the stages and the funnel filters from the URL, dropping what the API would reject', () => {
    const f = parseFilters({
      stage: 'screening,nope,offer,screening',
      reached: 'offer',
      from: '2030-01-01',
      to: 'soon',
      referral: '',
      rounds: 'true',
    });
    expect(f.stages).toEqual(['screening', 'offer']);
    expect(toQuery(f)).toMatchObject({
      stage: ['screening', 'offer'],
      reached_stage: 'offer',
      date_from: '2030-01-01',
      referral_source: '',
      has_rounds: true,
    });
    expect(toQuery(f)).not.toHaveProperty('date_to');
  });

  it('leaves out the filter on what a board groups by', () => {
    const f = parseFilters({ stage: 'offer', status: 'completed' });
    expect(toQuery(f, 'stage')).not.toHaveProperty('stage');
    expect(toQuery(f, 'stage')).toHaveProperty('interview_status', 'completed');
    expect(toQuery(f, 'status')).not.toHaveProperty('interview_status');
    expect(toQuery(f, 'status')).toHaveProperty('stage', ['offer']);
  });
});
