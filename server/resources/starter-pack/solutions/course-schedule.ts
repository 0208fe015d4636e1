/** An order to take all courses given [course, prerequisite] pairs, or [] if there is a cycle. */
export function findOrder(
  numCourses: number,
  prerequisites: [course: number, prerequisite: number][],
): number[] {
  const next: number[][] = Array.from({ length: numCourses }, () => []); // prerequisite -> courses
  const indegree = new Array<number>(numCourses).fill(0); // unmet prerequisites per course
  for (const [course, before] of prerequisites) {
    next[before]?.push(course);
    indegree[course] = (indegree[course] ?? 0) + 1;
  }
  // Kahn's algorithm: repeatedly take a course with no unmet prerequisites.
  const order: number[] = [];
  for (let c = 0; c < numCourses; c++) if (indegree[c] === 0) order.push(c);
  for (let head = 0; head < order.length; head++) {
    for (const course of next[order[head] as number] ?? []) {
      indegree[course] = (indegree[course] ?? 0) - 1;
      if (indegree[course] === 0) order.push(course); // the order array doubles as the queue
    }
  }
  // Courses on a cycle never reach indegree 0, so a short order means "impossible".
  return order.length === numCourses ? order : [];
}
