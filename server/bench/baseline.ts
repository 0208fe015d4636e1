// The yardstick: a bare node:http server answering every request with a 20-row JSON array held
// in memory, run as a child process like the real server. The machine is shared and noisy, so
// figures are reported as a ratio to this server measured in the same run with the same load.
// It still serializes on every request, the least work any JSON API response costs.
import http from 'node:http';

const STATUSES = ['scheduled', 'completed', 'in_progress', 'cancelled'] as const;

// Shaped like a row of the interview list, trimmed to the fields a list screen shows.
const rows = Array.from({ length: 20 }, (_, i) => ({
  interview_id: i + 1,
  company_id: 100 + i,
  company_name: `Company ${i + 1}`,
  role_name: 'Senior Backend Engineer',
  seniority_level: 'senior',
  interview_type: 'actual',
  interview_status: STATUSES[i % STATUSES.length],
  interview_result: 'pending',
  is_remote: i % 2 === 0,
  job_location: 'Berlin, Germany',
  application_date: '2026-03-02',
  first_interview_date: '2026-03-10',
  created_at: '2026-03-02T09:30:00.000Z',
  updated_at: '2026-03-11T17:05:00.000Z',
}));

const server = http.createServer((_request, response) => {
  const body = JSON.stringify(rows);
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
});

server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
