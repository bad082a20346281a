/**
 * Imported first by every entry point: on a Node.js older than the project needs, native modules built for 24
 * (better-sqlite3) can crash the process with no message at all, so stop first with one that says what to do.
 */
const REQUIRED_MAJOR = 22;

export function nodeVersionProblem(version: string = process.versions.node): string | undefined {
  const major = Number(version.split('.')[0]);
  if (major >= REQUIRED_MAJOR) return undefined;
  return (
    `This bot needs Node.js ${REQUIRED_MAJOR} or later (Node.js 24 LTS recommended); this is Node.js ${version}. ` +
    'Install Node.js 24 (on the project machines: source ../shared/tools/use-node24.sh), then run npm ci again ' +
    'so native modules are built for it.\n'
  );
}

const problem = nodeVersionProblem();
if (problem) {
  process.stderr.write(problem);
  process.exit(1);
}
